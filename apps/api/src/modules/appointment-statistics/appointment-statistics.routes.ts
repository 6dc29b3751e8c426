import { Readable } from 'node:stream';
import { appointmentStatisticsOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { appointmentStatisticsCsv } from './appointment-statistics.csv.ts';
import { createAppointmentStatisticsService, type Clock } from './appointment-statistics.service.ts';

/** Tidsbestilling in figures for leads and admins of their own municipality (docs/statistics.md). */
export async function appointmentStatisticsRoutes(app: FastifyInstance, options: { clock?: Clock | undefined }) {
  const service = createAppointmentStatisticsService(app.db, options.clock ?? (() => new Date()));

  route(app, ops.getAppointmentStatistics, (request) => service.statistics(staffOf(request), request.query));
  route(app, ops.exportAppointmentStatisticsCsv, async (request, reply) => {
    const table = await service.statistics(staffOf(request), request.query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="tidsbestilling-${table.from}-${table.to}.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(appointmentStatisticsCsv(table)));
  });
}
