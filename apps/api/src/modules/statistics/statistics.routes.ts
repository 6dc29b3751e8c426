import { Readable } from 'node:stream';
import { statisticsOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { casesCsv, staffingCsv, ticketCsv, todayCsv } from './statistics.csv.ts';
import { createStatisticsService } from './statistics.service.ts';

const sendCsv = (reply: FastifyReply, name: string, lines: AsyncGenerator<string>) =>
  reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(lines));

/**
 * Statistics for leads and admins of their own municipality. Counter staff get 403: the figures name colleagues.
 * Every table has a JSON read and a CSV export, each with its own operationId.
 */
export async function statisticsRoutes(app: FastifyInstance) {
  const service = createStatisticsService(app.db);

  route(app, ops.getTicketStatistics, (request) => service.tickets(staffOf(request), request.query));
  route(app, ops.exportTicketStatisticsCsv, async (request, reply) => {
    const rows = await service.ticketRowsForExport(staffOf(request), request.query);
    const q = request.query;
    return sendCsv(reply, `billetter-${q.groupBy}-${q.from}-${q.to}`, ticketCsv(rows));
  });

  route(app, ops.getStaffingByHour, (request) => service.staffing(staffOf(request), request.query));
  route(app, ops.exportStaffingByHourCsv, async (request, reply) => {
    const table = await service.staffing(staffOf(request), request.query);
    return sendCsv(reply, `bemanding-${request.query.from}-${request.query.to}`, staffingCsv(table));
  });

  route(app, ops.getTodayStatistics, (request) => service.today(staffOf(request), request.query));
  route(app, ops.exportTodayStatisticsCsv, async (request, reply) => {
    const table = await service.today(staffOf(request), request.query);
    return sendCsv(reply, `i-dag-${table.day}`, todayCsv(table));
  });

  route(app, ops.getCaseStatistics, (request) => service.cases(staffOf(request), request.query));
  route(app, ops.exportCaseStatisticsCsv, async (request, reply) => {
    const table = await service.cases(staffOf(request), request.query);
    return sendCsv(reply, `sager-${request.query.from}-${request.query.to}`, casesCsv(table));
  });

  route(app, ops.getServiceLevelTargets, (request) => service.targets(staffOf(request)));
  route(app, ops.setServiceLevelTarget, (request) => service.setTarget(staffOf(request), request.params.serviceId, request.body));
}
