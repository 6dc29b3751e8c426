import { citizenOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createCitizensService } from './citizens.service.ts';

const attachment = (id: string, format: string) => `attachment; filename="logudtraek-${id}.${format}"`;

/**
 * Citizen look-up. A CPR number only ever travels in a request body; URLs name a citizen by an opaque id. Every
 * answer that shows a citizen's data is audited in the same transaction that reads it.
 */
export async function citizenRoutes(app: FastifyInstance) {
  const service = createCitizensService(app.db);

  // Personal data: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.lookupCitizen, (request) => service.lookup(staffOf(request), request.body));
  route(app, ops.getCitizen, (request) => service.getCitizen(staffOf(request), request.params.id, request.query));
  route(app, ops.getCitizenOverview, (request) => service.getOverview(staffOf(request), request.params.id, request.query));
  route(app, ops.revealCitizenCpr, (request) => service.revealCpr(staffOf(request), request.params.id, request.body));
  route(app, ops.getCitizenAccessLog, (request) => service.accessLog(staffOf(request), request.params.id));

  route(app, ops.exportCitizenAccessLogCsv, async (request, reply) => {
    const stream = await service.exportAccessLogCsv(staffOf(request), request.params.id);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(request.params.id, 'csv')).send(stream);
  });
  route(app, ops.exportCitizenAccessLogPdf, async (request, reply) => {
    const pdf = await service.exportAccessLogPdf(staffOf(request), request.params.id);
    return reply.type('application/pdf').header('content-disposition', attachment(request.params.id, 'pdf')).send(Buffer.from(pdf));
  });
}
