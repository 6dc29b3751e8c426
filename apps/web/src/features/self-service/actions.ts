import type { Case, RegisterAppealBody, ResolveAppealBody } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId). Every write names the version it acts on.

export const registerAppeal = (tokens: TokenSource, kase: Case, body: Omit<RegisterAppealBody, 'expectedVersion'>) =>
  call(tokens, 'registerAppeal', { params: { id: kase.id }, body: { expectedVersion: kase.version, ...body } });

export const resolveAppeal = (tokens: TokenSource, kase: Case, body: Omit<ResolveAppealBody, 'expectedVersion'>) =>
  call(tokens, 'resolveAppeal', { params: { id: kase.id }, body: { expectedVersion: kase.version, ...body } });

export const markUdkNotified = (tokens: TokenSource, kase: Case) =>
  call(tokens, 'markUdkNotified', { params: { id: kase.id }, body: { expectedVersion: kase.version } });
