/**
 * The rollups stay correct when tickets change late (a correction to a settled ticket weeks later), agree with a
 * rebuild from the tickets, and follow the real queue transitions; "today so far" and case statistics.
 */
import { schema } from '@skranke/db';
import { DEMO_PERSONS } from '@skranke/db/seed';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatisticsRepository } from '../src/modules/statistics/statistics.repository.ts';
import { createStatisticsService } from '../src/modules/statistics/statistics.service.ts';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, issue } from './queue-helpers.ts';
import { AARHUS, ANNA, C1, DOKK1, FIXTURE, insertFixture, LARS, local, MITID, PAS, rollupSnapshot } from './statistics-helpers.ts';

let ctx: TestContext;
let ids: Map<number, string>;
let asLars: ReturnType<typeof injectAs>;
const period = 'from=2025-03-01&to=2025-03-31';

beforeAll(async () => {
  ctx = await build();
  ids = await insertFixture(ctx.owner);
  asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
});
afterAll(() => ctx.close());

const total = async (query = `${period}&groupBy=day`) =>
  (await asLars({ method: 'GET', url: `/api/statistics/tickets?${query}` })).json().total;
const rebuildAndCompare = async () => {
  const kept = await rollupSnapshot(ctx.owner);
  expect(kept.days.length).toBeGreaterThan(0);
  await ctx.owner.execute(sql`select ticket_rollups_rebuild('2000-01-01', '2100-01-01')`);
  expect(await rollupSnapshot(ctx.owner)).toEqual(kept);
};

describe('late changes', () => {
  it('a correction weeks later moves the ticket between rollup rows, in the same transaction', async () => {
    expect(await total()).toMatchObject({ tickets: 6, served: 4, cancelled: 1, waitMedianMinutes: 10, waitP90Minutes: 20 });
    // Ticket 5 (served, waited 16 min) was in fact cancelled before anyone called it.
    await ctx.owner
      .update(schema.tickets)
      .set({ state: 'cancelled', calledAt: null, servingStartedAt: null })
      .where(eq(schema.tickets.id, ids.get(5)!));
    // Waits now 0, 4, 10, 20: median 7, p90 20; mean (0.5 + 4 + 10.5 + 20) / 4 = 8.75.
    expect(await total()).toMatchObject({
      tickets: 6,
      served: 3,
      cancelled: 2,
      waitMeanMinutes: 8.8,
      waitMedianMinutes: 7,
      waitP90Minutes: 20,
      handlingMeanMinutes: 6.3,
    });
    // The still waiting ticket 7 is settled late as a no-show after a call 50 minutes on: it now counts.
    await ctx.owner
      .update(schema.tickets)
      .set({
        state: 'no_show',
        calledAt: local('2025-03-03', '11:50:00'),
        finishedAt: local('2025-03-03', '11:52:00'),
        counterId: C1,
        staffUserId: ANNA,
      })
      .where(eq(schema.tickets.id, ids.get(7)!));
    expect(await total()).toMatchObject({ tickets: 7, noShows: 2, waitMedianMinutes: 10, waitP90Minutes: 50 });
    // A ticket moved to another day (a wrong service day) leaves the old day's row.
    await ctx.owner
      .update(schema.tickets)
      .set({ serviceDay: '2025-04-01' })
      .where(eq(schema.tickets.id, ids.get(6)!));
    expect((await total('from=2025-03-04&to=2025-03-04&groupBy=day')).tickets).toBe(1);
    expect((await total('from=2025-04-01&to=2025-04-01&groupBy=day')).tickets).toBe(1);
    await rebuildAndCompare();
  });

  it('a rolled-back change leaves the rollup untouched, and a deleted ticket takes its contribution with it', async () => {
    const before = await rollupSnapshot(ctx.owner);
    await expect(
      ctx.owner.transaction(async (tx) => {
        await tx
          .update(schema.tickets)
          .set({ state: 'done' })
          .where(eq(schema.tickets.id, ids.get(4)!));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await rollupSnapshot(ctx.owner)).toEqual(before);
    await ctx.owner.delete(schema.tickets).where(eq(schema.tickets.id, ids.get(3)!));
    expect((await total()).noShows).toBe(1);
    await rebuildAndCompare();
  });
});

describe('staffed counter-minutes (counter_session_hours)', () => {
  /** The same split straight from the sessions: what the trigger must keep. */
  const recomputed = async () =>
    (
      await ctx.owner.execute(sql`
        select c.id::text as session, (c.started_at at time zone 'Europe/Copenhagen')::date::text as day,
               extract(hour from h at time zone 'Europe/Copenhagen')::int as hour,
               round(sum(extract(epoch from least(c.ended_at, h + interval '1 hour') - greatest(c.started_at, h)) / 60)::numeric, 3)::float8 as minutes
        from counter_sessions c cross join lateral generate_series(date_trunc('hour', c.started_at), c.ended_at, interval '1 hour') h
        where c.ended_at is not null and h < c.ended_at group by 1, 2, 3 order by 1, 3`)
    ).rows;
  const kept = async () =>
    (
      await ctx.owner.execute(sql`
        select session_id::text as session, start_day::text as day, hour::int as hour, round(minutes::numeric, 3)::float8 as minutes
        from counter_session_hours order by 1, 3`)
    ).rows;
  const staffed = async (query: string) =>
    Object.fromEntries(
      (
        (await asLars({ method: 'GET', url: `/api/statistics/staffing?${query}` })).json().rows as Array<{
          hour: number;
          staffedCounters: number;
        }>
      ).map((r) => [r.hour, r.staffedCounters]),
    );

  it('follows a session that opens, closes, is corrected late and is deleted; open sessions count live', async () => {
    const repo = createStatisticsRepository(ctx.owner);
    const [open] = await ctx.owner
      .insert(schema.counterSessions)
      .values({
        municipalityId: AARHUS,
        locationId: DOKK1,
        counterId: C1,
        userId: ANNA,
        serviceIds: [PAS],
        state: 'open',
        startedAt: new Date(Date.now() - 90 * 60_000),
      })
      .returning({ id: schema.counterSessions.id });
    expect(await kept()).toEqual([]);
    // Still open: split live up to now, about 90 minutes.
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() - 90 * 60_000));
    const live = [...(await repo.staffedMinutesByHour({ municipalityId: AARHUS, from: day, to: day })).values()].reduce((a, b) => a + b, 0);
    expect(live).toBeGreaterThan(89.9);
    expect(live).toBeLessThan(91);
    await ctx.owner.delete(schema.counterSessions).where(eq(schema.counterSessions.id, open!.id));

    const [closed] = await ctx.owner
      .insert(schema.counterSessions)
      .values({
        municipalityId: AARHUS,
        locationId: DOKK1,
        counterId: C1,
        userId: ANNA,
        serviceIds: [PAS],
        state: 'open',
        startedAt: local('2025-03-03', '09:15:00'),
      })
      .returning({ id: schema.counterSessions.id });
    const sid = closed!.id;
    await ctx.owner
      .update(schema.counterSessions)
      .set({ state: 'closed', endedAt: local('2025-03-03', '11:00:00') })
      .where(eq(schema.counterSessions.id, sid));
    expect(await kept()).toEqual([
      { session: sid, day: '2025-03-03', hour: 9, minutes: 45 },
      { session: sid, day: '2025-03-03', hour: 10, minutes: 60 },
    ]);
    expect(await kept()).toEqual(await recomputed());
    expect(await staffed('from=2025-03-03&to=2025-03-03')).toMatchObject({ 9: 0.8, 10: 1 });
    // Corrected weeks later: it ended at 12:30 …
    await ctx.owner
      .update(schema.counterSessions)
      .set({ endedAt: local('2025-03-03', '12:30:00') })
      .where(eq(schema.counterSessions.id, sid));
    expect(await staffed('from=2025-03-03&to=2025-03-03')).toMatchObject({ 9: 0.8, 10: 1, 11: 1, 12: 0.5 });
    // … and began two days earlier (left open over a weekend): it now belongs to 1 March, and hours of the day
    // visited on several days add up (11–12 three times, 12–13 twice and a half).
    await ctx.owner
      .update(schema.counterSessions)
      .set({ startedAt: local('2025-03-01', '11:00:00') })
      .where(eq(schema.counterSessions.id, sid));
    const rows = await kept();
    expect(rows).toEqual(await recomputed());
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.day === '2025-03-01')).toBe(true);
    expect(rows.find((r) => r.hour === 11)?.minutes).toBe(180);
    expect(rows.find((r) => r.hour === 12)?.minutes).toBe(150);
    expect(Object.values(await staffed('from=2025-03-03&to=2025-03-03')).every((v) => v === 0)).toBe(true);
    // Its services change: the rows follow (what a service filter reads).
    await ctx.owner
      .update(schema.counterSessions)
      .set({ serviceIds: [MITID] })
      .where(eq(schema.counterSessions.id, sid));
    const services = await ctx.owner.execute(sql`select distinct service_ids::text[] as s from counter_session_hours`);
    expect(services.rows).toEqual([{ s: [MITID] }]);
    expect((await repo.staffedMinutesByHour({ municipalityId: AARHUS, from: '2025-03-01', to: '2025-03-03', serviceId: PAS })).size).toBe(
      0,
    );
    expect(
      (await repo.staffedMinutesByHour({ municipalityId: AARHUS, from: '2025-03-01', to: '2025-03-03', serviceId: MITID })).get(11),
    ).toBe(180);
    await ctx.owner.delete(schema.counterSessions).where(eq(schema.counterSessions.id, sid));
    expect(await kept()).toEqual([]);
  });
});

describe('through the queue API', () => {
  it('a ticket issued, called and finished today appears in today’s figures and in the rollup', async () => {
    const anna = await atCounter(ctx.app, 'anna', C1, [PAS]);
    await issue(asLars, PAS);
    const ticket = await callNext(anna, C1);
    const started = (
      await anna({ method: 'POST', url: `/api/tickets/${ticket.id}/start`, payload: { expectedVersion: ticket.version } })
    ).json();
    const done = await anna({
      method: 'POST',
      url: `/api/tickets/${ticket.id}/finish`,
      payload: { expectedVersion: started.version, outcome: 'completed', deliveredServiceIds: [PAS] },
    });
    expect(done.statusCode).toBe(200);
    const [row] = await ctx.owner.select({ day: schema.tickets.serviceDay }).from(schema.tickets).where(eq(schema.tickets.id, ticket.id));
    const day = row!.day;
    expect(await total(`from=${day}&to=${day}&groupBy=staff`)).toMatchObject({ tickets: 1, served: 1 });
    const today = (await asLars({ method: 'GET', url: `/api/statistics/today?locationId=${DOKK1}` })).json();
    expect(today.day).toBe(day);
    expect(today.figures.find((f: { figure: string }) => f.figure === 'served')).toMatchObject({ today: 1 });
    await rebuildAndCompare();
    await anna({ method: 'DELETE', url: `/api/counters/${C1}/session` });
  });
});

describe('today so far against the same weekday', () => {
  it('counts the earlier same weekdays up to the same time of day, skipping days without tickets', async () => {
    // Monday 10 March 2025 at 09:25 (local); the Mondays before: 3 March (fixture) and 24 February (closed).
    await insertFixture(ctx.owner, [
      { ...FIXTURE[0]!, n: 11, day: '2025-03-10', arrived: '09:00:00', waitSeconds: 120, handlingSeconds: 480 },
      { ...FIXTURE[6]!, n: 12, day: '2025-03-10', arrived: '09:15:00' },
    ]);
    const service = createStatisticsService(ctx.app.db);
    const today = await service.today(
      { id: LARS, municipalityId: AARHUS },
      { weeks: 2, locationId: DOKK1 },
      local('2025-03-10', '09:25:30'),
    );
    expect(today).toMatchObject({
      day: '2025-03-10',
      asOf: '09:25',
      weekday: 1,
      comparedDays: ['2025-03-03', '2025-02-24'],
      basedOnDays: 1,
    });
    // 3 March by 09:25: tickets 1 and 2 had arrived, 1 was served (09:20), 2 was waiting; ticket 1 waited 4 min.
    const byFigure = Object.fromEntries(today.figures.map((f) => [f.figure, f]));
    expect(byFigure.tickets).toMatchObject({ today: 2, average: 2, difference: 0 });
    // Today ticket 11 arrived 09:00, was called 09:02 and finished 09:10; ticket 12 (09:15) still waits.
    expect(byFigure.served).toMatchObject({ today: 1, average: 1, difference: 0 });
    expect(byFigure.waiting).toMatchObject({ today: 1, average: 1 });
    expect(byFigure.waitMedianMinutes).toMatchObject({ today: 2, average: 4, difference: -0.5 });
  });
});

describe('getCaseStatistics', () => {
  it('counts settled cases by kind and status, and exemptions by ground and law area', async () => {
    const person = DEMO_PERSONS.familyFather.id;
    const at = local('2025-03-05', '12:00:00');
    let serial = 0;
    const newCase = async (type: string, status: 'completed' | 'refused') => {
      const number = `2025-${String(++serial).padStart(6, '0')}`;
      const [c] = await ctx.owner
        .insert(schema.cases)
        .values({ municipalityId: AARHUS, personId: person, number, type, status, createdBy: LARS, updatedBy: LARS })
        .returning();
      await ctx.owner
        .insert(schema.caseEvents)
        .values({ municipalityId: AARHUS, caseId: c!.id, at, userId: LARS, action: 'complete', fromStatus: 'draft', toStatus: status });
      return c!.id;
    };
    await newCase('passport', 'completed');
    await newCase('passport', 'completed');
    await newCase('mitid', 'refused');
    const dp = await newCase('digital_post_exemption', 'completed');
    await ctx.owner.insert(schema.digitalPostExemptions).values({
      personId: person,
      municipalityId: AARHUS,
      caseId: dp,
      grounds: ['emigrated', 'no_broadband'],
      applicantType: 'in_person',
      registeredAt: at,
      registeredBy: LARS,
      lapsesOnReturn: true,
    });
    const ss = await newCase('self_service_exemption', 'refused');
    const [decision] = await ctx.owner
      .insert(schema.selfServiceDecisions)
      .values({
        caseId: ss,
        municipalityId: AARHUS,
        personId: person,
        scope: 'general',
        grounds: ['disability'],
        outcome: 'refuse',
        legalBasis: 'x',
        considerations: 'y',
        appealDeadline: '2025-04-02',
        decidedAt: at,
        decidedBy: LARS,
      })
      .returning();
    const [area] = await ctx.owner
      .select()
      .from(schema.lawAreas)
      .where(sql`${schema.lawAreas.municipalityId} = ${AARHUS} and ${schema.lawAreas.code} = 'boligstoette'`);
    await ctx.owner.insert(schema.selfServiceDecisionAreas).values({ decisionId: decision!.id, lawAreaId: area!.id });

    const body = (await asLars({ method: 'GET', url: `/api/statistics/cases?${period}` })).json();
    expect(body.byKind).toEqual([
      {
        caseType: 'digital_post_exemption',
        label: 'Fritagelse for Digital Post',
        status: 'completed',
        statusLabel: 'Gennemført',
        count: 1,
      },
      { caseType: 'mitid', label: 'MitID', status: 'refused', statusLabel: 'Afslået', count: 1 },
      { caseType: 'passport', label: 'Pas', status: 'completed', statusLabel: 'Gennemført', count: 2 },
      {
        caseType: 'self_service_exemption',
        label: 'Undtagelse fra digital selvbetjening',
        status: 'refused',
        statusLabel: 'Afslået',
        count: 1,
      },
    ]);
    expect(body.exemptionsByGround).toEqual([
      {
        exemption: 'digital_post',
        ground: 'emigrated',
        groundLabel: 'Registreret som udrejst i CPR',
        lawArea: null,
        lawAreaLabel: null,
        granted: 1,
        refused: 0,
      },
      {
        exemption: 'digital_post',
        ground: 'no_broadband',
        groundLabel: 'Ingen bredbåndsforbindelse på mindst 512 kbit/s',
        lawArea: null,
        lawAreaLabel: null,
        granted: 1,
        refused: 0,
      },
      {
        exemption: 'self_service',
        ground: 'disability',
        groundLabel: 'Handicap eller funktionsnedsættelse',
        lawArea: 'boligstoette',
        lawAreaLabel: 'Boligstøtte',
        granted: 0,
        refused: 1,
      },
    ]);
    expect((await asLars({ method: 'GET', url: '/api/statistics/cases?from=2025-04-01&to=2025-04-30' })).json()).toMatchObject({
      byKind: [],
      exemptionsByGround: [],
    });
  });
});
