import { caseOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../../operation.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createCaseClosingService } from './case-closing.service.ts';

/** Ending a draft: cancel (any workflow) or refuse (Digital Post exemption, with the reason as begrundelse). */
export async function caseClosingRoutes(app: FastifyInstance) {
  const closing = createCaseClosingService(createCaseKit(app.db));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.cancelCase, (request) => closing.cancel(staffOf(request), request.params.id, request.body));
  route(app, ops.refuseCase, (request) => closing.refuse(staffOf(request), request.params.id, request.body));
}
