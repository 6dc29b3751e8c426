import {
  appointmentOperations as ops,
  publicTicketOperations as publicOps,
  ticketNotifyOperations as notifyOps,
} from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { LocalOutboxNotificationSender } from '../../floor/notifications/notification-sender.ts';
import { route } from '../../operation.ts';
import { statusStream } from './ticket-status.stream.ts';
import { createTicketStatusService, type Clock } from './ticket-status.service.ts';
import { createTurnNearService } from './turn-near.service.ts';

export interface TicketStatusRoutesOptions {
  /** The queue's clock (tests set one; otherwise the wall clock): links expire and estimates count by it. */
  clock?: Clock | undefined;
  /** Seconds between the live stream's heartbeats. */
  heartbeatSeconds: number;
}

/** Per address: a phone reads the status once and then follows the stream; a reload now and then stays far below. */
const STATUS_PER_MINUTE = 60;
const STREAMS_PER_MINUTE = 20;
/** Per address: asking for the "turn is near" SMS is done once; a few retries for a mistyped number. */
const NOTIFY_PER_MINUTE = 5;
/** How often each API process looks for tickets whose turn is near (the claim makes several processes safe). */
export const TURN_NEAR_SWEEP_MS = 30_000;

/** The ticket on the phone: the receipt's link (kiosk or staff) and the public page's status, read and live. */
export async function ticketStatusRoutes(app: FastifyInstance, options: TicketStatusRoutesOptions) {
  const service = createTicketStatusService(app.db, options.clock ?? (() => new Date()));

  route(app, ops.createTicketStatusLink, async (request, reply) =>
    reply.status(201).send(await service.createLink(request.principal!, request.params.id)),
  );

  route(
    app,
    ops.getPublicTicketStatus,
    async (request, reply) => {
      // The token is the credential: no cache keeps the answer.
      reply.header('cache-control', 'no-store');
      return (await service.status(request.params.token)).status;
    },
    { config: { rateLimit: { max: STATUS_PER_MINUTE, timeWindow: '1 minute' } } },
  );

  route(app, publicOps.streamPublicTicketStatus, statusStream(app, service, options.heartbeatSeconds), {
    config: { rateLimit: { max: STREAMS_PER_MINUTE, timeWindow: '1 minute' } },
  });

  const turnNear = createTurnNearService(app.db, options.clock ?? (() => new Date()), new LocalOutboxNotificationSender());
  route(
    app,
    notifyOps.subscribeTicketNotification,
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return turnNear.subscribe(request.params.token, request.body);
    },
    { config: { rateLimit: { max: NOTIFY_PER_MINUTE, timeWindow: '1 minute' } } },
  );

  const sweep = setInterval(() => {
    turnNear.sweep().catch((error: unknown) => app.log.warn({ err: error }, 'turn-near sweep failed'));
  }, TURN_NEAR_SWEEP_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}
