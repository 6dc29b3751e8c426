import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId): the flytning's step helpers and the short forms.

export const listAddressChangeCoMovers = (tokens: TokenSource, caseId: string) =>
  call(tokens, 'listAddressChangeCoMovers', { params: { id: caseId } });

export const listAddressChangeDoctors = (tokens: TokenSource, caseId: string) =>
  call(tokens, 'listAddressChangeDoctors', { params: { id: caseId } });

export const getCitizenProtections = (tokens: TokenSource, citizenId: string) =>
  call(tokens, 'getCitizenProtections', { params: { id: citizenId } });

export const registerAddressProtection = (tokens: TokenSource, citizenId: string) =>
  call(tokens, 'registerAddressProtection', { params: { id: citizenId }, body: {} });

export const endAddressProtection = (tokens: TokenSource, citizenId: string) =>
  call(tokens, 'endAddressProtection', { params: { id: citizenId }, body: {} });

export const registerRobinson = (tokens: TokenSource, citizenId: string) =>
  call(tokens, 'registerRobinson', { params: { id: citizenId }, body: {} });

export const revokeRobinson = (tokens: TokenSource, citizenId: string) =>
  call(tokens, 'revokeRobinson', { params: { id: citizenId }, body: {} });

export const listExpiringAddressProtections = (tokens: TokenSource) => call(tokens, 'listExpiringAddressProtections');
