import type { Case, CancelCaseBody, RefuseCaseBody } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// cancelCase and refuseCase: a draft ended without completing it. Each names the version it acts on.

export const cancelCase = (tokens: TokenSource, kase: Case, body: Omit<CancelCaseBody, 'expectedVersion'>) =>
  call(tokens, 'cancelCase', { params: { id: kase.id }, body: { expectedVersion: kase.version, ...body } });

export const refuseCase = (tokens: TokenSource, kase: Case, body: Omit<RefuseCaseBody, 'expectedVersion'>) =>
  call(tokens, 'refuseCase', { params: { id: kase.id }, body: { expectedVersion: kase.version, ...body } });
