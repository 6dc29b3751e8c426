/**
 * Publishing to a location's event stream: the row in `location_events`, written in the writer's transaction, and the
 * announcement that wakes every API process's reader (events-fanout.ts).
 */
import type { Database, DbOrTx } from '@skranke/db';
import { sql } from 'drizzle-orm';
import type pg from 'pg';

export const EVENTS_CHANNEL = 'skranke_location_events';

export type Queryable = Pick<pg.Pool, 'query'>;

/** The pg pool under a drizzle database (drizzle's node-postgres driver keeps it as `$client`), for named statements. */
export function poolOf(db: Database): pg.Pool {
  const pool = (db as Database & { $client?: pg.Pool }).$client;
  if (!pool) throw new Error('the database handle has no pg pool');
  return pool;
}

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
