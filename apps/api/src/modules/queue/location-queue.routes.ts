import {
  CloseDayResult,
  CounterList,
  CounterParams,
  CreateServiceBody,
  IdParams,
  LocationParams,
  MaybeCounterSession,
  OpenCounterSessionBody,
  PriorityClassList,
  QueueBoard,
  Service,
  ServiceList,
  UpdateCounterSessionBody,
  UpdateServiceBody,
  CounterSession,
} from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { bearer, media, responses } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { sseFrame, type LocationEvent } from '../../plugins/events.ts';
import { assertLocationAccess } from './access.ts';
import { createBoardService } from './board.service.ts';
import { createCounterService } from './counter.service.ts';
import { createQueueRepository } from './queue.repository.ts';
import { createServiceAdmin, toService } from './services.service.ts';
import type { Clock } from './presence.ts';

export interface LocationQueueRoutesOptions {
  /** Seconds between SSE heartbeats (comments that keep proxies from closing an idle stream). */
  heartbeatSeconds: number;
  /** The queue's clock (tests set one; otherwise the wall clock). */
  clock?: Clock | undefined;
}

/** A display or kiosk never sees a colleague's transfer note: the frame goes out without it. */
function frameForDevice(event: LocationEvent, frame: string): string {
  const ticket = (event.payload as { ticket?: { transferNote?: string | null } }).ticket;
  if (!ticket?.transferNote) return frame;
  return sseFrame({ ...event, payload: { ...event.payload, ticket: { ...ticket, transferNote: null } } });
}

export const locationQueueRoutes: FastifyPluginAsyncTypebox<LocationQueueRoutesOptions> = async (app, options) => {
  const boards = createBoardService(app.db, options.clock);
  const counters = createCounterService(app.db, options.clock);
  const serviceAdmin = createServiceAdmin(app.db);
  const repo = createQueueRepository(app.db);
  const tags = ['queue'];

  app.get(
    '/locations/:locationId/services',
    {
      onRequest: app.requireDevice(['kiosk', 'display'], 'counter'),
      schema: {
        operationId: 'listServices',
        tags,
        security: bearer,
        summary: 'Services (ærindetyper) in kiosk order; a kiosk sees only those open for tickets',
        params: LocationParams,
        response: responses({ 200: ServiceList }),
      },
    },
    async (request) => {
      const principal = request.principal!;
      await assertLocationAccess(app.db, principal, request.params.locationId);
      const all = (await repo.listServices(principal.municipalityId)).map(toService);
      return principal.kind === 'device' ? all.filter((s) => s.active) : all;
    },
  );

  app.get(
    '/locations/:locationId/counters',
    {
      onRequest: app.requireUser('counter'),
      schema: { operationId: 'listCounters', tags, security: bearer, summary: 'Counters of a location', params: LocationParams, response: responses({ 200: CounterList }) },
    },
    async (request) => {
      await assertLocationAccess(app.db, request.principal!, request.params.locationId);
      return (await repo.listCounters(request.params.locationId)).map((c) => ({ id: c.id, name: c.name, locationId: c.locationId }));
    },
  );

  app.get(
    '/locations/:locationId/board',
    {
      onRequest: app.requireDevice(['display'], 'counter'),
      schema: {
        operationId: 'getQueueBoard',
        tags,
        security: bearer,
        summary: 'Per service and counter at a glance, and the waiting list in call order',
        params: LocationParams,
        response: responses({ 200: QueueBoard }),
      },
    },
    async (request) => boards.board(request.principal!, request.params.locationId),
  );

  app.post(
    '/locations/:locationId/close-day',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'closeDay',
        tags,
        security: bearer,
        summary: "End of day: settle every open ticket and sign out every counter (lead)",
        params: LocationParams,
        response: responses({ 200: CloseDayResult }),
      },
    },
    async (request) => boards.closeDay(staffOf(request), request.params.locationId),
  );

  app.get(
    '/locations/:locationId/events',
    {
      onRequest: app.requireDevice(['display'], 'counter'),
      schema: {
        operationId: 'streamLocationEvents',
        tags,
        security: bearer,
        summary:
          'Server-Sent Events of the location. Each event has `id` = its sequence number (unique, but not increasing: events come in commit-safe order, see docs/queue.md); reconnect with Last-Event-ID (header or `lastEventId` query) to get exactly what was missed.',
        params: LocationParams,
        querystring: Type.Object({ lastEventId: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })) }, { additionalProperties: false }),
        // At most 15 digits: every such number is exact as a JavaScript number (and fits PostgreSQL's bigint).
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })) }),
        response: responses({ 200: media('text/event-stream', 'Server-Sent Events, one `id`, `event` and JSON `data` per event', Type.String()) }),
      },
    },
    async (request, reply) => {
      const { locationId } = request.params;
      await assertLocationAccess(app.db, request.principal!, locationId);
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
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), options.heartbeatSeconds * 1000);
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
    },
  );

  app.get(
    '/priority-classes',
    {
      onRequest: app.requireUser('counter'),
      schema: { operationId: 'listPriorityClasses', tags, security: bearer, summary: 'Priority classes of the municipality', response: responses({ 200: PriorityClassList }) },
    },
    async (request) =>
      (await repo.listPriorityClasses(staffOf(request).municipalityId)).map((p) => ({
        id: p.id,
        code: p.code,
        nameDa: p.nameDa,
        nameEn: p.nameEn,
        headStartMinutes: p.headStartMinutes,
        requiresReason: p.requiresReason,
      })),
  );

  app.post(
    '/services',
    {
      onRequest: app.requireUser('admin'),
      schema: {
        operationId: 'createService',
        tags,
        security: bearer,
        summary: 'Add a service at runtime, e.g. in a crisis (admin)',
        body: CreateServiceBody,
        response: responses({ 201: Service }),
      },
    },
    async (request, reply) => reply.status(201).send(await serviceAdmin.create(staffOf(request), request.body)),
  );

  app.patch(
    '/services/:id',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'updateService',
        tags,
        security: bearer,
        summary: 'Open or close a service for tickets, or change its names, expected time and thresholds (lead)',
        params: IdParams,
        body: UpdateServiceBody,
        response: responses({ 200: Service }),
      },
    },
    async (request) => serviceAdmin.update(staffOf(request), request.params.id, request.body),
  );

  app.get(
    '/counter-session',
    {
      onRequest: app.requireUser('counter'),
      schema: { operationId: 'getMyCounterSession', tags, security: bearer, summary: 'The signed-in user\'s open counter session, if any', response: responses({ 200: MaybeCounterSession }) },
    },
    async (request) => ({ session: await counters.mySession(staffOf(request)) }),
  );

  app.post(
    '/counters/:counterId/session',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'openCounterSession',
        tags,
        security: bearer,
        summary: 'Sign in at a counter with a work profile (the services you take)',
        params: CounterParams,
        body: OpenCounterSessionBody,
        response: responses({ 201: CounterSession }),
      },
    },
    async (request, reply) => reply.status(201).send(await counters.open(staffOf(request), request.params.counterId, request.body)),
  );

  app.patch(
    '/counter-session',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'updateCounterSession',
        tags,
        security: bearer,
        summary: 'Pause or resume, or change the work profile',
        body: UpdateCounterSessionBody,
        response: responses({ 200: CounterSession }),
      },
    },
    async (request) => counters.update(staffOf(request), request.body),
  );

  app.post(
    '/counter-session/heartbeat',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'heartbeatCounterSession',
        tags,
        security: bearer,
        summary:
          "The counter screen's sign of life (every 30 s). A counter not heard from for the municipality's limit (default 2 minutes) counts as stale: not staffed, no capacity, no transfer target",
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      await counters.heartbeat(staffOf(request));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/counter-session',
    {
      onRequest: app.requireUser('counter'),
      schema: { operationId: 'closeCounterSession', tags, security: bearer, summary: 'Sign out of the counter', response: responses({ 204: Type.Null() }) },
    },
    async (request, reply) => {
      await counters.close(staffOf(request));
      return reply.status(204).send(null);
    },
  );
};
