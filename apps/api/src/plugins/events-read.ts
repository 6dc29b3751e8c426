/**
 * Reading a location's event stream in a stable order: which committed events every reader may deliver, and where
 * a reader stands.
 */
import type { Queryable } from './events-publish.ts';

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
/** Whether position `a` comes after `b` in the stream. */
export const isAfter = (a: EventCursor, b: EventCursor) => a.xid > b.xid || (a.xid === b.xid && a.seq > b.seq);

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
