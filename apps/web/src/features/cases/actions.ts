import type { Case, RevokeDigitalPostExemptionBody, StartCaseBody } from '@skranke/contracts';
import { apiBlob, apiRequest, type TokenSource } from '../../lib/api.ts';

// One function per API operation (named after its operationId). Every write names the version it acts on.

const post = <T>(tokens: TokenSource, path: string, body: unknown) =>
  apiRequest<T>(tokens, path, { method: 'POST', body: JSON.stringify(body) });

export const startCase = (tokens: TokenSource, citizenId: string, body: StartCaseBody) =>
  post<Case>(tokens, `/api/citizens/${citizenId}/cases`, body);

export const saveCaseStep = (tokens: TokenSource, kase: Case, step: string, data: Record<string, unknown>) =>
  apiRequest<Case>(tokens, `/api/cases/${kase.id}/steps/${step}`, {
    method: 'PUT',
    body: JSON.stringify({ expectedVersion: kase.version, data }),
  });

export const completeCase = (tokens: TokenSource, kase: Case) =>
  post<Case>(tokens, `/api/cases/${kase.id}/complete`, { expectedVersion: kase.version });

export const revokeDigitalPostExemption = (tokens: TokenSource, citizenId: string, body: RevokeDigitalPostExemptionBody) =>
  post<Case>(tokens, `/api/citizens/${citizenId}/digital-post-exemption/revoke`, body);

/** The receipt (kvittering) as a PDF blob: the request needs the bearer token, so a plain link cannot fetch it. */
export const getCaseDocument = (tokens: TokenSource, caseId: string) => apiBlob(tokens, `/api/cases/${caseId}/document`);
