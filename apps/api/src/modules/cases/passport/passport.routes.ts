import { caseOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../../operation.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createPassportService } from './passport.service.ts';

/**
 * A passport case after ordering (ready for pick-up, handed out) and its cancellation. Starting, steps, ordering
 * (completeCase) and the receipt (getCaseDocument) go through the generic case routes.
 */
export async function passportRoutes(app: FastifyInstance) {
  const service = createPassportService(createCaseKit(app.db));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.markPassportReady, (request) => service.ready(staffOf(request), request.params.id, request.body));
  route(app, ops.handOutPassport, (request) => service.handOut(staffOf(request), request.params.id, request.body));
  route(app, ops.cancelPassportCase, (request) => service.cancel(staffOf(request), request.params.id, request.body));
}
