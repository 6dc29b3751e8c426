import type { CitizenPurposeQuery } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { listRepresentations } from './actions.ts';

export const representationKeys = {
  all: ['representations'] as const,
  citizen: (citizenId: string) => [...representationKeys.all, citizenId] as const,
  list: (citizenId: string, purpose: CitizenPurposeQuery) => [...representationKeys.citizen(citizenId), purpose] as const,
};

// Each answer is audited on both people: read once per screen, dropped soon after the page is left.
const personal = { staleTime: 5 * 60_000, gcTime: 60_000, refetchOnWindowFocus: false } as const;

export const representationsQueryOptions = (tokens: TokenSource, citizenId: string, purpose: CitizenPurposeQuery) =>
  queryOptions({
    queryKey: representationKeys.list(citizenId, purpose),
    queryFn: () => listRepresentations(tokens, citizenId, purpose),
    ...personal,
  });
