/**
 * Part 1: 200 citizens book the last 20 free times at once, over HTTP against the API process. The driving-licence
 * times at the bench desk are booked full in the table except one seat at each of 20 times spread over the horizon;
 * citizen i asks for time i mod 20. Afterwards the database is asked: no seat held twice by live bookings, no time
 * over capacity, and as many new rows as 201 answers. Between runs the winners' bookings are deleted again.
 */
import { mulberry32 } from '../../db/src/seed/demo-persons.ts';
import { citizenAddress, type PublicClient } from './appointments-http.ts';
import { DESK_RULE, deskSlots, PREBOOK_PREFIX, prebook, RACE_SERVICE, type AppointmentsFixture } from './appointments-setup.ts';
import { summarise, type LatencySummary } from './stats.ts';

export interface RaceRun {
  requests: number;
  created: number;
  conflicts: number;
  other: Record<string, number>;
  /** 409 codes (slot-taken, slot-unavailable) with their counts. */
  conflictCodes: Record<string, number>;
  nextFreeNull: number;
  /** 409s whose nextFree named one of the 20 times (free when that answer was computed). */
  nextFreeAmongLast: number;
  nextFreeElsewhere: number;
  rowsAdded: number;
  doubleSeats: number;
  overCapacity: number;
  timesWithOneWinner: number;
  all: LatencySummary;
  won: LatencySummary;
  lost: LatencySummary;
  wallMs: number;
}

export async function prepareRace(fixture: AppointmentsFixture, freeTimes: number, seed: number): Promise<Date[]> {
  const slots = deskSlots(new Date());
  const random = mulberry32(seed);
  // The last free times: one seat each at `freeTimes` times drawn over the horizon (not the first hours, so the
  // cut-off cannot close one during the run).
  const candidates = slots.slice(60);
  const free = new Set<number>();
  while (free.size < freeTimes) free.add(candidates[Math.floor(random() * candidates.length)]!.startsAt.getTime());
  const seats = slots.flatMap((slot) =>
    Array.from({ length: DESK_RULE.capacity }, (_, i) => ({ startsAt: slot.startsAt, endsAt: slot.endsAt, seat: i + 1 })).filter(
      (s) => !(free.has(s.startsAt.getTime()) && s.seat === DESK_RULE.capacity),
    ),
  );
  await prebook(fixture, RACE_SERVICE, seats);
  return [...free].sort((a, b) => a - b).map((t) => new Date(t));
}

interface Problem {
  code?: string;
  nextFree?: string | null;
}

export async function runRace(
  fixture: AppointmentsFixture,
  client: PublicClient,
  times: Date[],
  bookers: number,
  run: number,
): Promise<RaceRun> {
  const { pool } = fixture.admin;
  await pool.query(`delete from appointments where location_id = $1 and service_id = $2 and name not like $3`, [
    fixture.deskLocation,
    RACE_SERVICE,
    `${PREBOOK_PREFIX}%`,
  ]);
  // Open the connections first, so the race measures bookings, not TCP handshakes.
  await Promise.all(Array.from({ length: bookers }, () => client.request('GET', '/api/health')));
  const freeIsos = new Set(times.map((t) => t.toISOString()));
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: bookers }, (_, i) =>
      client.request<Problem>('POST', '/api/public/appointments', {
        body: {
          locationId: fixture.deskLocation,
          serviceId: RACE_SERVICE,
          startsAt: times[i % times.length]!.toISOString(),
          name: `Borger ${run}-${i}`,
          phone: '20 30 40 50',
        },
        headers: citizenAddress(run * 1000 + i),
      }),
    ),
  );
  const wallMs = performance.now() - started;

  const count = (pick: (a: (typeof answers)[number]) => boolean) => answers.filter(pick).length;
  const lost = answers.filter((a) => a.status === 409);
  const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});
  const [doubles, over, added] = await Promise.all([
    pool.query<{ n: number }>(
      `select count(*)::int as n from (
         select 1 from appointments where location_id = $1 and service_id = $2 and status in ('booked', 'checked_in')
         group by starts_at, seat having count(*) > 1) d`,
      [fixture.deskLocation, RACE_SERVICE],
    ),
    pool.query<{ n: number }>(
      `select count(*)::int as n from (
         select 1 from appointments where location_id = $1 and service_id = $2 and status in ('booked', 'checked_in')
         group by starts_at having count(*) > $3) o`,
      [fixture.deskLocation, RACE_SERVICE, DESK_RULE.capacity],
    ),
    pool.query<{ starts_at: Date; n: number }>(
      `select starts_at, count(*)::int as n from appointments
       where location_id = $1 and service_id = $2 and name like $3 group by starts_at`,
      [fixture.deskLocation, RACE_SERVICE, `Borger ${run}-%`],
    ),
  ]);
  return {
    requests: answers.length,
    created: count((a) => a.status === 201),
    conflicts: lost.length,
    other: tally(answers.filter((a) => a.status !== 201 && a.status !== 409).map((a) => `${a.status} ${a.body.code ?? ''}`.trim())),
    conflictCodes: tally(lost.map((a) => a.body.code ?? '?')),
    nextFreeNull: lost.filter((a) => a.body.nextFree === null).length,
    nextFreeAmongLast: lost.filter((a) => a.body.nextFree && freeIsos.has(a.body.nextFree)).length,
    nextFreeElsewhere: lost.filter((a) => a.body.nextFree && !freeIsos.has(a.body.nextFree)).length,
    rowsAdded: added.rows.reduce((sum, r) => sum + r.n, 0),
    doubleSeats: doubles.rows[0]!.n,
    overCapacity: over.rows[0]!.n,
    timesWithOneWinner: added.rows.filter((r) => r.n === 1 && freeIsos.has(r.starts_at.toISOString())).length,
    all: summarise(answers.map((a) => a.ms)),
    won: summarise(answers.filter((a) => a.status === 201).map((a) => a.ms)),
    lost: summarise(lost.map((a) => a.ms)),
    wallMs,
  };
}

/**
 * What one refused booking costs on its own: after the race nothing is left, so each answer's nextFree scans the
 * whole horizon (a week at a time). One after another, so nothing queues.
 */
export async function isolatedRefusals(
  fixture: AppointmentsFixture,
  client: PublicClient,
  at: Date,
  count: number,
): Promise<LatencySummary> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await client.request<Problem>('POST', '/api/public/appointments', {
      body: {
        locationId: fixture.deskLocation,
        serviceId: RACE_SERVICE,
        startsAt: at.toISOString(),
        name: `Alene ${i}`,
        phone: '20 30 40 50',
      },
      headers: citizenAddress(900_000 + i),
    });
    if (answer.status !== 409) throw new Error(`a booking of a full time answered ${answer.status}`);
    ms.push(answer.ms);
  }
  return summarise(ms);
}
