import type { Case, RegisterAppealBody, ResolveAppealBody } from '@skranke/contracts';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

// One function per API operation (named after its operationId). Every write names the version it acts on.

const post = <T>(tokens: TokenSource, path: string, body: unknown) =>
  apiRequest<T>(tokens, path, { method: 'POST', body: JSON.stringify(body) });

export const registerAppeal = (tokens: TokenSource, kase: Case, body: Omit<RegisterAppealBody, 'expectedVersion'>) =>
  post<Case>(tokens, `/api/cases/${kase.id}/appeal`, { expectedVersion: kase.version, ...body });

export const resolveAppeal = (tokens: TokenSource, kase: Case, body: Omit<ResolveAppealBody, 'expectedVersion'>) =>
  post<Case>(tokens, `/api/cases/${kase.id}/appeal/resolve`, { expectedVersion: kase.version, ...body });

export const markUdkNotified = (tokens: TokenSource, kase: Case) =>
  post<Case>(tokens, `/api/cases/${kase.id}/udk-notified`, { expectedVersion: kase.version });
