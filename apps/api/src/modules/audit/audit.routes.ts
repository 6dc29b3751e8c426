import { AuditEventPage, AuditSearchQuery, AuditStaffList } from '@skranke/contracts';
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

  app.get(
    '/staff',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'listAuditStaff',
        tags: ['audit'],
        security: bearer,
        summary: 'The municipality’s staff (name and username), to search the audit trail by staff member',
        response: responses({ 200: AuditStaffList }),
      },
    },
    async (request) => service.listStaff(staffOf(request)),
  );
};
