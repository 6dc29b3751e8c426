import { queueOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route, type OperationHandler } from '../../operation.ts';
import { userOf } from '../../plugins/auth.ts';
import { sseFrame, type LocationEvent } from '../../plugins/events.ts';
import { createBoardService } from './board.service.ts';
import { createCounterService } from './counter.service.ts';
import type { Clock } from './presence.ts';
import { createQueueReads } from './queue-reads.service.ts';
import { createServiceAdmin } from './services.service.ts';

export interface LocationQueueRoutesOptions {
  /** Seconds between SSE heartbeats (comments that keep proxies from closing an idle stream). */
  heartbeatSeconds: number;
  /** The queue's clock (tests set one; otherwise the wall clock). */
  clock?: Clock | undefined;
}

export async function locationQueueRoutes(app: FastifyInstance, options: LocationQueueRoutesOptions) {
  const boards = createBoardService(app.db, options.clock);
  const counters = createCounterService(app.db, options.clock);
  const serviceAdmin = createServiceAdmin(app.db);
  const reads = createQueueReads(app.db);

  route(app, ops.listServices, (request) => reads.services(request.principal!, request.params.locationId));
  route(app, ops.listCounters, (request) => reads.counters(request.principal!, request.params.locationId));
  route(app, ops.getQueueBoard, (request) => boards.board(request.principal!, request.params.locationId));
  route(app, ops.closeDay, (request) => boards.closeDay(userOf(request), request.params.locationId));
  route(app, ops.streamLocationEvents, eventStream(app, reads, options.heartbeatSeconds));
  route(app, ops.listPriorityClasses, (request) => reads.priorityClasses(userOf(request)));

  route(app, ops.createService, async (request, reply) => reply.status(201).send(await serviceAdmin.create(userOf(request), request.body)));
  route(app, ops.updateService, (request) => serviceAdmin.update(userOf(request), request.params.id, request.body));

  route(app, ops.getMyCounterSession, async (request) => ({ session: await counters.mySession(userOf(request)) }));
  route(app, ops.openCounterSession, async (request, reply) =>
    reply.status(201).send(await counters.open(userOf(request), request.params.counterId, request.body)),
  );
  route(app, ops.updateCounterSession, (request) => counters.update(userOf(request), request.body));
  route(app, ops.heartbeatCounterSession, async (request, reply) => {
    await counters.heartbeat(userOf(request));
    return reply.status(204).send(null);
  });
  route(app, ops.closeCounterSession, async (request, reply) => {
    await counters.close(userOf(request));
    return reply.status(204).send(null);
  });
}

/** A display or kiosk never sees a colleague's transfer note: the frame goes out without it. */
function frameForDevice(event: LocationEvent, frame: string): string {
  const ticket = (event.payload as { ticket?: { transferNote?: string | null } }).ticket;
  if (!ticket?.transferNote) return frame;
  return sseFrame({ ...event, payload: { ...event.payload, ticket: { ...ticket, transferNote: null } } });
}

/**
 * The location's live events as Server-Sent Events, resuming after Last-Event-ID; the stream ends with the access
 * token, the session, or the server.
 */
function eventStream(
  app: FastifyInstance,
  reads: ReturnType<typeof createQueueReads>,
  heartbeatSeconds: number,
): OperationHandler<typeof ops.streamLocationEvents> {
  return async (request, reply) => {
    const { locationId } = request.params;
    await reads.assertLocation(request.principal!, locationId);
    const fromHeader = request.headers['last-event-id'];
    const resumeFrom = fromHeader !== undefined ? Number(fromHeader) : request.query.lastEventId;
    // Position fixed before the stream opens: whatever commits after this moment reaches the client. An id that is
    // not an event of this location counts as "now".
    const startAfter = await app.events.startingPoint(locationId, resumeFrom);
    const raw = reply.raw;
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
    });
    raw.write('retry: 2000\n\n');
    let ended = false;
    const device = request.principal!.kind === 'device';
    const subscriber = {
      position: startAfter,
      send: (event: LocationEvent, frame: string) => {
        if (!ended) raw.write(device ? frameForDevice(event, frame) : frame);
      },
    };
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), heartbeatSeconds * 1000);
    // The stream ends when the access token does: the client reconnects with a fresh one.
    const expiresInMs = Math.max(1000, (request.user.exp ?? 0) * 1000 - Date.now());
    const expiry = setTimeout(() => end(), expiresInMs);
    let unsubscribe = () => {};
    // Signing out, disabling the user or revoking the device ends the stream at once, in every API process.
    const unwatch = app.events.watchSession(request.principal!.sessionId, () => end());
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearTimeout(expiry);
      unwatch();
      unsubscribe();
      app.sseStreams.delete(end);
      raw.end();
    };
    app.sseStreams.add(end);
    request.raw.on('close', end);
    unsubscribe = await app.events.subscribe(locationId, subscriber);
    if (ended) unsubscribe();
    return reply;
  };
}
