import type { Case, PassportCancelBody, PassportReadyBody } from '@skranke/contracts';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

// One function per API operation (named after its operationId); each names the case version it acts on.

const post = (tokens: TokenSource, kase: Case, action: string, body: Record<string, unknown>) =>
  apiRequest<Case>(tokens, `/api/cases/${kase.id}/passport/${action}`, {
    method: 'POST',
    body: JSON.stringify({ expectedVersion: kase.version, ...body }),
  });

export const markPassportReady = (tokens: TokenSource, kase: Case, body: Omit<PassportReadyBody, 'expectedVersion'>) => post(tokens, kase, 'ready', body);
export const handOutPassport = (tokens: TokenSource, kase: Case) => post(tokens, kase, 'hand-out', {});
export const cancelPassportCase = (tokens: TokenSource, kase: Case, body: Omit<PassportCancelBody, 'expectedVersion'>) => post(tokens, kase, 'cancel', body);
