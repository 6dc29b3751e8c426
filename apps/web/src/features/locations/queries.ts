import { queryOptions } from '@tanstack/react-query';
import type { AuthSession } from '../../auth/session.ts';
import { call } from '../../lib/client.ts';

export const locationKeys = {
  all: ['locations'] as const,
  list: () => [...locationKeys.all, 'list'] as const,
};

/** The signed-in user's municipality's locations. The cache is cleared on sign-out, so it never crosses users. */
export function locationsQueryOptions(auth: AuthSession) {
  return queryOptions({
    queryKey: locationKeys.list(),
    queryFn: () => call(auth, 'listLocations'),
    staleTime: 5 * 60_000,
  });
}
