import type { CitizenPurposeBody, CitizenSummary, LookupCitizenBody, RevealedCpr } from '@skranke/contracts';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

// One function per API operation (named after its operationId). The CPR number travels only in a request body.

export const lookupCitizen = (tokens: TokenSource, body: LookupCitizenBody) =>
  apiRequest<CitizenSummary>(tokens, '/api/citizens/lookup', { method: 'POST', body: JSON.stringify(body) });

export const revealCitizenCpr = (tokens: TokenSource, citizenId: string, body: CitizenPurposeBody) =>
  apiRequest<RevealedCpr>(tokens, `/api/citizens/${citizenId}/reveal-cpr`, { method: 'POST', body: JSON.stringify(body) });
