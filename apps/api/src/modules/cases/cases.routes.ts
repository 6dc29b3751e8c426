import { caseOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createCaseKit, createCasesService } from './cases.service.ts';
import { createDigitalPostService } from './digital-post/digital-post.service.ts';

/**
 * Cases (sager): guided workflows for a citizen's errand, resumable step by step. URLs name the citizen by uuid,
 * never by CPR number. Every answer is audited about the citizen in the transaction that reads or writes it.
 */
export async function caseRoutes(app: FastifyInstance) {
  const kit = createCaseKit(app.db);
  const cases = createCasesService(kit);
  const digitalPost = createDigitalPostService(kit);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.startCase, async (request, reply) =>
    reply.status(201).send(await cases.start(staffOf(request), request.params.id, request.body)),
  );
  route(app, ops.listCitizenCases, (request) => cases.listForCitizen(staffOf(request), request.params.id));
  route(app, ops.getCase, (request) => cases.get(staffOf(request), request.params.id));
  route(app, ops.saveCaseStep, (request) => cases.saveStep(staffOf(request), request.params.id, request.params.step, request.body));
  route(app, ops.completeCase, (request) => cases.complete(staffOf(request), request.params.id, request.body));
  route(app, ops.getCaseDocument, async (request, reply) => {
    const pdf = await cases.document(staffOf(request), request.params.id);
    // Fastify sends a Buffer as it is; the schema only documents it.
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="kvittering-${request.params.id}.pdf"`)
      .send(Buffer.from(pdf));
  });
  route(app, ops.getDigitalPostExemption, (request) => digitalPost.current(staffOf(request), request.params.id));
  route(app, ops.revokeDigitalPostExemption, async (request, reply) =>
    reply.status(201).send(await digitalPost.revoke(staffOf(request), request.params.id, request.body)),
  );
}
