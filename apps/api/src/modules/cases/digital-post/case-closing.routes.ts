import { Case, CancelCaseBody, IdParams, RefuseCaseBody } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, responses } from '../../../http.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createCaseClosingService } from './case-closing.service.ts';

/** Ending a draft: cancel (any workflow) or refuse (Digital Post exemption, with the reason as begrundelse). */
export const caseClosingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const closing = createCaseClosingService(createCaseKit(app.db));
  const tags = ['cases'];
  const common = { onRequest: app.requireUser('counter') };

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.post(
    '/cases/:id/cancel',
    {
      ...common,
      schema: {
        operationId: 'cancelCase',
        tags,
        security: bearer,
        summary: 'Cancel a draft case (annullering), with an optional reason on its timeline; 409 unless it is a draft at that version',
        params: IdParams,
        body: CancelCaseBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => closing.cancel(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/refuse',
    {
      ...common,
      schema: {
        operationId: 'refuseCase',
        tags,
        security: bearer,
        summary: 'Refuse (afslag) a draft Digital Post exemption with its reason; the decision letter is then the case document',
        params: IdParams,
        body: RefuseCaseBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => closing.refuse(staffOf(request), request.params.id, request.body),
  );
};
