import type { TicketGrouping } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call, callBlob } from '../../lib/client.ts';

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

/** The query of a table: the period, the location when one is chosen, then the table's own parameters. */
const filterQuery = (f: StatisticsFilter) => ({ from: f.from, to: f.to, locationId: f.locationId || undefined });

/** Today's figures are compared with the server's default number of earlier weeks, which the SPA does not send. */
const todayQuery = (locationId?: string) => ({ locationId: locationId || undefined });

const STALE = 60_000;

export const ticketStatisticsQueryOptions = (tokens: TokenSource, f: StatisticsFilter, groupBy: TicketGrouping) =>
  queryOptions({
    queryKey: statisticsKeys.tickets(f, groupBy),
    queryFn: () => call(tokens, 'getTicketStatistics', { query: { ...filterQuery(f), groupBy } }),
    staleTime: STALE,
  });

export const staffingQueryOptions = (tokens: TokenSource, f: StatisticsFilter) =>
  queryOptions({
    queryKey: statisticsKeys.staffing(f),
    queryFn: () => call(tokens, 'getStaffingByHour', { query: filterQuery(f) }),
    staleTime: STALE,
  });

export const todayQueryOptions = (tokens: TokenSource, locationId?: string) =>
  queryOptions({
    queryKey: statisticsKeys.today(locationId),
    queryFn: () => call(tokens, 'getTodayStatistics', { query: todayQuery(locationId) }),
    staleTime: STALE,
    refetchInterval: 5 * 60_000,
  });

export const caseStatisticsQueryOptions = (tokens: TokenSource, f: StatisticsFilter) =>
  queryOptions({
    queryKey: statisticsKeys.cases(f),
    queryFn: () => call(tokens, 'getCaseStatistics', { query: { from: f.from, to: f.to } }),
    staleTime: STALE,
  });

// Each table's CSV export (its own operationId on the server), as a blob to save.

export const exportTicketStatisticsCsv = (tokens: TokenSource, f: StatisticsFilter, groupBy: TicketGrouping) =>
  callBlob(tokens, 'exportTicketStatisticsCsv', { query: { ...filterQuery(f), groupBy } });

export const exportStaffingByHourCsv = (tokens: TokenSource, f: StatisticsFilter) =>
  callBlob(tokens, 'exportStaffingByHourCsv', { query: filterQuery(f) });

export const exportTodayStatisticsCsv = (tokens: TokenSource, locationId?: string) =>
  callBlob(tokens, 'exportTodayStatisticsCsv', { query: todayQuery(locationId) });

export const exportCaseStatisticsCsv = (tokens: TokenSource, f: StatisticsFilter) =>
  callBlob(tokens, 'exportCaseStatisticsCsv', { query: { from: f.from, to: f.to } });
