/**
 * Fan-out: one LISTEN connection per process, and per location one reader that hands new events to this process's
 * SSE subscribers; streams end when the session they run under is revoked.
 */
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { EVENTS_CHANNEL, type Queryable } from './events-publish.ts';
import { currentCursor, cursorOf, isAfter, readEvents, type EventCursor, type LocationEvent } from './events-read.ts';

/** Announced by a trigger on `sessions` (migration 0026) when a session is revoked; the payload is its id. */
export const SESSION_REVOKED_CHANNEL = 'skranke_session_revoked';

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
