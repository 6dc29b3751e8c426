import type { CitizenPurposeQuery } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

/** Keys per citizen (by opaque id, never CPR): a case or revocation refreshes exactly that citizen's entries. */
export const citizenKeys = {
  all: ['citizens'] as const,
  citizen: (citizenId: string) => [...citizenKeys.all, citizenId] as const,
  detail: (citizenId: string, purpose: CitizenPurposeQuery) => [...citizenKeys.citizen(citizenId), 'detail', purpose] as const,
  exemption: (citizenId: string) => [...citizenKeys.citizen(citizenId), 'digital-post-exemption'] as const,
  cases: (citizenId: string) => [...citizenKeys.citizen(citizenId), 'cases'] as const,
  accessLog: (citizenId: string) => [...citizenKeys.citizen(citizenId), 'access-log'] as const,
  overview: (citizenId: string, purpose: CitizenPurposeQuery, ticketId: string | undefined) =>
    [...citizenKeys.citizen(citizenId), 'overview', purpose, ticketId ?? null] as const,
};

// Every read is audited on the server, so the answers are kept a while rather than refetched on each focus; personal
// data is dropped from the cache soon after the page is left.
const personal = { staleTime: 5 * 60_000, gcTime: 60_000, refetchOnWindowFocus: false } as const;

export function citizenQueryOptions(tokens: TokenSource, citizenId: string, purpose: CitizenPurposeQuery) {
  const query = { purpose: purpose.purpose, purposeText: purpose.purposeText || undefined };
  return queryOptions({
    queryKey: citizenKeys.detail(citizenId, purpose),
    queryFn: () => call(tokens, 'getCitizen', { params: { id: citizenId }, query }),
    ...personal,
  });
}

/** The overview: visit, cases with timelines, exemptions, documents, visits. `ticketId` records the visit being served. */
export function citizenOverviewQueryOptions(tokens: TokenSource, citizenId: string, purpose: CitizenPurposeQuery, ticketId?: string) {
  const query = { purpose: purpose.purpose, purposeText: purpose.purposeText || undefined, ticketId: ticketId || undefined };
  return queryOptions({
    queryKey: citizenKeys.overview(citizenId, purpose, ticketId),
    queryFn: () => call(tokens, 'getCitizenOverview', { params: { id: citizenId }, query }),
    ...personal,
  });
}

export function digitalPostExemptionQueryOptions(tokens: TokenSource, citizenId: string) {
  return queryOptions({
    queryKey: citizenKeys.exemption(citizenId),
    queryFn: async () => (await call(tokens, 'getDigitalPostExemption', { params: { id: citizenId } })).exemption,
    ...personal,
  });
}

export function citizenCasesQueryOptions(tokens: TokenSource, citizenId: string) {
  return queryOptions({
    queryKey: citizenKeys.cases(citizenId),
    queryFn: async () => (await call(tokens, 'listCitizenCases', { params: { id: citizenId } })).cases,
    ...personal,
  });
}

export function citizenAccessLogQueryOptions(tokens: TokenSource, citizenId: string) {
  return queryOptions({
    queryKey: citizenKeys.accessLog(citizenId),
    queryFn: () => call(tokens, 'getCitizenAccessLog', { params: { id: citizenId } }),
    ...personal,
    // An extract is produced (and audited) when asked for, and shows itself as the latest line.
    staleTime: 0,
  });
}
