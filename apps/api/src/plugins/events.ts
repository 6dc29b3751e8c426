import type { Database, DbOrTx } from '@skranke/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import pg from 'pg';

export const EVENTS_CHANNEL = 'skranke_location_events';
/** Announced by a trigger on `sessions` (migration 0026) when a session is revoked; the payload is its id. */
export const SESSION_REVOKED_CHANNEL = 'skranke_session_revoked';

type Queryable = Pick<pg.Pool, 'query'>;

/** The pg pool under a drizzle database (drizzle's node-postgres driver keeps it as `$client`), for named statements. */
export function poolOf(db: Database): pg.Pool {
  const pool = (db as Database & { $client?: pg.Pool }).$client;
  if (!pool) throw new Error('the database handle has no pg pool');
  return pool;
}

export interface LocationEvent {
  seq: number;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

/**
 * A position in a location's stream. Events are delivered in (xid, seq) order: `xid` is the inserting transaction's
 * id, `seq` the event's number. The SSE id is the seq alone; the server looks its xid up when a client resumes.
 */
export interface EventCursor {
  xid: number;
  seq: number;
}

export const START: EventCursor = { xid: 0, seq: 0 };
const isAfter = (a: EventCursor, b: EventCursor) => a.xid > b.xid || (a.xid === b.xid && a.seq > b.seq);

/**
 * Appends an event to the location's durable stream inside the caller's transaction and announces it with NOTIFY
 * (delivered on commit, to every API process). The row's `xid` column defaults to the transaction's id; readers
 * deliver it only once every older transaction has ended (see `readEvents`). For the rarer changes (counter
 * sessions, services, transfers, the day's close); the hot paths use `publishCte` and `announceLocation`, since a
 * NOTIFY in the transaction holds PostgreSQL's global notify lock through the commit.
 */
export async function publishLocationEvent(
  tx: DbOrTx,
  event: { municipalityId: string; locationId: string; type: string; payload: Record<string, unknown> },
): Promise<void> {
  await tx.execute(sql`
    with inserted as (
      insert into location_events (municipality_id, location_id, type, payload)
      values (${event.municipalityId}, ${event.locationId}, ${event.type}, ${JSON.stringify(event.payload)}::jsonb)
      returning location_id, seq
    )
    select pg_notify(${EVENTS_CHANNEL}, location_id || ':' || seq) from inserted`);
}

/**
 * The same publication as a piece of one larger statement: a CTE named `${name}` that inserts the event whose
 * columns `select` yields (municipality_id, location_id, type, payload). It sends no NOTIFY: the caller announces the
 * location with `announceLocation` once the statement has committed (see there why).
 */
export const publishCte = (name: string, select: string) => `${name} as (
      insert into location_events (municipality_id, location_id, type, payload) ${select}
      returning location_id, seq
    )`;

const ANNOUNCE_SPACING_MS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tells every API process that a location has new events, after the writing statement has committed.
 *
 * A NOTIFY inside the writing transaction would serialise every such commit in the cluster: PostgreSQL holds one
 * global lock from a notifying transaction's pre-commit until after its commit record is flushed, so that queue
 * entries appear in commit order. Here the writers commit without it, and each process sends the notifications in
 * a transaction of its own that writes nothing else and commits without waiting for the WAL flush
 * (`synchronous_commit` off: a wake-up lost in a crash costs nothing, as readers also look every second). A change
 * after a quiet spell is announced at once; while one announcement is on its way, and for 5 ms after it began,
 * further locations are collected and sent together, so under load there are at most about 200 announcements a
 * second per process, not one per change.
 */
class Announcer {
  private dirty = new Set<string>();
  private sending: Promise<void> | null = null;

  constructor(private readonly pool: Queryable) {}

  announce(locationId: string) {
    if (!UUID.test(locationId)) return;
    this.dirty.add(locationId);
    this.sending ??= this.send();
  }

  private async send() {
    while (this.dirty.size > 0) {
      const ids = [...this.dirty];
      this.dirty.clear();
      const started = performance.now();
      await this.pool
        .query({
          name: 'location-events-announce',
          text: `select set_config('synchronous_commit', 'off', true),
            (select count(pg_notify('${EVENTS_CHANNEL}', id)) from unnest($1::text[]) id)`,
          values: [ids],
        })
        .catch(() => {}); // the readers' one-second look finds the events anyway
      // Under load, at most one announcement per ANNOUNCE_SPACING_MS: each wakes every process's reader.
      const wait = ANNOUNCE_SPACING_MS - (performance.now() - started);
      if (this.dirty.size > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    this.sending = null;
  }
}

const announcers = new WeakMap<object, Announcer>();

/** Announces new events of the location to every API process, after the caller's commit; never waits, never throws. */
export function announceLocation(pool: Queryable, locationId: string): void {
  let announcer = announcers.get(pool);
  if (!announcer) announcers.set(pool, (announcer = new Announcer(pool)));
  announcer.announce(locationId);
}

interface EventRow {
  seq: string;
  xid: string;
  type: string;
  at: Date;
  payload: Record<string, unknown>;
  ready: boolean;
}

export interface ReadEvents {
  /** Events every reader may deliver now: their transaction and every older one have ended. */
  ready: Array<LocationEvent & { cursor: EventCursor }>;
  /** Committed events that must wait for an older transaction still running (read again shortly). */
  pending: boolean;
}


/**
 * The events after `after`, in stream order. An event is ready when its xid is below the xmin of the reading
 * statement's snapshot: every transaction with a smaller xid has then committed or rolled back, so no event can ever
 * appear before it again, and (xid, seq) is a stable order to resume from. Ready events come first in that order.
 */
export async function readEvents(db: Queryable, locationId: string, after: EventCursor, limit = 5000): Promise<ReadEvents> {
  const result = await db.query<EventRow>({
    name: 'location-events-after',
    text: `select e.seq, e.xid, e.type, e.at, e.payload, e.xid < h.horizon as ready
      from location_events e, (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as horizon) h
      where e.location_id = $1 and (e.xid, e.seq) > ($2::bigint, $3::bigint)
      order by e.xid, e.seq
      limit $4`,
    values: [locationId, after.xid, after.seq, limit],
  });
  const ready = [];
  for (const r of result.rows) {
    if (!r.ready) break;
    const seq = Number(r.seq);
    ready.push({ seq, type: r.type, at: r.at.toISOString(), payload: r.payload, cursor: { xid: Number(r.xid), seq } });
  }
  return { ready, pending: ready.length < result.rows.length };
}

/** The stream's present position: the last ready event of the location (START when there is none). */
export async function currentCursor(db: Queryable, locationId: string): Promise<EventCursor> {
  const result = await db.query<{ xid: string; seq: string }>({
    name: 'location-events-current',
    text: `select e.xid, e.seq from location_events e
      where e.location_id = $1 and e.xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
      order by e.xid desc, e.seq desc
      limit 1`,
    values: [locationId],
  });
  const row = result.rows[0];
  return row ? { xid: Number(row.xid), seq: Number(row.seq) } : START;
}

/** The position of event `seq` of the location (a client's Last-Event-ID); 0 is the start, an unknown seq null. */
export async function cursorOf(db: Queryable, locationId: string, seq: number): Promise<EventCursor | null> {
  if (seq === 0) return START;
  const result = await db.query<{ xid: string }>({
    name: 'location-events-cursor',
    text: 'select xid from location_events where seq = $1 and location_id = $2',
    values: [seq, locationId],
  });
  const row = result.rows[0];
  return row ? { xid: Number(row.xid), seq } : null;
}

export interface Subscriber {
  /** The position of the last event this subscriber has received. */
  position: EventCursor;
  /** `frame` is the event as a text/event-stream frame, serialised once for all subscribers. */
  send(event: LocationEvent, frame: string): void;
}

/** The SSE frame of an event: its sequence number as the id, the event as JSON data. */
export function sseFrame(event: LocationEvent): string {
  return `id: ${event.seq}\ndata: ${JSON.stringify({ seq: event.seq, type: event.type, at: event.at, payload: event.payload })}\n\n`;
}

interface LocationHub {
  subscribers: Set<Subscriber>;
  /** The last event handed to this hub's subscribers. */
  position: EventCursor;
  fetching: Promise<void> | null;
  again: boolean;
  /** Read again while committed events wait for an older transaction (which may never send a NOTIFY). */
  retry: NodeJS.Timeout | null;
  retryDelayMs: number;
  /** A look every second whatever happens, in case an announcement was lost (e.g. its sender crashed). */
  safety: NodeJS.Timeout;
}

const FIRST_RETRY_MS = 5;
const MAX_RETRY_MS = 200;
const SAFETY_POLL_MS = 1000;

/**
 * One LISTEN connection per process fans events out to this process's subscribers. On a notification it reads the
 * new ready events of that location once from the database and hands each subscriber those it has not had yet.
 */
export class EventHub {
  private hubs = new Map<string, LocationHub>();
  /** Open streams by the session they run under, ended when that session is revoked. */
  private streamsBySession = new Map<string, Set<() => void>>();
  private listener: pg.Client | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: Queryable,
    private readonly databaseUrl: string,
    private readonly log: FastifyInstance['log'],
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel === SESSION_REVOKED_CHANNEL) {
        if (message.payload) this.endSession(message.payload);
        return;
      }
      const locationId = message.payload?.split(':')[0];
      if (locationId) this.pull(locationId);
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'event listener lost its connection; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    await client.query(`listen ${SESSION_REVOKED_CHANNEL}`);
    this.listener = client;
    // Whatever was announced while we were not listening is read now.
    for (const locationId of this.hubs.keys()) this.pull(locationId);
    await this.endDeadSessions();
  }

  /**
   * Ends `end` when the session is revoked (in any process). Returns the unregistration. A revocation announced while
   * this process was not listening is caught when the listener reconnects (`endDeadSessions`).
   */
  watchSession(sessionId: string, end: () => void): () => void {
    let set = this.streamsBySession.get(sessionId);
    if (!set) this.streamsBySession.set(sessionId, (set = new Set()));
    set.add(end);
    return () => {
      set.delete(end);
      if (set.size === 0 && this.streamsBySession.get(sessionId) === set) this.streamsBySession.delete(sessionId);
    };
  }

  private endSession(sessionId: string) {
    const ends = this.streamsBySession.get(sessionId);
    if (!ends) return;
    this.streamsBySession.delete(sessionId);
    for (const end of ends) end();
  }

  /** Ends the streams of every watched session that is no longer live (revoked, expired, user disabled, device revoked). */
  private async endDeadSessions() {
    const ids = [...this.streamsBySession.keys()];
    if (ids.length === 0) return;
    try {
      const live = await this.pool.query<{ id: string }>(
        `select s.id from sessions s left join users u on u.id = s.user_id left join devices d on d.id = s.device_id
          where s.id = any($1::uuid[]) and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null and d.revoked_at is null`,
        [ids],
      );
      const alive = new Set(live.rows.map((r) => r.id));
      for (const id of ids) if (!alive.has(id)) this.endSession(id);
    } catch (error) {
      this.log.warn({ err: error }, 'could not check the sessions of open streams');
    }
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

  /** Where a client resumes: after its Last-Event-ID when that is an event of the location, else at the present. */
  async startingPoint(locationId: string, lastEventId: number | undefined): Promise<EventCursor> {
    const known = lastEventId === undefined ? null : await cursorOf(this.pool, locationId, lastEventId);
    return known ?? this.hubs.get(locationId)?.position ?? (await currentCursor(this.pool, locationId));
  }

  async subscribe(locationId: string, subscriber: Subscriber): Promise<() => void> {
    let hub = this.hubs.get(locationId);
    if (!hub) {
      const position = await currentCursor(this.pool, locationId);
      hub = this.hubs.get(locationId);
      if (!hub) {
        const safety = setInterval(() => this.pull(locationId), SAFETY_POLL_MS);
        safety.unref();
        hub = { subscribers: new Set(), position, fetching: null, again: false, retry: null, retryDelayMs: 0, safety };
        this.hubs.set(locationId, hub);
      }
    }
    // Catch the subscriber up from its own position (Last-Event-ID) to the hub's before it joins, so that it gets
    // every event once and in order. Nothing awaits between the last check and joining. A subscriber ahead of the
    // hub (it resumes from an event this process has not read yet) joins at once: the hub's next read serves it.
    while (isAfter(hub.position, subscriber.position)) {
      const before = subscriber.position;
      for (const event of (await readEvents(this.pool, locationId, subscriber.position)).ready) {
        if (isAfter(event.cursor, subscriber.position) && !isAfter(event.cursor, hub.position)) {
          subscriber.send(event, sseFrame(event));
          subscriber.position = event.cursor;
        }
      }
      // Nothing left between the two positions (e.g. pruned meanwhile): the subscriber is level with the hub.
      if (subscriber.position === before) subscriber.position = hub.position;
    }
    hub.subscribers.add(subscriber);
    this.pull(locationId);
    return () => {
      hub.subscribers.delete(subscriber);
      if (hub.subscribers.size === 0 && this.hubs.get(locationId) === hub) {
        if (hub.retry) clearTimeout(hub.retry);
        clearInterval(hub.safety);
        this.hubs.delete(locationId);
      }
    };
  }

  private pull(locationId: string) {
    const hub = this.hubs.get(locationId);
    if (!hub) return;
    if (hub.fetching) {
      hub.again = true;
      return;
    }
    if (hub.retry) {
      clearTimeout(hub.retry);
      hub.retry = null;
    }
    hub.fetching = (async () => {
      let pending = false;
      let progressed = false;
      do {
        hub.again = false;
        try {
          const read = await readEvents(this.pool, locationId, hub.position);
          pending = read.pending;
          for (const event of read.ready) {
            hub.position = event.cursor;
            progressed = true;
            const frame = sseFrame(event);
            for (const subscriber of hub.subscribers) {
              if (isAfter(event.cursor, subscriber.position)) {
                subscriber.send(event, frame);
                subscriber.position = event.cursor;
              }
            }
          }
          if (read.ready.length === 5000) hub.again = true;
        } catch (error) {
          this.log.error({ err: error }, 'reading location events failed');
        }
      } while (hub.again);
      hub.fetching = null;
      // Committed events wait behind an older transaction: look again soon, backing off while nothing moves (a long
      // writing transaction anywhere in the cluster holds every later event back until it ends).
      if (pending && !this.closed && this.hubs.get(locationId) === hub) {
        hub.retryDelayMs = progressed ? FIRST_RETRY_MS : Math.min(MAX_RETRY_MS, Math.max(FIRST_RETRY_MS, hub.retryDelayMs * 2));
        hub.retry = setTimeout(() => {
          hub.retry = null;
          this.pull(locationId);
        }, hub.retryDelayMs);
      } else {
        hub.retryDelayMs = 0;
      }
    })();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const hub of this.hubs.values()) {
      if (hub.retry) clearTimeout(hub.retry);
      clearInterval(hub.safety);
    }
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
