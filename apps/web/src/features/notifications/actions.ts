import type { PutNotificationSettingsBody } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId). Reads are wrapped in query options in queries.ts.

/** The local outbox's latest messages (the API audits each read: recipients are personal data). */
export const listNotificationOutbox = (tokens: TokenSource) => call(tokens, 'listNotificationOutbox');

export const getNotificationSettings = (tokens: TokenSource) => call(tokens, 'getNotificationSettings');

export const putNotificationSettings = (tokens: TokenSource, body: PutNotificationSettingsBody) =>
  call(tokens, 'putNotificationSettings', { body });
