import type { Case, PassportCancelBody, PassportReadyBody } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId); each names the case version it acts on.

export const markPassportReady = (tokens: TokenSource, kase: Case, body: Omit<PassportReadyBody, 'expectedVersion'>) =>
  call(tokens, 'markPassportReady', { params: { id: kase.id }, body: { expectedVersion: kase.version, ...body } });

/** `collectedByCpr`: another person collects it (checked by the API against the citizen's representations). */
export const handOutPassport = (tokens: TokenSource, kase: Case, collectedByCpr?: string) =>
  call(tokens, 'handOutPassport', {
    params: { id: kase.id },
    body: { expectedVersion: kase.version, ...(collectedByCpr && { collectedBy: { representativeCpr: collectedByCpr } }) },
  });

export const cancelPassportCase = (tokens: TokenSource, kase: Case, body: Omit<PassportCancelBody, 'expectedVersion'>) =>
  call(tokens, 'cancelPassportCase', { params: { id: kase.id }, body: { expectedVersion: kase.version, ...body } });
