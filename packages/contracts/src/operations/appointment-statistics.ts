import { AppointmentStatistics, AppointmentStatisticsQuery } from '../appointment-statistics.ts';
import { access, defineOperation, media, StreamedText } from './define.ts';

/**
 * Tidsbestilling in figures for leads and admins of their own municipality: booked vs walk-in visits, punctuality,
 * no-shows, utilisation of the plan and today's lead time to the next free time.
 */
const tags = ['statistics'];
const Csv = media('text/csv', 'CSV (charset=utf-8): UTF-8 with BOM, semicolons, Danish numbers and dates', StreamedText);

export const getAppointmentStatistics = defineOperation({
  operationId: 'getAppointmentStatistics',
  method: 'GET',
  path: '/api/statistics/appointments',
  tags,
  summary: 'Booked vs walk-in visits, punctuality, no-shows, utilisation and lead time per service',
  access: access.lead,
  query: AppointmentStatisticsQuery,
  responses: { 200: AppointmentStatistics },
  errors: ['period-reversed', 'period-too-long', 'not-found'],
});

export const exportAppointmentStatisticsCsv = defineOperation({
  operationId: 'exportAppointmentStatisticsCsv',
  method: 'GET',
  path: '/api/statistics/appointments.csv',
  tags,
  summary: 'The appointment statistics as CSV (per service, no-shows by weekday, lead times)',
  access: access.lead,
  query: AppointmentStatisticsQuery,
  responses: { 200: Csv },
  errors: ['period-reversed', 'period-too-long', 'not-found'],
});
