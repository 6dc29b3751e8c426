import { schema, type DbOrTx } from '@skranke/db';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import pg from 'pg';

export const EVENTS_CHANNEL = 'skranke_location_events';

export interface LocationEvent {
  seq: number;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

/**
 * Appends an event to the location's durable stream inside the caller's transaction and announces it with NOTIFY
 * (delivered on commit, to every API process). The per-location advisory lock, held until commit, makes sequence
 * order equal commit order within a location, so a client resuming after `seq` can never miss an event that
 * committed late with a smaller number.
 */
export async function publishLocationEvent(
  tx: DbOrTx,
  event: { municipalityId: string; locationId: string; type: string; payload: Record<string, unknown> },
): Promise<void> {
  // One round trip: the lock, the insert (which reads its row from the lock, so it runs after it) and the NOTIFY.
  await tx.execute(sql`
    with lock as materialized (select pg_advisory_xact_lock(hashtextextended(${'events:' + event.locationId}, 0))),
    inserted as (
      insert into location_events (municipality_id, location_id, type, payload)
      select ${event.municipalityId}, ${event.locationId}, ${event.type}, ${JSON.stringify(event.payload)}::jsonb from lock
      returning seq
    )
    select pg_notify(${EVENTS_CHANNEL}, ${event.locationId} || ':' || seq) from inserted`);
}

export async function eventsAfter(db: DbOrTx, locationId: string, afterSeq: number, limit = 5000): Promise<LocationEvent[]> {
  const t = schema.locationEvents;
  const rows = await db
    .select({ seq: t.seq, type: t.type, at: t.at, payload: t.payload })
    .from(t)
    .where(and(eq(t.locationId, locationId), gt(t.seq, afterSeq)))
    .orderBy(asc(t.seq))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

export async function latestSeq(db: DbOrTx, locationId: string): Promise<number> {
  const t = schema.locationEvents;
  const [row] = await db.select({ seq: sql<number>`coalesce(max(${t.seq}), 0)::bigint` }).from(t).where(eq(t.locationId, locationId));
  return Number(row?.seq ?? 0);
}

export interface Subscriber {
  /** The last sequence number this subscriber has received. */
  lastSeq: number;
  /** `frame` is the event as a text/event-stream frame, serialised once for all subscribers. */
  send(event: LocationEvent, frame: string): void;
}

/** The SSE frame of an event: its sequence number as the id, the event as JSON data. */
export function sseFrame(event: LocationEvent): string {
  return `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
}

interface LocationHub {
  subscribers: Set<Subscriber>;
  lastFetched: number;
  fetching: Promise<void> | null;
  again: boolean;
}

/**
 * One LISTEN connection per process fans events out to this process's subscribers. On a notification it reads the
 * new events of that location once from the database and hands each subscriber those it has not had yet.
 */
export class EventHub {
  private hubs = new Map<string, LocationHub>();
  private listener: pg.Client | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DbOrTx,
    private readonly databaseUrl: string,
    private readonly log: FastifyInstance['log'],
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      const locationId = message.payload?.split(':')[0];
      if (locationId) this.pull(locationId);
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'event listener lost its connection; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.listener = client;
    // Whatever was announced while we were not listening is read now.
    for (const locationId of this.hubs.keys()) this.pull(locationId);
  }

  retryLater() {
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed || this.reconnectTimer) return;
    this.listener?.end().catch(() => {});
    this.listener = null;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.start().catch(() => this.scheduleReconnect());
    }, 1000);
  }

  async subscribe(locationId: string, subscriber: Subscriber): Promise<() => void> {
    let hub = this.hubs.get(locationId);
    if (!hub) {
      hub = { subscribers: new Set(), lastFetched: await latestSeq(this.db, locationId), fetching: null, again: false };
      const existing = this.hubs.get(locationId);
      if (existing) hub = existing;
      else this.hubs.set(locationId, hub);
    }
    // Catch the subscriber up from its own position (Last-Event-ID) to the hub's before it joins, so that it gets
    // every event once and in order. Nothing awaits between the last check and joining.
    // A position from the future (a bogus Last-Event-ID) is treated as "now".
    subscriber.lastSeq = Math.min(subscriber.lastSeq, hub.lastFetched);
    while (subscriber.lastSeq < hub.lastFetched) {
      const before = subscriber.lastSeq;
      for (const event of await eventsAfter(this.db, locationId, subscriber.lastSeq)) {
        if (event.seq > subscriber.lastSeq && event.seq <= hub.lastFetched) {
          subscriber.send(event, sseFrame(event));
          subscriber.lastSeq = event.seq;
        }
      }
      // Nothing left between the two positions (e.g. pruned meanwhile): the subscriber is level with the hub.
      if (subscriber.lastSeq === before) subscriber.lastSeq = hub.lastFetched;
    }
    hub.subscribers.add(subscriber);
    this.pull(locationId);
    return () => {
      hub.subscribers.delete(subscriber);
      if (hub.subscribers.size === 0 && this.hubs.get(locationId) === hub) this.hubs.delete(locationId);
    };
  }

  private pull(locationId: string) {
    const hub = this.hubs.get(locationId);
    if (!hub) return;
    if (hub.fetching) {
      hub.again = true;
      return;
    }
    hub.fetching = (async () => {
      do {
        hub.again = false;
        try {
          const events = await eventsAfter(this.db, locationId, hub.lastFetched);
          for (const event of events) {
            hub.lastFetched = event.seq;
            const frame = sseFrame(event);
            for (const subscriber of hub.subscribers) {
              if (event.seq > subscriber.lastSeq) {
                subscriber.send(event, frame);
                subscriber.lastSeq = event.seq;
              }
            }
          }
          if (events.length === 5000) hub.again = true;
        } catch (error) {
          this.log.error({ err: error }, 'reading location events failed');
        }
      } while (hub.again);
      hub.fetching = null;
    })();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.listener?.end().catch(() => {});
    this.hubs.clear();
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    events: EventHub;
    /** Open SSE responses, ended when the app closes. */
    sseStreams: Set<() => void>;
  }
}

export const eventsPlugin = fp(
  async (app: FastifyInstance, options: { databaseUrl: string }) => {
    const hub = new EventHub(app.db, options.databaseUrl, app.log);
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
