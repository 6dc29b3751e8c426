import {
  Case,
  CaseList,
  CaseStepParams,
  CompleteCaseBody,
  CurrentDigitalPostExemption,
  IdParams,
  RevokeDigitalPostExemptionBody,
  SaveCaseStepBody,
  StartCaseBody,
} from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, Binary, media, responses } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createCaseKit, createCasesService } from './cases.service.ts';
import { createDigitalPostService } from './digital-post/digital-post.service.ts';

// Fastify sends a Buffer as it is; the schema only documents it.
const Pdf = media('application/pdf', 'The receipt (kvittering) or the decision letter (afgørelse) as PDF', Binary('application/pdf'));

/**
 * Cases (sager): guided workflows for a citizen's errand, resumable step by step. URLs name the citizen by uuid,
 * never by CPR number. Every answer is audited about the citizen in the transaction that reads or writes it.
 */
export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const kit = createCaseKit(app.db);
  const cases = createCasesService(kit);
  const digitalPost = createDigitalPostService(kit);
  const tags = ['cases'];
  const common = { onRequest: app.requireUser('counter') };

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.post(
    '/citizens/:id/cases',
    {
      ...common,
      schema: {
        operationId: 'startCase',
        tags,
        security: bearer,
        summary: 'Start a case for the citizen, optionally from the queue ticket being served',
        params: IdParams,
        body: StartCaseBody,
        response: responses({ 201: Case }),
      },
    },
    async (request, reply) => reply.status(201).send(await cases.start(staffOf(request), request.params.id, request.body)),
  );

  app.get(
    '/citizens/:id/cases',
    {
      ...common,
      schema: {
        operationId: 'listCitizenCases',
        tags,
        security: bearer,
        summary: "The citizen's cases in this municipality, newest first",
        params: IdParams,
        response: responses({ 200: CaseList }),
      },
    },
    async (request) => cases.listForCitizen(staffOf(request), request.params.id),
  );

  app.get(
    '/cases/:id',
    {
      ...common,
      schema: {
        operationId: 'getCase',
        tags,
        security: bearer,
        summary: 'A case with its saved steps, timeline and outcome',
        params: IdParams,
        response: responses({ 200: Case }),
      },
    },
    async (request) => cases.get(staffOf(request), request.params.id),
  );

  app.put(
    '/cases/:id/steps/:step',
    {
      ...common,
      schema: {
        operationId: 'saveCaseStep',
        tags,
        security: bearer,
        summary: 'Save one step of a draft case (validated by the workflow); 409 when expectedVersion is stale',
        params: CaseStepParams,
        body: SaveCaseStepBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => cases.saveStep(staffOf(request), request.params.id, request.params.step, request.body),
  );

  app.post(
    '/cases/:id/complete',
    {
      ...common,
      schema: {
        operationId: 'completeCase',
        tags,
        security: bearer,
        summary: 'Decide and register (Digital Post: registered in the local registry; self-service: grant, or refusal with a decision letter)',
        params: IdParams,
        body: CompleteCaseBody,
        response: responses({ 200: Case }),
      },
    },
    async (request) => cases.complete(staffOf(request), request.params.id, request.body),
  );

  app.get(
    '/cases/:id/document',
    {
      ...common,
      schema: {
        operationId: 'getCaseDocument',
        tags,
        security: bearer,
        summary: 'The receipt (kvittering) of a completed case, or the decision letter (afgørelse) of a refused one, as PDF',
        params: IdParams,
        response: responses({ 200: Pdf }),
      },
    },
    async (request, reply) => {
      const pdf = await cases.document(staffOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="kvittering-${request.params.id}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );

  app.get(
    '/citizens/:id/digital-post-exemption',
    {
      ...common,
      schema: {
        operationId: 'getDigitalPostExemption',
        tags,
        security: bearer,
        summary: "The citizen's current Digital Post exemption (null when none is registered)",
        params: IdParams,
        response: responses({ 200: CurrentDigitalPostExemption }),
      },
    },
    async (request) => digitalPost.current(staffOf(request), request.params.id),
  );

  app.post(
    '/citizens/:id/digital-post-exemption/revoke',
    {
      ...common,
      schema: {
        operationId: 'revokeDigitalPostExemption',
        tags,
        security: bearer,
        summary: 'Revoke the exemption (ophævelse, FD 011) now; answers the completed revocation case',
        params: IdParams,
        body: RevokeDigitalPostExemptionBody,
        response: responses({ 201: Case }),
      },
    },
    async (request, reply) => reply.status(201).send(await digitalPost.revoke(staffOf(request), request.params.id, request.body)),
  );
};
