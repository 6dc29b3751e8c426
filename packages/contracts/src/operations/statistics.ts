import {
  CaseStatistics,
  CaseStatisticsQuery,
  ServiceIdParams,
  ServiceLevelTargetBody,
  ServiceLevelTargets,
  StaffingByHour,
  StatisticsFilter,
  TicketStatistics,
  TicketStatisticsQuery,
  TodayQuery,
  TodayStatistics,
} from '../statistics.ts';
import { access, defineOperation, media, StreamedText } from './define.ts';

/**
 * Statistics for leads and admins of their own municipality. Counter staff get 403: the figures name colleagues.
 * Every table has a JSON read and a CSV export, each with its own operationId.
 */
const tags = ['statistics'];
const Csv = media('text/csv', 'CSV (charset=utf-8): UTF-8 with BOM, semicolons, Danish numbers and dates', StreamedText);

export const getTicketStatistics = defineOperation({
  operationId: 'getTicketStatistics',
  method: 'GET',
  path: '/api/statistics/tickets',
  tags,
  summary: 'Tickets, waiting and handling times, no-shows and service level, grouped',
  access: access.lead,
  query: TicketStatisticsQuery,
  responses: { 200: TicketStatistics },
  errors: ['period-reversed', 'period-too-long', 'not-found', 'not-per-service'],
});

export const exportTicketStatisticsCsv = defineOperation({
  operationId: 'exportTicketStatisticsCsv',
  method: 'GET',
  path: '/api/statistics/tickets.csv',
  tags,
  summary: 'The ticket statistics table as CSV (streamed, a total row last)',
  access: access.lead,
  query: TicketStatisticsQuery,
  responses: { 200: Csv },
  errors: ['period-reversed', 'period-too-long', 'not-found', 'not-per-service'],
});

export const getStaffingByHour = defineOperation({
  operationId: 'getStaffingByHour',
  method: 'GET',
  path: '/api/statistics/staffing',
  tags,
  summary: 'Per hour of the day: arrivals per open day against staffed counters',
  access: access.lead,
  query: StatisticsFilter,
  responses: { 200: StaffingByHour },
  errors: ['period-reversed', 'period-too-long', 'not-found'],
});

export const exportStaffingByHourCsv = defineOperation({
  operationId: 'exportStaffingByHourCsv',
  method: 'GET',
  path: '/api/statistics/staffing.csv',
  tags,
  summary: 'Arrivals against staffed counters as CSV',
  access: access.lead,
  query: StatisticsFilter,
  responses: { 200: Csv },
  errors: ['period-reversed', 'period-too-long', 'not-found'],
});

export const getTodayStatistics = defineOperation({
  operationId: 'getTodayStatistics',
  method: 'GET',
  path: '/api/statistics/today',
  tags,
  summary: 'Today so far next to the average of the same weekday, up to the same time of day',
  access: access.lead,
  query: TodayQuery,
  responses: { 200: TodayStatistics },
  errors: ['not-found'],
});

export const exportTodayStatisticsCsv = defineOperation({
  operationId: 'exportTodayStatisticsCsv',
  method: 'GET',
  path: '/api/statistics/today.csv',
  tags,
  summary: 'Today against the weekday average as CSV',
  access: access.lead,
  query: TodayQuery,
  responses: { 200: Csv },
  errors: ['not-found'],
});

export const getCaseStatistics = defineOperation({
  operationId: 'getCaseStatistics',
  method: 'GET',
  path: '/api/statistics/cases',
  tags,
  summary: 'Cases settled by kind and status; exemptions granted and refused by ground and law area',
  access: access.lead,
  query: CaseStatisticsQuery,
  responses: { 200: CaseStatistics },
  errors: ['period-reversed', 'period-too-long'],
});

export const exportCaseStatisticsCsv = defineOperation({
  operationId: 'exportCaseStatisticsCsv',
  method: 'GET',
  path: '/api/statistics/cases.csv',
  tags,
  summary: 'Case statistics as CSV',
  access: access.lead,
  query: CaseStatisticsQuery,
  responses: { 200: Csv },
  errors: ['period-reversed', 'period-too-long'],
});

export const getServiceLevelTargets = defineOperation({
  operationId: 'getServiceLevelTargets',
  method: 'GET',
  path: '/api/statistics/service-level-targets',
  tags,
  summary: 'Service-level target per service',
  access: access.lead,
  responses: { 200: ServiceLevelTargets },
  errors: [],
});

export const setServiceLevelTarget = defineOperation({
  operationId: 'setServiceLevelTarget',
  method: 'PUT',
  path: '/api/statistics/service-level-targets/:serviceId',
  tags,
  summary: 'Set a service’s service-level target in minutes (audited as a configuration change)',
  access: access.lead,
  params: ServiceIdParams,
  body: ServiceLevelTargetBody,
  responses: { 200: ServiceLevelTargets },
  errors: ['not-found'],
});
