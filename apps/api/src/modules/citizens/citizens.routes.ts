import {
  Citizen,
  CitizenAccessLog,
  CitizenOverview,
  CitizenOverviewQuery,
  CitizenPurposeBody,
  CitizenPurposeQuery,
  CitizenSummary,
  IdParams,
  LookupCitizenBody,
  RevealedCpr,
} from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, Binary, media, responses, StreamedText } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createCitizensService } from './citizens.service.ts';

/**
 * Citizen look-up. A CPR number only ever travels in a request body; URLs name a citizen by an opaque id. Every
 * answer that shows a citizen's data is audited in the same transaction that reads it.
 */
export const citizenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createCitizensService(app.db);
  const tags = ['citizens'];

  // Personal data: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.post(
    '/citizens/lookup',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'lookupCitizen',
        tags,
        security: bearer,
        summary: 'Find a citizen by CPR number (in the body) for a stated purpose; answers the CPR number masked',
        body: LookupCitizenBody,
        response: responses({ 200: CitizenSummary }),
      },
    },
    async (request) => service.lookup(staffOf(request), request.body),
  );

  app.get(
    '/citizens/:id',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'getCitizen',
        tags,
        security: bearer,
        summary: 'A citizen’s details for a stated purpose; a protected address is withheld',
        params: IdParams,
        querystring: CitizenPurposeQuery,
        response: responses({ 200: Citizen }),
      },
    },
    async (request) => service.getCitizen(staffOf(request), request.params.id, request.query),
  );

  app.get(
    '/citizens/:id/overview',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'getCitizenOverview',
        tags,
        security: bearer,
        summary:
          'The citizen overview for a stated purpose: the visit being served (recorded when ticketId names a called ticket), cases with timelines, exemptions, passport and driving licence with expiry warnings, past visits',
        params: IdParams,
        querystring: CitizenOverviewQuery,
        response: responses({ 200: CitizenOverview }),
      },
    },
    async (request) => service.getOverview(staffOf(request), request.params.id, request.query),
  );

  app.post(
    '/citizens/:id/reveal-cpr',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'revealCitizenCpr',
        tags,
        security: bearer,
        summary: 'Show the full CPR number once, for a stated purpose (audited)',
        params: IdParams,
        body: CitizenPurposeBody,
        response: responses({ 200: RevealedCpr }),
      },
    },
    async (request) => service.revealCpr(staffOf(request), request.params.id, request.body),
  );

  app.get(
    '/citizens/:id/access-log',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'getCitizenAccessLog',
        tags,
        security: bearer,
        summary: 'GDPR art. 15 log extract: every access to the citizen’s data, in every municipality',
        params: IdParams,
        response: responses({ 200: CitizenAccessLog }),
      },
    },
    async (request) => service.accessLog(staffOf(request), request.params.id),
  );

  const exportRoute = (format: 'csv' | 'pdf', operationId: string, contentType: string) => ({
    onRequest: app.requireUser('lead'),
    schema: {
      operationId,
      tags,
      security: bearer,
      summary: `The GDPR art. 15 log extract as ${format.toUpperCase()}, in Danish (audited)`,
      params: IdParams,
      response: responses({
        200: media(contentType, `The log extract as ${format.toUpperCase()}`, format === 'csv' ? StreamedText : Binary(contentType)),
      }),
    },
  });
  const attachment = (id: string, format: string) => `attachment; filename="logudtraek-${id}.${format}"`;

  app.get('/citizens/:id/access-log.csv', exportRoute('csv', 'exportCitizenAccessLogCsv', 'text/csv'), async (request, reply) => {
    const stream = await service.exportAccessLogCsv(staffOf(request), request.params.id);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(request.params.id, 'csv')).send(stream);
  });

  app.get('/citizens/:id/access-log.pdf', exportRoute('pdf', 'exportCitizenAccessLogPdf', 'application/pdf'), async (request, reply) => {
    const pdf = await service.exportAccessLogPdf(staffOf(request), request.params.id);
    return reply.type('application/pdf').header('content-disposition', attachment(request.params.id, 'pdf')).send(Buffer.from(pdf));
  });
};
