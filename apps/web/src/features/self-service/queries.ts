import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

export const selfServiceKeys = {
  lawAreas: ['self-service', 'law-areas'] as const,
};

/** The municipality's active law areas and its appeal period: configuration, not personal data. */
export function lawAreasQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: selfServiceKeys.lawAreas,
    queryFn: () => call(tokens, 'listLawAreas'),
    staleTime: 5 * 60_000,
  });
}
