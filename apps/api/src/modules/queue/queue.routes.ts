import {
  CallNextResult,
  CallTicketBody,
  CancelTicketBody,
  CounterParams,
  FinishTicketBody,
  IdParams,
  IssuedTicket,
  IssueTicketBody,
  LocationParams,
  MoveTicketBody,
  ReprioritiseTicketBody,
  RerouteTicketBody,
  Ticket,
  TicketActionBody,
  TicketList,
  TransferTicketBody,
} from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../../errors.ts';
import { bearer, responses } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createQueueRepository, toTicket } from './queue.repository.ts';
import { createQueueService } from './queue.service.ts';
import { assertLocationAccess } from './access.ts';
import type { Clock } from './presence.ts';

export interface TicketRoutesOptions {
  /** The queue's clock (tests set one; otherwise the wall clock). */
  clock?: Clock;
}

/** Ticket operations. Their operationIds are a stable contract for kiosk and display integrators. */
export const ticketRoutes: FastifyPluginAsyncTypebox<TicketRoutesOptions> = async (app, options) => {
  const service = createQueueService(app.db, options.clock);
  const tags = ['queue'];

  app.post(
    '/locations/:locationId/tickets',
    {
      onRequest: app.requireDevice(['kiosk'], 'counter'),
      schema: {
        operationId: 'issueTicket',
        tags,
        security: bearer,
        summary: 'Take a number (kiosk or staff). The same Idempotency-Key returns the same ticket.',
        params: Type.Object({ locationId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) }),
        body: IssueTicketBody,
        response: responses({ 200: IssuedTicket, 201: IssuedTicket }),
      },
    },
    async (request, reply) => {
      const { replayed, ...issued } = await service.issueTicket(
        request.principal!,
        request.params.locationId,
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(replayed ? 200 : 201).send(issued);
    },
  );

  app.get(
    '/tickets/:id',
    {
      onRequest: app.requireUser('counter'),
      schema: { operationId: 'getTicket', tags, security: bearer, summary: 'One ticket', params: IdParams, response: responses({ 200: Ticket }) },
    },
    async (request) => {
      const row = await createQueueRepository(app.db).ticket(staffOf(request).municipalityId, request.params.id);
      if (!row) throw notFound('Billetten');
      await assertLocationAccess(app.db, request.principal!, row.locationId);
      return toTicket(row);
    },
  );

  app.get(
    '/locations/:locationId/parked-tickets',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'listParkedTickets',
        tags,
        security: bearer,
        summary: 'Parked tickets at the location (citizens who went to fetch something and must be called back)',
        params: LocationParams,
        response: responses({ 200: TicketList }),
      },
    },
    async (request) => {
      await assertLocationAccess(app.db, request.principal!, request.params.locationId);
      return (await createQueueRepository(app.db).parkedTickets(request.params.locationId)).map(toTicket);
    },
  );

  app.post(
    '/counters/:counterId/call-next',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'callNextTicket',
        tags,
        security: bearer,
        summary: "Call the next ticket from the counter's work profile (ticket null when nobody waits)",
        params: CounterParams,
        response: responses({ 200: CallNextResult }),
      },
    },
    async (request) => ({ ticket: await service.callNext(staffOf(request), request.params.counterId) }),
  );

  const simple = [
    ['recall', 'recallTicket', 'Call the same ticket again (counted; limited)', service.recall],
    ['start', 'startServingTicket', 'The citizen has arrived at the counter', service.startServing],
    ['park', 'parkTicket', 'Park the ticket: the citizen must come back (e.g. to fetch papers)', service.park],
    ['return', 'returnParkedTicket', 'Put a parked ticket back in the queue at its original place', service.returnToQueue],
    ['requeue', 'requeueTicket', 'Let a called ticket go back to the queue', service.requeue],
    ['no-show', 'markTicketNoShow', 'The citizen did not come', service.markNoShow],
  ] as const;
  for (const [path, operationId, summary, act] of simple) {
    app.post(
      `/tickets/:id/${path}`,
      {
        onRequest: app.requireUser('counter'),
        schema: { operationId, tags, security: bearer, summary, params: IdParams, body: TicketActionBody, response: responses({ 200: Ticket }) },
      },
      async (request) => act(staffOf(request), request.params.id, request.body.expectedVersion),
    );
  }

  app.post(
    '/tickets/:id/call',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'callTicket',
        tags,
        security: bearer,
        summary: 'Call a specific waiting or parked ticket to a counter',
        params: IdParams,
        body: CallTicketBody,
        response: responses({ 200: Ticket }),
      },
    },
    async (request) => service.callTicket(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/tickets/:id/transfer',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'transferTicket',
        tags,
        security: bearer,
        summary: 'Send the ticket to another service or counter, keeping its original arrival time',
        params: IdParams,
        body: TransferTicketBody,
        response: responses({ 200: Ticket }),
      },
    },
    async (request) => service.transfer(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/tickets/:id/finish',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'finishTicket',
        tags,
        security: bearer,
        summary: 'Finish with an outcome and the services actually delivered',
        params: IdParams,
        body: FinishTicketBody,
        response: responses({ 200: Ticket }),
      },
    },
    async (request) => service.finish(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/tickets/:id/cancel',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'cancelTicket',
        tags,
        security: bearer,
        summary: 'Cancel a ticket, with the reason',
        params: IdParams,
        body: CancelTicketBody,
        response: responses({ 200: Ticket }),
      },
    },
    async (request) => service.cancel(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/tickets/:id/priority',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'reprioritiseTicket',
        tags,
        security: bearer,
        summary: "Change a waiting ticket's priority class (lead)",
        params: IdParams,
        body: ReprioritiseTicketBody,
        response: responses({ 200: Ticket }),
      },
    },
    async (request) => service.reprioritise(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/tickets/:id/move',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'moveTicket',
        tags,
        security: bearer,
        summary: "Move a waiting ticket to the front or back of its service's queue (lead)",
        params: IdParams,
        body: MoveTicketBody,
        response: responses({ 200: Ticket }),
      },
    },
    async (request) => service.move(staffOf(request), request.params.id, request.body),
  );

  app.post(
    '/tickets/:id/reroute',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'rerouteTicket',
        tags,
        security: bearer,
        summary:
          "Send a ticket waiting for a named counter to another staffed counter, or (no counterId) back to its service's queue (lead)",
        params: IdParams,
        body: RerouteTicketBody,
        response: responses({ 200: Ticket }),
      },
    },
    async (request) => service.reroute(staffOf(request), request.params.id, request.body),
  );
};
