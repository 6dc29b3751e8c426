import type { CaseStatistics, StaffingByHour, TicketGrouping, TicketStatistics, TodayStatistics } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiBlob, apiRequest, type TokenSource } from '../../lib/api.ts';

/** What the page shows: a period of service days and optionally one location. */
export interface StatisticsFilter {
  from: string;
  to: string;
  locationId?: string;
}

export const statisticsKeys = {
  all: ['statistics'] as const,
  tickets: (f: StatisticsFilter, groupBy: TicketGrouping) => [...statisticsKeys.all, 'tickets', f, groupBy] as const,
  staffing: (f: StatisticsFilter) => [...statisticsKeys.all, 'staffing', f] as const,
  today: (locationId?: string) => [...statisticsKeys.all, 'today', locationId ?? null] as const,
  cases: (f: StatisticsFilter) => [...statisticsKeys.all, 'cases', f.from, f.to] as const,
};

export function statisticsParams(f: StatisticsFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: f.from, to: f.to });
  if (f.locationId) params.set('locationId', f.locationId);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

const STALE = 60_000;

export const ticketStatisticsQueryOptions = (tokens: TokenSource, f: StatisticsFilter, groupBy: TicketGrouping) =>
  queryOptions({
    queryKey: statisticsKeys.tickets(f, groupBy),
    queryFn: () => apiRequest<TicketStatistics>(tokens, `/api/statistics/tickets?${statisticsParams(f, { groupBy })}`),
    staleTime: STALE,
  });

export const staffingQueryOptions = (tokens: TokenSource, f: StatisticsFilter) =>
  queryOptions({
    queryKey: statisticsKeys.staffing(f),
    queryFn: () => apiRequest<StaffingByHour>(tokens, `/api/statistics/staffing?${statisticsParams(f)}`),
    staleTime: STALE,
  });

export const todayQueryOptions = (tokens: TokenSource, locationId?: string) =>
  queryOptions({
    queryKey: statisticsKeys.today(locationId),
    queryFn: () => apiRequest<TodayStatistics>(tokens, `/api/statistics/today${locationId ? `?locationId=${locationId}` : ''}`),
    staleTime: STALE,
    refetchInterval: 5 * 60_000,
  });

export const caseStatisticsQueryOptions = (tokens: TokenSource, f: StatisticsFilter) =>
  queryOptions({
    queryKey: statisticsKeys.cases(f),
    queryFn: () => apiRequest<CaseStatistics>(tokens, `/api/statistics/cases?from=${f.from}&to=${f.to}`),
    staleTime: STALE,
  });

/** A table's CSV export (its own operationId on the server), as a blob to save. */
export const exportStatisticsCsv = (tokens: TokenSource, path: string) => apiBlob(tokens, path);
