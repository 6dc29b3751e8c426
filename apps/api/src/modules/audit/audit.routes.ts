import { AuditEventPage, AuditSearchQuery } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, responses } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createAuditService } from './audit.service.ts';

/** Searching the audit trail, for leads and admins, within their own municipality. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createAuditService(app.db);

  // The trail names citizens and staff: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/events',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'searchAuditEvents',
        tags: ['audit'],
        security: bearer,
        summary: 'Search the municipality’s audit trail by citizen, staff member, action and date (audited)',
        querystring: AuditSearchQuery,
        response: responses({ 200: AuditEventPage }),
      },
    },
    async (request) => service.search(staffOf(request), request.query),
  );
};
