import { Case, IdParams, PassportCancelBody, PassportHandOutBody, PassportReadyBody } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, responses } from '../../../http.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createPassportService } from './passport.service.ts';

/**
 * A passport case after ordering (ready for pick-up, handed out) and its cancellation. Starting, steps, ordering
 * (completeCase) and the receipt (getCaseDocument) go through the generic case routes.
 */
export const passportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createPassportService(createCaseKit(app.db));
  const tags = ['cases'];
  const common = { onRequest: app.requireUser('counter') };

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.post(
    '/cases/:id/passport/ready',
    {
      ...common,
      schema: {
        operationId: 'markPassportReady',
        tags,
        security: bearer,
        summary: 'The ordered passport has arrived: record its number and date of issue (the expiry follows); ready for pick-up',
        params: IdParams,
        body: PassportReadyBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => service.ready(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/passport/hand-out',
    {
      ...common,
      schema: {
        operationId: 'handOutPassport',
        tags,
        security: bearer,
        summary: 'Hand out the passport: recorded in the identity-document register; an old passport handed in is marked so',
        params: IdParams,
        body: PassportHandOutBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => service.handOut(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/passport/cancel',
    {
      ...common,
      schema: {
        operationId: 'cancelPassportCase',
        tags,
        security: bearer,
        summary: 'Cancel a passport draft (e.g. a custody holder does not consent), with the reason in the timeline',
        params: IdParams,
        body: PassportCancelBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => service.cancel(staffOf(request), request.params.id, request.body),
  );
};
