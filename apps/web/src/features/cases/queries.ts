import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

export const caseKeys = {
  all: ['cases'] as const,
  case: (caseId: string) => [...caseKeys.all, caseId] as const,
};

export function caseQueryOptions(tokens: TokenSource, caseId: string) {
  return queryOptions({
    queryKey: caseKeys.case(caseId),
    queryFn: () => call(tokens, 'getCase', { params: { id: caseId } }),
    // Each answer is audited; the case changes only through this screen's own saves, which put their answer here.
    staleTime: 5 * 60_000,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
  });
}
