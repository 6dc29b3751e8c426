import { remoteTicketOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import type { Clock } from '../queue/presence.ts';
import { createRemoteTicketService } from './remote-tickets.service.ts';

export interface RemoteTicketRoutesOptions {
  /** The queue's clock (tests set one): opening hours and the link's expiry count by it. */
  clock?: Clock | undefined;
}

/** Per address: one number is taken once; a few more for a mistaken errand. Reading the places is cheap. */
const TAKE_PER_MINUTE = 3;
const OPTIONS_PER_MINUTE = 60;

/** A walk-in's number taken on the phone (public). */
export async function remoteTicketRoutes(app: FastifyInstance, options: RemoteTicketRoutesOptions) {
  const service = createRemoteTicketService(app.db, options.clock ?? (() => new Date()));

  route(app, ops.listRemoteTicketOptions, () => service.options(), {
    config: { rateLimit: { max: OPTIONS_PER_MINUTE, timeWindow: '1 minute' } },
  });

  route(
    app,
    ops.takeRemoteTicket,
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return reply.status(201).send(await service.take(request.params.locationId, request.body.serviceId));
    },
    { config: { rateLimit: { max: TAKE_PER_MINUTE, timeWindow: '1 minute' } } },
  );
}
