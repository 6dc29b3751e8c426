import type { AuditEventPage, AuditSearchQuery, AuditStaffList } from '@skranke/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

/** What a search asks for; paging (limit and cursor) is added per page. Citizens by opaque id, never CPR. */
export type AuditCriteria = Omit<AuditSearchQuery, 'limit' | 'cursor'>;

export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  events: (criteria: AuditCriteria, cursor: number | null) => [...auditKeys.all, 'events', criteria, cursor] as const,
  staff: () => [...auditKeys.all, 'staff'] as const,
};

/** The query string of one page: only the criteria given, in a stable order. */
export function auditSearchParams(criteria: AuditCriteria, cursor: number | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['citizenId', 'actorUserId', 'action', 'from', 'to'] as const) {
    const value = criteria[key];
    if (value) params.set(key, value);
  }
  params.set('limit', String(AUDIT_PAGE_SIZE));
  if (cursor !== null) params.set('cursor', String(cursor));
  return params;
}

// Every search is itself audited, so a page is fetched when asked for and not again on focus or remount; the answer
// names citizens, so it leaves the cache soon after the page is left.
export function auditEventsQueryOptions(tokens: TokenSource, criteria: AuditCriteria, cursor: number | null) {
  return queryOptions({
    queryKey: auditKeys.events(criteria, cursor),
    queryFn: () => apiRequest<AuditEventPage>(tokens, `/api/audit/events?${auditSearchParams(criteria, cursor)}`),
    staleTime: Infinity,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
}

export function auditStaffQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: auditKeys.staff(),
    queryFn: async () => (await apiRequest<AuditStaffList>(tokens, '/api/audit/staff')).staff,
    staleTime: 5 * 60_000,
  });
}
