import type { Case, RevokeDigitalPostExemptionBody, StartCaseBody } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call, callBlob } from '../../lib/client.ts';

// One function per API operation (named after its operationId). Every write names the version it acts on.

export const startCase = (tokens: TokenSource, citizenId: string, body: StartCaseBody) =>
  call(tokens, 'startCase', { params: { id: citizenId }, body });

export const saveCaseStep = (tokens: TokenSource, kase: Case, step: string, data: Record<string, unknown>) =>
  call(tokens, 'saveCaseStep', { params: { id: kase.id, step }, body: { expectedVersion: kase.version, data } });

export const completeCase = (tokens: TokenSource, kase: Case) =>
  call(tokens, 'completeCase', { params: { id: kase.id }, body: { expectedVersion: kase.version } });

export const revokeDigitalPostExemption = (tokens: TokenSource, citizenId: string, body: RevokeDigitalPostExemptionBody) =>
  call(tokens, 'revokeDigitalPostExemption', { params: { id: citizenId }, body });

/** The receipt (kvittering) as a PDF blob: the request needs the bearer token, so a plain link cannot fetch it. */
export const getCaseDocument = (tokens: TokenSource, caseId: string) => callBlob(tokens, 'getCaseDocument', { params: { id: caseId } });
