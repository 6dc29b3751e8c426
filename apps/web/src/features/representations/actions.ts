import type { CitizenPurposeQuery, EndRepresentationBody, RecordRepresentationBody } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId). The representative's CPR number goes in a body only.

export const listRepresentations = (tokens: TokenSource, citizenId: string, purpose: CitizenPurposeQuery) =>
  call(tokens, 'listRepresentations', {
    params: { id: citizenId },
    query: { purpose: purpose.purpose, purposeText: purpose.purposeText || undefined },
  });

export const recordRepresentation = (tokens: TokenSource, citizenId: string, body: RecordRepresentationBody) =>
  call(tokens, 'recordRepresentation', { params: { id: citizenId }, body });

export const endRepresentation = (tokens: TokenSource, representationId: string, body: EndRepresentationBody) =>
  call(tokens, 'endRepresentation', { params: { id: representationId }, body });
