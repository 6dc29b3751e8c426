/**
 * A small hand-made history for the statistics tests (Aarhus, winter time so local = UTC+1). The expected figures in
 * the tests are worked out by hand from this table, not by running the code.
 *
 *  #  location  service  arrived (local)   called after   handling  state      counter   staff
 *  1  Dokk1     pas      Mon 03-03 09:10   4 min          6 min     done       Dokk1 #1  anna
 *  2  Dokk1     pas      Mon 03-03 09:20   10 min 30 s    8 min     done       Dokk1 #1  anna
 *  3  Dokk1     mitid    Mon 03-03 09:40   20 min         –         no_show    Dokk1 #2  lars
 *  4  Dokk1     mitid    Mon 03-03 10:05   never          –         cancelled  –         –
 *  5  Dokk1     pas      Tue 03-04 10:15   16 min         10 min    done       Dokk1 #2  lars
 *  6  Lystrup   pas      Tue 03-04 09:00   30 s           5 min     done       Lystrup#1 anna
 *  7  Dokk1     pas      Mon 03-03 11:00   –              –         waiting    (not settled: not counted)
 */
import { schema, type Database } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { sql } from 'drizzle-orm';

export const AARHUS = DEMO.aarhus.id;
export const DOKK1 = DEMO.aarhus.dokk1;
export const LYSTRUP = DEMO.aarhus.lystrup;
export const PAS = DEMO_QUEUE.aarhusServices.pas;
export const MITID = DEMO_QUEUE.aarhusServices.mitid;
export const C1 = DEMO_QUEUE.dokk1Counters[0]!;
export const C2 = DEMO_QUEUE.dokk1Counters[1]!;
export const L1 = DEMO_QUEUE.lystrupCounters[0]!;
export const ANNA = DEMO.users.anna;
export const LARS = DEMO.users.lars;

/** Local Copenhagen time in early March 2025 (winter time, UTC+1). */
export const local = (day: string, time: string) => new Date(`${day}T${time}+01:00`);
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000);

interface FixtureTicket {
  n: number;
  location: string;
  service: string;
  day: string;
  arrived: string;
  waitSeconds: number | null;
  handlingSeconds: number | null;
  state: 'done' | 'no_show' | 'cancelled' | 'waiting';
  counter: string | null;
  staff: string | null;
}

export const FIXTURE: FixtureTicket[] = [
  {
    n: 1,
    location: DOKK1,
    service: PAS,
    day: '2025-03-03',
    arrived: '09:10:00',
    waitSeconds: 240,
    handlingSeconds: 360,
    state: 'done',
    counter: C1,
    staff: ANNA,
  },
  {
    n: 2,
    location: DOKK1,
    service: PAS,
    day: '2025-03-03',
    arrived: '09:20:00',
    waitSeconds: 630,
    handlingSeconds: 480,
    state: 'done',
    counter: C1,
    staff: ANNA,
  },
  {
    n: 3,
    location: DOKK1,
    service: MITID,
    day: '2025-03-03',
    arrived: '09:40:00',
    waitSeconds: 1200,
    handlingSeconds: null,
    state: 'no_show',
    counter: C2,
    staff: LARS,
  },
  {
    n: 4,
    location: DOKK1,
    service: MITID,
    day: '2025-03-03',
    arrived: '10:05:00',
    waitSeconds: null,
    handlingSeconds: null,
    state: 'cancelled',
    counter: null,
    staff: null,
  },
  {
    n: 5,
    location: DOKK1,
    service: PAS,
    day: '2025-03-04',
    arrived: '10:15:00',
    waitSeconds: 960,
    handlingSeconds: 600,
    state: 'done',
    counter: C2,
    staff: LARS,
  },
  {
    n: 6,
    location: LYSTRUP,
    service: PAS,
    day: '2025-03-04',
    arrived: '09:00:00',
    waitSeconds: 30,
    handlingSeconds: 300,
    state: 'done',
    counter: L1,
    staff: ANNA,
  },
  {
    n: 7,
    location: DOKK1,
    service: PAS,
    day: '2025-03-03',
    arrived: '11:00:00',
    waitSeconds: null,
    handlingSeconds: null,
    state: 'waiting',
    counter: null,
    staff: null,
  },
];

/** Inserts the fixture's tickets (the rollup triggers fire as for any insert); returns their ids by number. */
export async function insertFixture(db: Database, tickets: FixtureTicket[] = FIXTURE): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  for (const t of tickets) {
    const arrivedAt = local(t.day, t.arrived);
    const calledAt = t.waitSeconds === null ? null : plus(arrivedAt, t.waitSeconds);
    const finishedAt =
      t.state === 'waiting'
        ? null
        : t.handlingSeconds !== null && calledAt
          ? plus(calledAt, t.handlingSeconds)
          : plus(calledAt ?? arrivedAt, 120);
    const prefix = t.service === PAS ? 'P' : 'M';
    const [row] = await db
      .insert(schema.tickets)
      .values({
        municipalityId: AARHUS,
        locationId: t.location,
        serviceId: t.service,
        prefix,
        number: 900 + t.n,
        displayNumber: `${prefix}${900 + t.n}`,
        serviceDay: t.day,
        source: 'kiosk',
        state: t.state,
        arrivedAt,
        callKey: arrivedAt,
        calledAt,
        servingStartedAt: t.state === 'done' ? calledAt : null,
        finishedAt,
        counterId: t.counter,
        staffUserId: t.staff,
      })
      .returning({ id: schema.tickets.id });
    ids.set(t.n, row!.id);
  }
  return ids;
}

/** The rollup as sorted plain rows without empty ones, to compare trigger-kept against rebuilt. */
export async function rollupSnapshot(db: Database) {
  const { rows: a } = await db.execute(
    sql`select * from ticket_rollups where tickets <> 0 or served <> 0 order by grain, location_id, period_start, weekday, hour, service_id`,
  );
  for (const row of a) {
    row.wait_seconds = Number(row.wait_seconds).toFixed(3);
    row.handling_seconds = Number(row.handling_seconds).toFixed(3);
  }
  const { rows: b } = await db.execute(
    sql`select location_id, service_day::text, counter_id, staff_user_id, tickets, served, no_shows, cancelled, called, round(wait_seconds::numeric, 3)::text as w, handled, round(handling_seconds::numeric, 3)::text as h
     from ticket_staff_stats where tickets <> 0 order by 1, 2, 3, 4`,
  );
  const { rows: c } = await db.execute(
    sql`select * from ticket_day_rollups where tickets <> 0 or served <> 0 order by location_id, service_day`,
  );
  for (const row of c) {
    row.wait_seconds = Number(row.wait_seconds).toFixed(3);
    row.handling_seconds = Number(row.handling_seconds).toFixed(3);
  }
  return { stats: a, staff: b, days: c };
}
