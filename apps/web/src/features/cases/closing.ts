import type { Case, CancelCaseBody, RefuseCaseBody } from '@skranke/contracts';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

// cancelCase and refuseCase: a draft ended without completing it. Each names the version it acts on.

const post = <T>(tokens: TokenSource, path: string, body: unknown) =>
  apiRequest<T>(tokens, path, { method: 'POST', body: JSON.stringify(body) });

export const cancelCase = (tokens: TokenSource, kase: Case, body: Omit<CancelCaseBody, 'expectedVersion'>) =>
  post<Case>(tokens, `/api/cases/${kase.id}/cancel`, { expectedVersion: kase.version, ...body });

export const refuseCase = (tokens: TokenSource, kase: Case, body: Omit<RefuseCaseBody, 'expectedVersion'>) =>
  post<Case>(tokens, `/api/cases/${kase.id}/refuse`, { expectedVersion: kase.version, ...body });
