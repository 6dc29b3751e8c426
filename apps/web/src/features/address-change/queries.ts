import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { getCitizenProtections, listAddressChangeCoMovers, listAddressChangeDoctors, listExpiringAddressProtections } from './actions.ts';

export const addressKeys = {
  all: ['address'] as const,
  coMovers: (caseId: string) => [...addressKeys.all, 'co-movers', caseId] as const,
  doctors: (caseId: string, version: number) => [...addressKeys.all, 'doctors', caseId, version] as const,
  protections: (citizenId: string) => [...addressKeys.all, 'protections', citizenId] as const,
  expiring: () => [...addressKeys.all, 'expiring'] as const,
};

// Each answer is audited: read once per screen, not on every focus.
const audited = { staleTime: 5 * 60_000, refetchOnWindowFocus: false } as const;

export const coMoversQueryOptions = (tokens: TokenSource, caseId: string) =>
  queryOptions({ queryKey: addressKeys.coMovers(caseId), queryFn: () => listAddressChangeCoMovers(tokens, caseId), ...audited });

/** Keyed by the case's version: a new address saved gives new doctors. */
export const doctorsQueryOptions = (tokens: TokenSource, caseId: string, version: number) =>
  queryOptions({ queryKey: addressKeys.doctors(caseId, version), queryFn: () => listAddressChangeDoctors(tokens, caseId), ...audited });

export const protectionsQueryOptions = (tokens: TokenSource, citizenId: string) =>
  queryOptions({ queryKey: addressKeys.protections(citizenId), queryFn: () => getCitizenProtections(tokens, citizenId), ...audited });

export const expiringProtectionsQueryOptions = (tokens: TokenSource) =>
  queryOptions({ queryKey: addressKeys.expiring(), queryFn: () => listExpiringAddressProtections(tokens), ...audited });
