import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { getNotificationSettings, listNotificationOutbox } from './actions.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  outbox: () => [...notificationKeys.all, 'outbox'] as const,
  settings: () => [...notificationKeys.all, 'settings'] as const,
};

/** Read when the screen opens and on demand, not in the background: every read is an audited look at contact details. */
export function outboxQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: notificationKeys.outbox(),
    queryFn: async () => (await listNotificationOutbox(tokens)).items,
    staleTime: 30_000,
    refetchOnWindowFocus: false,
  });
}

export function notificationSettingsQueryOptions(tokens: TokenSource) {
  return queryOptions({ queryKey: notificationKeys.settings(), queryFn: () => getNotificationSettings(tokens) });
}
