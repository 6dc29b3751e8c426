import { auditOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createAuditService } from './audit.service.ts';

/** Searching the audit trail, for leads and admins, within their own municipality. */
export async function auditRoutes(app: FastifyInstance) {
  const service = createAuditService(app.db);

  // The trail names citizens and staff: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.searchAuditEvents, (request) => service.search(staffOf(request), request.query));
  route(app, ops.listAuditStaff, (request) => service.listStaff(staffOf(request)));
}
