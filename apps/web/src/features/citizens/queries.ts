import type { CaseList, Citizen, CitizenAccessLog, CitizenOverview, CitizenPurposeQuery, CurrentDigitalPostExemption } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

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
  const search = new URLSearchParams({ purpose: purpose.purpose, ...(purpose.purposeText && { purposeText: purpose.purposeText }) });
  return queryOptions({
    queryKey: citizenKeys.detail(citizenId, purpose),
    queryFn: () => apiRequest<Citizen>(tokens, `/api/citizens/${citizenId}?${search}`),
    ...personal,
  });
}

/** The overview: visit, cases with timelines, exemptions, documents, visits. `ticketId` records the visit being served. */
export function citizenOverviewQueryOptions(tokens: TokenSource, citizenId: string, purpose: CitizenPurposeQuery, ticketId?: string) {
  const search = new URLSearchParams({
    purpose: purpose.purpose,
    ...(purpose.purposeText && { purposeText: purpose.purposeText }),
    ...(ticketId && { ticketId }),
  });
  return queryOptions({
    queryKey: citizenKeys.overview(citizenId, purpose, ticketId),
    queryFn: () => apiRequest<CitizenOverview>(tokens, `/api/citizens/${citizenId}/overview?${search}`),
    ...personal,
  });
}

export function digitalPostExemptionQueryOptions(tokens: TokenSource, citizenId: string) {
  return queryOptions({
    queryKey: citizenKeys.exemption(citizenId),
    queryFn: async () =>
      (await apiRequest<CurrentDigitalPostExemption>(tokens, `/api/citizens/${citizenId}/digital-post-exemption`)).exemption,
    ...personal,
  });
}

export function citizenCasesQueryOptions(tokens: TokenSource, citizenId: string) {
  return queryOptions({
    queryKey: citizenKeys.cases(citizenId),
    queryFn: async () => (await apiRequest<CaseList>(tokens, `/api/citizens/${citizenId}/cases`)).cases,
    ...personal,
  });
}

export function citizenAccessLogQueryOptions(tokens: TokenSource, citizenId: string) {
  return queryOptions({
    queryKey: citizenKeys.accessLog(citizenId),
    queryFn: () => apiRequest<CitizenAccessLog>(tokens, `/api/citizens/${citizenId}/access-log`),
    ...personal,
    // An extract is produced (and audited) when asked for, and shows itself as the latest line.
    staleTime: 0,
  });
}
