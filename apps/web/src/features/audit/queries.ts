import type { AuditSearchQuery } from '@skranke/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

/** What a search asks for; paging (limit and cursor) is added per page. Citizens by opaque id, never CPR. */
export type AuditCriteria = Omit<AuditSearchQuery, 'limit' | 'cursor'>;

export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  events: (criteria: AuditCriteria, cursor: number | null) => [...auditKeys.all, 'events', criteria, cursor] as const,
  staff: () => [...auditKeys.all, 'staff'] as const,
};

/** The query of one page: only the criteria given, in a stable order. */
export function auditSearchQuery(criteria: AuditCriteria, cursor: number | null): AuditSearchQuery {
  const query: AuditCriteria = {};
  for (const key of ['citizenId', 'actorUserId', 'action', 'from', 'to'] as const) {
    const value = criteria[key];
    if (value) query[key] = value;
  }
  return { ...query, limit: AUDIT_PAGE_SIZE, ...(cursor !== null && { cursor }) };
}

// Every search is itself audited, so a page is fetched when asked for and not again on focus or remount; the answer
// names citizens, so it leaves the cache soon after the page is left.
export function auditEventsQueryOptions(tokens: TokenSource, criteria: AuditCriteria, cursor: number | null) {
  return queryOptions({
    queryKey: auditKeys.events(criteria, cursor),
    queryFn: () => call(tokens, 'searchAuditEvents', { query: auditSearchQuery(criteria, cursor) }),
    staleTime: Infinity,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
}

export function auditStaffQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: auditKeys.staff(),
    queryFn: async () => (await call(tokens, 'listAuditStaff')).staff,
    staleTime: 5 * 60_000,
  });
}
