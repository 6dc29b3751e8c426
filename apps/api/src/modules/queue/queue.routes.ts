import { queueOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { userOf } from '../../plugins/auth.ts';
import type { Clock } from './presence.ts';
import { createQueueReads } from './queue-reads.service.ts';
import { createQueueService } from './queue.service.ts';

export interface TicketRoutesOptions {
  /** The queue's clock (tests set one; otherwise the wall clock). */
  clock?: Clock | undefined;
}

/** Ticket operations. Their operationIds are a stable contract for kiosk and display integrators. */
export async function ticketRoutes(app: FastifyInstance, options: TicketRoutesOptions) {
  const service = createQueueService(app.db, options.clock);
  const reads = createQueueReads(app.db);

  route(app, ops.issueTicket, async (request, reply) => {
    const { replayed, ...issued } = await service.issueTicket(
      request.principal!,
      request.params.locationId,
      request.body,
      request.headers['idempotency-key'],
    );
    return reply.status(replayed ? 200 : 201).send(issued);
  });
  route(app, ops.getTicket, (request) => reads.ticket(userOf(request), request.params.id));
  route(app, ops.listParkedTickets, (request) => reads.parkedTickets(request.principal!, request.params.locationId));
  route(app, ops.callNextTicket, async (request) => ({ ticket: await service.callNext(userOf(request), request.params.counterId) }));

  const simple = [
    [ops.recallTicket, service.recall],
    [ops.startServingTicket, service.startServing],
    [ops.parkTicket, service.park],
    [ops.returnParkedTicket, service.returnToQueue],
    [ops.requeueTicket, service.requeue],
    [ops.markTicketNoShow, service.markNoShow],
  ] as const;
  for (const [operation, act] of simple) {
    route(app, operation, (request) => act(userOf(request), request.params.id, request.body.expectedVersion));
  }

  route(app, ops.callTicket, (request) => service.callTicket(userOf(request), request.params.id, request.body));
  route(app, ops.transferTicket, (request) => service.transfer(userOf(request), request.params.id, request.body));
  route(app, ops.finishTicket, (request) => service.finish(userOf(request), request.params.id, request.body));
  route(app, ops.cancelTicket, (request) => service.cancel(userOf(request), request.params.id, request.body));
  route(app, ops.reprioritiseTicket, (request) => service.reprioritise(userOf(request), request.params.id, request.body));
  route(app, ops.moveTicket, (request) => service.move(userOf(request), request.params.id, request.body));
  route(app, ops.rerouteTicket, (request) => service.reroute(userOf(request), request.params.id, request.body));
}
