import type { CitizenPurposeBody, LookupCitizenBody } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId). The CPR number travels only in a request body.

export const lookupCitizen = (tokens: TokenSource, body: LookupCitizenBody) => call(tokens, 'lookupCitizen', { body });

export const revealCitizenCpr = (tokens: TokenSource, citizenId: string, body: CitizenPurposeBody) =>
  call(tokens, 'revealCitizenCpr', { params: { id: citizenId }, body });
