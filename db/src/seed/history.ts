/**
 * Writes years of front-desk history for Aarhus (the demo's large municipality) into a demo database: tickets with
 * their arrival, call and finish times, counter and staff member, plus the counter sessions (who staffed which
 * counter when). Deterministic for a given seed. Bulk load in one transaction: multi-row inserts from arrays
 * (`unnest`), the rollup triggers off while loading and the rollups rebuilt from the tickets at the end, so the
 * database is never seen half-loaded and a crash leaves nothing behind.
 *
 * Not written: ticket_events. Statistics read the tickets' own timestamps and the rollups; 4–5 million event rows
 * would double the load time for nothing that reads them.
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { DatabaseHandle } from '../index.ts';
import { appMeta } from '../schema/index.ts';
import { DEMO, isDemoDatabase, NotADemoDatabaseError } from './demo.ts';
import { historyBookingRules, historyDayList, historyDays, type HistoryAppointment, type HistoryTicket } from './history-days.ts';
import { HISTORY_LOCATIONS, HISTORY_STAFF, SERVICE_MIX } from './history-model.ts';

export const HISTORY_MARKER = 'history_seed';
const MUNICIPALITY = DEMO.aarhus.id;
const BATCH = 5000;
const DAY_MS = 86_400_000;

export interface HistoryOptions {
  seed?: number;
  /** The last service day written (default: yesterday in Copenhagen). */
  lastDay?: string;
  years?: number;
  /** Tickets to aim for over the whole period (the draw lands within a fraction of a percent). */
  tickets?: number;
  log?: (message: string) => void;
}

export interface HistoryResult {
  firstDay: string;
  lastDay: string;
  tickets: number;
  sessions: number;
  appointments: number;
  seconds: number;
}

const yesterdayInCopenhagen = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() - DAY_MS));

type Row = HistoryTicket;

export async function seedHistory(handle: DatabaseHandle, options: HistoryOptions = {}): Promise<HistoryResult> {
  const began = performance.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 20261122;
  const lastDay = options.lastDay ?? yesterdayInCopenhagen();
  const years = options.years ?? 3;
  const target = options.tickets ?? 1_550_000;
  const firstDay = `${Number(lastDay.slice(0, 4)) - years}${lastDay.slice(4)}`;
  const { db, pool } = handle;

  if (!(await isDemoDatabase(db))) throw new NotADemoDatabaseError();
  const [marker] = await db
    .select()
    .from(appMeta)
    .where(sql`${appMeta.key} = ${HISTORY_MARKER}`);
  if (marker) throw new Error(`This database already holds a history (${marker.value}). Use a fresh database to write another.`);

  const days = historyDayList(lastDay, years);

  const client = await pool.connect();
  let tickets = 0;
  let sessions = 0;
  let appointments = 0;
  try {
    await client.query('begin');
    await client.query('alter table tickets disable trigger tickets_rollups_insert');
    const period = { seed, lastDay, years, tickets: target };
    await setUp(client, historyBookingRules(period));
    let rows: Row[] = [];
    let bookings: HistoryAppointment[] = [];
    const flush = async () => {
      if (rows.length) tickets += await insertTickets(client, rows);
      // After their tickets: a checked-in booking points to its ticket.
      if (bookings.length) appointments += await insertAppointments(client, bookings);
      rows = [];
      bookings = [];
    };
    for (const { day, dayIndex, locations } of historyDays(period)) {
      if (locations.length === 0) continue;
      const sessionRows: Array<[string, string, string, number, number]> = [];
      for (const { sessions: daySessions, tickets: dayRows, appointments: dayBookings } of locations) {
        for (const s of daySessions) sessionRows.push([s.locationId, s.counterId, s.staffId, s.startedAt, s.endedAt]);
        rows.push(...dayRows);
        bookings.push(...dayBookings);
      }
      sessions += await insertSessions(client, sessionRows);
      if (rows.length >= BATCH) await flush();
      if (dayIndex % 90 === 0) log(`${day}: ${tickets.toLocaleString('da-DK')} tickets so far`);
    }
    await flush();
    log('rebuilding the statistics rollups from the tickets …');
    // The rebuild groups 1.5 million tickets: in memory rather than spilled to disk in small batches.
    await client.query(`set local work_mem = '256MB'`);
    await client.query('select ticket_rollups_rebuild($1, $2)', [firstDay, lastDay]);
    await client.query('alter table tickets enable trigger tickets_rollups_insert');
    await client.query('insert into app_meta (key, value) values ($1, $2)', [
      HISTORY_MARKER,
      JSON.stringify({ seed, firstDay: days[0], lastDay, tickets, appointments, writtenAt: new Date().toISOString() }),
    ]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  log('VACUUM ANALYZE …');
  for (const table of ['tickets', 'ticket_rollups', 'ticket_staff_stats', 'counter_sessions', 'appointments']) {
    await pool.query(`vacuum analyze ${table}`);
  }
  return { firstDay: days[0]!, lastDay, tickets, sessions, appointments, seconds: (performance.now() - began) / 1000 };
}

type Client = pg.PoolClient;

/**
 * The two extra offices (with their opening hours), their counters, the history staff (no password: they cannot sign
 * in), and booking rules at every office sized to the history's volume (a demo rule keeps its capacity if larger).
 */
async function setUp(client: Client, rules: Map<string, { slotMinutes: number; capacity: number }>) {
  for (const l of HISTORY_LOCATIONS.filter((x) => x.created)) {
    await client.query(
      `insert into locations (id, municipality_id, name, kind, address) values ($1, $2, $3, 'office', $4) on conflict do nothing`,
      [l.id, MUNICIPALITY, l.name, l.created!.address],
    );
    const { rowCount } = await client.query('select 1 from opening_hours where location_id = $1', [l.id]);
    if (!rowCount) {
      for (const [weekday, [opens, closes]] of Object.entries(l.hours) as Array<[string, [number, number]]>) {
        await client.query('insert into opening_hours (municipality_id, location_id, weekday, opens, closes) values ($1, $2, $3, $4, $5)', [
          MUNICIPALITY,
          l.id,
          Number(weekday),
          `${String(opens).padStart(2, '0')}:00`,
          `${String(closes).padStart(2, '0')}:00`,
        ]);
      }
    }
    for (const [i, id] of l.counters.entries()) {
      await client.query('insert into counters (id, municipality_id, location_id, name) values ($1, $2, $3, $4) on conflict do nothing', [
        id,
        MUNICIPALITY,
        l.id,
        `Skranke ${i + 1}`,
      ]);
    }
  }
  for (const [i, s] of HISTORY_STAFF.entries()) {
    await client.query(
      `insert into users (id, municipality_id, username, name, role) values ($1, $2, $3, $4, 'counter') on conflict do nothing`,
      [s.id, MUNICIPALITY, s.username, `Medarbejder ${String(i + 1).padStart(2, '0')}`],
    );
    await client.query('insert into user_locations (user_id, location_id, municipality_id) values ($1, $2, $3) on conflict do nothing', [
      s.id,
      s.locationId,
      MUNICIPALITY,
    ]);
  }
  for (const [key, rule] of rules) {
    const [locationId, serviceId] = key.split('|');
    await client.query(
      `insert into appointment_rules (municipality_id, location_id, service_id, slot_minutes, capacity) values ($1, $2, $3, $4, $5)
       on conflict (location_id, service_id) do update set capacity = greatest(appointment_rules.capacity, excluded.capacity)`,
      [MUNICIPALITY, locationId, serviceId, rule.slotMinutes, rule.capacity],
    );
  }
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Booked times; the code hash is a marker no real code's sha256 can equal, and the name says it is history. */
async function insertAppointments(client: Client, rows: HistoryAppointment[]): Promise<number> {
  const result = await client.query(
    `insert into appointments (id, municipality_id, location_id, service_id, starts_at, ends_at, seat, status, channel, code_hash,
       name, ticket_id, created_at, checked_in_at, cancelled_at, no_show_at)
     select id, $1, l, s, st, e, seat, status::appointment_status, ch::appointment_channel, 'history-' || id, 'Borger (historik)',
            t, c, ci, ca, ns
     from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[], $7::int[], $8::text[], $9::text[],
                 $10::uuid[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[])
          as x(id, l, s, st, e, seat, status, ch, t, c, ci, ca, ns)`,
    [
      MUNICIPALITY,
      rows.map((r) => r.id),
      rows.map((r) => r.locationId),
      rows.map((r) => r.serviceId),
      rows.map((r) => iso(r.startsAt)),
      rows.map((r) => iso(r.endsAt)),
      rows.map((r) => r.seat),
      rows.map((r) => r.status),
      rows.map((r) => r.channel),
      rows.map((r) => r.ticketId),
      rows.map((r) => iso(r.createdAt)),
      rows.map((r) => iso(r.checkedInAt)),
      rows.map((r) => iso(r.cancelledAt)),
      rows.map((r) => iso(r.noShowAt)),
    ],
  );
  return result.rowCount ?? 0;
}

async function insertTickets(client: Client, rows: Row[]): Promise<number> {
  const result = await client.query(
    `insert into tickets (id, municipality_id, location_id, service_id, prefix, number, display_number, service_day, source,
       state, arrived_at, call_key, called_at, serving_started_at, finished_at, counter_id, staff_user_id, outcome)
     select coalesce(id, gen_random_uuid()), $1, l, s, p, n, p || lpad(n::text, 3, '0'), d, src::ticket_source, st::ticket_state, a, a, c,
            case when st = 'done' then c end, f, ctr, u, case when st = 'done' then 'completed' end
     from unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::date[], $7::text[], $8::text[], $9::timestamptz[],
                 $10::timestamptz[], $11::timestamptz[], $12::uuid[], $13::uuid[], $14::uuid[])
          as x(l, s, p, n, d, src, st, a, c, f, ctr, u, id)`,
    [
      MUNICIPALITY,
      rows.map((r) => r.locationId),
      rows.map((r) => r.serviceId),
      rows.map((r) => r.prefix),
      rows.map((r) => r.number),
      rows.map((r) => r.day),
      rows.map((r) => r.source),
      rows.map((r) => r.state),
      rows.map((r) => iso(r.arrived)),
      rows.map((r) => iso(r.called)),
      rows.map((r) => iso(r.finished)),
      rows.map((r) => r.counterId),
      rows.map((r) => r.staffId),
      rows.map((r) => r.id),
    ],
  );
  return result.rowCount ?? 0;
}

async function insertSessions(client: Client, rows: Array<[string, string, string, number, number]>): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await client.query(
    `insert into counter_sessions (municipality_id, location_id, counter_id, user_id, service_ids, state, started_at, ended_at)
     select $1, l, c, u, $7::uuid[], 'closed', s, e
     from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[]) as x(l, c, u, s, e)`,
    [
      MUNICIPALITY,
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      rows.map((r) => iso(r[3])),
      rows.map((r) => iso(r[4])),
      SERVICE_MIX.map((x) => x.id),
    ],
  );
  return result.rowCount ?? 0;
}
