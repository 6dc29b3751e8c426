import { caseOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../../operation.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createSelfServiceService } from './self-service.service.ts';

/**
 * Undtagelse fra obligatorisk digital selvbetjening beyond the generic case steps: the municipality's law areas, the
 * citizen's status per area, notifying Udbetaling Danmark, and appeals. Every answer about a citizen is audited.
 */
export async function selfServiceRoutes(app: FastifyInstance) {
  const service = createSelfServiceService(createCaseKit(app.db));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.listLawAreas, (request) => service.listLawAreas(staffOf(request)));
  route(app, ops.getSelfServiceStatus, (request) => service.status(staffOf(request), request.params.id));
  route(app, ops.markUdkNotified, (request) => service.markUdkNotified(staffOf(request), request.params.id, request.body));
  route(app, ops.registerAppeal, (request) => service.registerAppeal(staffOf(request), request.params.id, request.body));
  route(app, ops.resolveAppeal, (request) => service.resolveAppeal(staffOf(request), request.params.id, request.body));
}
