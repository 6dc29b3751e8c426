import type { LawAreaList } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

export const selfServiceKeys = {
  lawAreas: ['self-service', 'law-areas'] as const,
};

/** The municipality's active law areas and its appeal period: configuration, not personal data. */
export function lawAreasQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: selfServiceKeys.lawAreas,
    queryFn: () => apiRequest<LawAreaList>(tokens, '/api/law-areas'),
    staleTime: 5 * 60_000,
  });
}
