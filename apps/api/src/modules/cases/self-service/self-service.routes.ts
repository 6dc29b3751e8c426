import { Case, IdParams, LawAreaList, MarkUdkNotifiedBody, RegisterAppealBody, ResolveAppealBody, SelfServiceStatus } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, responses } from '../../../http.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createSelfServiceService } from './self-service.service.ts';

/**
 * Undtagelse fra obligatorisk digital selvbetjening beyond the generic case steps: the municipality's law areas, the
 * citizen's status per area, notifying Udbetaling Danmark, and appeals. Every answer about a citizen is audited.
 */
export const selfServiceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createSelfServiceService(createCaseKit(app.db));
  const tags = ['cases'];
  const common = { onRequest: app.requireUser('counter') };

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/law-areas',
    {
      ...common,
      schema: {
        operationId: 'listLawAreas',
        tags,
        security: bearer,
        summary: "The municipality's active law areas (lovområder) under mandatory digital self-service, and its appeal period",
        response: responses({ 200: LawAreaList }),
      },
    },
    async (request) => service.listLawAreas(staffOf(request)),
  );

  app.get(
    '/citizens/:id/self-service-status',
    {
      ...common,
      schema: {
        operationId: 'getSelfServiceStatus',
        tags,
        security: bearer,
        summary: 'Per law area: exempt, exempt pending appeal, or not exempt; and the 1 June 2023 entitlement via Digital Post',
        params: IdParams,
        response: responses({ 200: SelfServiceStatus }),
      },
    },
    async (request) => service.status(staffOf(request), request.params.id),
  );

  app.post(
    '/cases/:id/udk-notified',
    {
      ...common,
      schema: {
        operationId: 'markUdkNotified',
        tags,
        security: bearer,
        summary: 'Record that Udbetaling Danmark has been notified of a granted exemption (lov om Udbetaling Danmark § 13, stk. 3)',
        params: IdParams,
        body: MarkUdkNotifiedBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => service.markUdkNotified(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/appeal',
    {
      ...common,
      schema: {
        operationId: 'registerAppeal',
        tags,
        security: bearer,
        summary: 'Register a klage over a refusal; while it is pending the citizen counts as exempt on its law areas',
        params: IdParams,
        body: RegisterAppealBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => service.registerAppeal(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/appeal/resolve',
    {
      ...common,
      schema: {
        operationId: 'resolveAppeal',
        tags,
        security: bearer,
        summary: 'Resolve the pending appeal: upheld (the refusal stands) or overturned (the exemption is granted)',
        params: IdParams,
        body: ResolveAppealBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => service.resolveAppeal(staffOf(request), request.params.id, request.body),
  );
};
