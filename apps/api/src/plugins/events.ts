/**
 * The location event streams as a plugin: `app.events` (the process's EventHub) and `app.sseStreams`. The streams
 * themselves are written (events-publish.ts), read (events-read.ts) and fanned out to subscribers (events-fanout.ts).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { EventHub } from './events-fanout.ts';
import { poolOf } from './events-publish.ts';

export { EventHub, SESSION_REVOKED_CHANNEL, sseFrame, type Subscriber } from './events-fanout.ts';
export { announceLocation, EVENTS_CHANNEL, poolOf, publishCte, publishLocationEvent } from './events-publish.ts';
export { currentCursor, cursorOf, readEvents, START, type EventCursor, type LocationEvent, type ReadEvents } from './events-read.ts';

declare module 'fastify' {
  interface FastifyInstance {
    events: EventHub;
    /** Open SSE responses, ended when the app closes. */
    sseStreams: Set<() => void>;
  }
}

export const eventsPlugin = fp(
  async (app: FastifyInstance, options: { databaseUrl: string }) => {
    const hub = new EventHub(poolOf(app.db), options.databaseUrl, app.log);
    app.decorate('events', hub);
    app.decorate('sseStreams', new Set<() => void>());
    // A database that is down at start must not keep the app from starting (it reports 503 on /api/ready).
    app.addHook('onReady', async () => {
      await hub.start().catch((error) => {
        app.log.warn({ err: error }, 'event listener could not connect; retrying');
        hub.retryLater();
      });
    });
    app.addHook('preClose', async () => {
      for (const end of app.sseStreams) end();
      await hub.close();
    });
  },
  { name: 'events', dependencies: ['db'] },
);
