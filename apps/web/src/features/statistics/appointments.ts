import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call, callBlob } from '../../lib/client.ts';
import { statisticsKeys, type StatisticsFilter } from './queries.ts';

/** Tidsbestilling in figures over the page's period and location (at most 366 days: the server says so with a 400). */
const appointmentQuery = (f: StatisticsFilter) => ({ from: f.from, to: f.to, locationId: f.locationId || undefined });

export const appointmentStatisticsKey = (f: StatisticsFilter) => [...statisticsKeys.all, 'appointments', f] as const;

export const appointmentStatisticsQueryOptions = (tokens: TokenSource, f: StatisticsFilter) =>
  queryOptions({
    queryKey: appointmentStatisticsKey(f),
    queryFn: () => call(tokens, 'getAppointmentStatistics', { query: appointmentQuery(f) }),
    staleTime: 60_000,
  });

export const exportAppointmentStatisticsCsv = (tokens: TokenSource, f: StatisticsFilter) =>
  callBlob(tokens, 'exportAppointmentStatisticsCsv', { query: appointmentQuery(f) });
