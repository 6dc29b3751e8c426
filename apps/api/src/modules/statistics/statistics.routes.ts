import { Readable } from 'node:stream';
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
} from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { bearer, media, responses, type MediaResponse } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { casesCsv, staffingCsv, ticketCsv, todayCsv } from './statistics.csv.ts';
import { createStatisticsService } from './statistics.service.ts';

const tags = ['statistics'];
const Csv = media('text/csv', 'CSV (charset=utf-8): UTF-8 with BOM, semicolons, Danish numbers and dates', Type.String());

/**
 * Statistics for leads and admins of their own municipality. Counter staff get 403: the figures name colleagues.
 * Every table has a JSON read and a CSV export, each with its own operationId.
 */
export const statisticsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createStatisticsService(app.db);

  const route = <Q extends TSchema, R extends TSchema | MediaResponse>(operationId: string, summary: string, querystring: Q, response: R) => ({
    onRequest: app.requireUser('lead'),
    schema: { operationId, tags, security: bearer, summary, querystring, response: responses({ 200: response }) },
  });
  const sendCsv = (reply: FastifyReply, name: string, lines: AsyncGenerator<string>) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(lines));

  app.get(
    '/tickets',
    route('getTicketStatistics', 'Tickets, waiting and handling times, no-shows and service level, grouped', TicketStatisticsQuery, TicketStatistics),
    async (request) => service.tickets(staffOf(request), request.query),
  );
  app.get(
    '/tickets.csv',
    route('exportTicketStatisticsCsv', 'The ticket statistics table as CSV (streamed, a total row last)', TicketStatisticsQuery, Csv),
    async (request, reply) => {
      const rows = await service.ticketRowsForExport(staffOf(request), request.query);
      const q = request.query;
      return sendCsv(reply, `billetter-${q.groupBy}-${q.from}-${q.to}`, ticketCsv(rows));
    },
  );

  app.get(
    '/staffing',
    route('getStaffingByHour', 'Per hour of the day: arrivals per open day against staffed counters', StatisticsFilter, StaffingByHour),
    async (request) => service.staffing(staffOf(request), request.query),
  );
  app.get('/staffing.csv', route('exportStaffingByHourCsv', 'Arrivals against staffed counters as CSV', StatisticsFilter, Csv), async (request, reply) => {
    const table = await service.staffing(staffOf(request), request.query);
    return sendCsv(reply, `bemanding-${request.query.from}-${request.query.to}`, staffingCsv(table));
  });

  app.get(
    '/today',
    route('getTodayStatistics', 'Today so far next to the average of the same weekday, up to the same time of day', TodayQuery, TodayStatistics),
    async (request) => service.today(staffOf(request), request.query),
  );
  app.get('/today.csv', route('exportTodayStatisticsCsv', 'Today against the weekday average as CSV', TodayQuery, Csv), async (request, reply) => {
    const table = await service.today(staffOf(request), request.query);
    return sendCsv(reply, `i-dag-${table.day}`, todayCsv(table));
  });

  app.get(
    '/cases',
    route('getCaseStatistics', 'Cases settled by kind and status; exemptions granted and refused by ground and law area', CaseStatisticsQuery, CaseStatistics),
    async (request) => service.cases(staffOf(request), request.query),
  );
  app.get('/cases.csv', route('exportCaseStatisticsCsv', 'Case statistics as CSV', CaseStatisticsQuery, Csv), async (request, reply) => {
    const table = await service.cases(staffOf(request), request.query);
    return sendCsv(reply, `sager-${request.query.from}-${request.query.to}`, casesCsv(table));
  });

  app.get(
    '/service-level-targets',
    {
      onRequest: app.requireUser('lead'),
      schema: { operationId: 'getServiceLevelTargets', tags, security: bearer, summary: 'Service-level target per service', response: responses({ 200: ServiceLevelTargets }) },
    },
    async (request) => service.targets(staffOf(request)),
  );
  app.put(
    '/service-level-targets/:serviceId',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'setServiceLevelTarget',
        tags,
        security: bearer,
        summary: 'Set a service’s service-level target in minutes (audited as a configuration change)',
        params: ServiceIdParams,
        body: ServiceLevelTargetBody,
        response: responses({ 200: ServiceLevelTargets }),
      },
    },
    async (request) => service.setTarget(staffOf(request), request.params.serviceId, request.body),
  );
};
