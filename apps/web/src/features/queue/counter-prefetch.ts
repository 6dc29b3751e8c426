import type { SessionUser } from '@skranke/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { boardQueryOptions, countersQueryOptions, servicesQueryOptions } from './queries.ts';

/**
 * The location whose counters, services and board the counter screen will ask for first: the counter session's
 * location, else the first of the user's locations in the list's order (the counter sign-in's default). Before the
 * session and the list have answered, a guess: the user's first location (the API orders them as the list does), which
 * is right unless the user is at a counter elsewhere.
 */
export function counterLocationToPrefetch(
  user: Pick<SessionUser, 'locationIds'>,
  answers?: { session: { locationId: string } | null; locations: ReadonlyArray<{ id: string }> },
): string | null {
  if (!answers) return user.locationIds[0] ?? null;
  if (answers.session) return answers.session.locationId;
  return answers.locations.find((location) => user.locationIds.includes(location.id))?.id ?? null;
}

/**
 * Starts the location's three queries without waiting for them, so they travel alongside the route's code and the
 * session instead of after the page has rendered (the sign-in's choice and the workspace both read them).
 */
export function prefetchCounterLocation(queryClient: QueryClient, tokens: TokenSource, locationId: string): void {
  void queryClient.prefetchQuery(countersQueryOptions(tokens, locationId));
  void queryClient.prefetchQuery(servicesQueryOptions(tokens, locationId));
  void queryClient.prefetchQuery(boardQueryOptions(tokens, locationId));
}
