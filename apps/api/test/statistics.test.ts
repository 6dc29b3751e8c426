import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { ANNA, C1, C2, DOKK1, insertFixture, L1, LARS, LYSTRUP, MITID, PAS } from './statistics-helpers.ts';

let ctx: TestContext;
let asLars: ReturnType<typeof injectAs>;
let asAdmin: ReturnType<typeof injectAs>;
let asAnna: ReturnType<typeof injectAs>;
let asMette: ReturnType<typeof injectAs>;
const period = 'from=2025-03-01&to=2025-03-31';

beforeAll(async () => {
  ctx = await build();
  await insertFixture(ctx.owner);
  asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  asMette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const get = async (url: string, as = asLars) => {
  const response = await as({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
};
const rowsByKey = (body: { rows: Array<{ key: string }> }) => Object.fromEntries(body.rows.map((r) => [r.key, r]));

describe('getTicketStatistics (figures worked out by hand in statistics-helpers.ts)', () => {
  it('totals: settled tickets only; mean, median and p90 of waiting; mean handling; service level within 15 min', async () => {
    const body = await get(`/api/statistics/tickets?${period}&groupBy=location`);
    expect(body.total).toEqual({
      tickets: 6,
      served: 4,
      noShows: 1,
      cancelled: 1,
      waitMeanMinutes: 10.2,
      waitMedianMinutes: 10,
      waitP90Minutes: 20,
      handlingMeanMinutes: 7.3,
      serviceLevelShare: 0.6,
    });
  });

  it('per location', async () => {
    const rows = rowsByKey(await get(`/api/statistics/tickets?${period}&groupBy=location`));
    expect(rows[DOKK1]).toEqual({
      key: DOKK1,
      label: 'Borgerservice Dokk1',
      tickets: 5,
      served: 3,
      noShows: 1,
      cancelled: 1,
      waitMeanMinutes: 12.6,
      waitMedianMinutes: 13,
      waitP90Minutes: 20,
      handlingMeanMinutes: 8,
      serviceLevelShare: 0.5,
    });
    expect(rows[LYSTRUP]).toMatchObject({
      tickets: 1,
      served: 1,
      waitMeanMinutes: 0.5,
      waitMedianMinutes: 0,
      waitP90Minutes: 0,
      handlingMeanMinutes: 5,
      serviceLevelShare: 1,
    });
  });

  it('per service', async () => {
    const rows = rowsByKey(await get(`/api/statistics/tickets?${period}&groupBy=service`));
    expect(rows[PAS]).toMatchObject({
      label: 'Pas',
      tickets: 4,
      served: 4,
      waitMeanMinutes: 7.8,
      waitMedianMinutes: 7,
      waitP90Minutes: 16,
      handlingMeanMinutes: 7.3,
      serviceLevelShare: 0.75,
    });
    expect(rows[MITID]).toMatchObject({
      label: 'MitID',
      tickets: 2,
      served: 0,
      noShows: 1,
      cancelled: 1,
      waitMedianMinutes: 20,
      handlingMeanMinutes: null,
      serviceLevelShare: 0,
    });
  });

  it('per hour of arrival, weekday and day', async () => {
    const byHour = await get(`/api/statistics/tickets?${period}&groupBy=hour`);
    expect(byHour.rows.map((r: { key: string }) => r.key)).toEqual(['9', '10']);
    const hours = rowsByKey(byHour);
    expect(hours['9']).toMatchObject({ label: '09-10', tickets: 4, served: 3, noShows: 1, waitMedianMinutes: 7, waitP90Minutes: 20 });
    expect(hours['10']).toMatchObject({ label: '10-11', tickets: 2, served: 1, cancelled: 1, waitMedianMinutes: 16 });
    const weekdays = rowsByKey(await get(`/api/statistics/tickets?${period}&groupBy=weekday`));
    expect(weekdays['1']).toMatchObject({ label: 'mandag', tickets: 4, served: 2 });
    expect(weekdays['2']).toMatchObject({ label: 'tirsdag', tickets: 2, served: 2 });
    const days = await get(`/api/statistics/tickets?${period}&groupBy=day`);
    expect(days.rows.map((r: { key: string; label: string; tickets: number }) => [r.key, r.label, r.tickets])).toEqual([
      ['2025-03-03', '03-03-2025', 4],
      ['2025-03-04', '04-03-2025', 2],
    ]);
  });

  it('per staff member and counter: means only (no histogram per person)', async () => {
    const staff = rowsByKey(await get(`/api/statistics/tickets?${period}&groupBy=staff`));
    expect(staff[ANNA]).toMatchObject({
      label: 'Anna Sørensen',
      tickets: 3,
      served: 3,
      waitMeanMinutes: 5,
      handlingMeanMinutes: 6.3,
      waitMedianMinutes: null,
      serviceLevelShare: null,
    });
    expect(staff[LARS]).toMatchObject({ tickets: 2, served: 1, noShows: 1, waitMeanMinutes: 18, handlingMeanMinutes: 10 });
    const counters = rowsByKey(await get(`/api/statistics/tickets?${period}&groupBy=counter`));
    expect(counters[C1]).toMatchObject({ label: 'Skranke 1 (Borgerservice Dokk1)', tickets: 2, served: 2 });
    expect(counters[C2]).toMatchObject({ tickets: 2, served: 1, noShows: 1 });
    expect(counters[L1]).toMatchObject({ tickets: 1 });
    expectProblem(await asLars({ method: 'GET', url: `/api/statistics/tickets?${period}&groupBy=staff&serviceId=${PAS}` }), 400);
  });

  it('filters by period, location and service', async () => {
    expect((await get(`/api/statistics/tickets?from=2025-03-04&to=2025-03-04&groupBy=service`)).total).toMatchObject({
      tickets: 2,
      served: 2,
    });
    expect((await get(`/api/statistics/tickets?${period}&groupBy=hour&locationId=${DOKK1}&serviceId=${PAS}`)).total).toMatchObject({
      tickets: 3,
      served: 3,
      waitMedianMinutes: 10,
    });
    expect(await get(`/api/statistics/tickets?from=2025-04-01&to=2025-04-30&groupBy=hour`)).toMatchObject({
      rows: [],
      total: { tickets: 0, waitMedianMinutes: null },
    });
  });

  it('service level follows a service’s own target, retroactively (audited configuration)', async () => {
    const put = await asAdmin({ method: 'PUT', url: `/api/statistics/service-level-targets/${MITID}`, payload: { targetMinutes: 25 } });
    expect(put.statusCode).toBe(200);
    expect(put.json().services.find((s: { serviceId: string }) => s.serviceId === MITID)).toMatchObject({
      targetMinutes: 25,
      isDefault: false,
    });
    expect((await get(`/api/statistics/tickets?${period}&groupBy=service`)).total.serviceLevelShare).toBe(0.8);
    const { rows } = await ctx.owner.execute(sql`select details from audit_events where action = 'config.service-level-target.update'`);
    expect(rows[0]).toMatchObject({ details: { before: { targetMinutes: 15, isDefault: true }, after: { targetMinutes: 25 } } });
    expectProblem(
      await asLars({ method: 'PUT', url: `/api/statistics/service-level-targets/${MITID}`, payload: { targetMinutes: 0 } }),
      400,
    );
  });

  it('answers problem+json for a bad period or a location of another municipality', async () => {
    expect(
      expectProblem(await asLars({ method: 'GET', url: `/api/statistics/tickets?from=2025-03-05&to=2025-03-01&groupBy=day` }), 400).code,
    ).toBe('period-reversed');
    expect(
      expectProblem(await asLars({ method: 'GET', url: `/api/statistics/tickets?from=2020-01-01&to=2025-03-01&groupBy=day` }), 400).code,
    ).toBe('period-too-long');
    expectProblem(await asLars({ method: 'GET', url: `/api/statistics/tickets?${period}&groupBy=month` }), 400);
    const vejle = '00000000-0000-4000-8001-000000000101';
    expectProblem(await asLars({ method: 'GET', url: `/api/statistics/tickets?${period}&groupBy=day&locationId=${vejle}` }), 404);
  });
});

describe('roles', () => {
  const urls = [
    `/api/statistics/tickets?${period}&groupBy=staff`,
    `/api/statistics/tickets.csv?${period}&groupBy=staff`,
    `/api/statistics/staffing?${period}`,
    `/api/statistics/staffing.csv?${period}`,
    '/api/statistics/today',
    '/api/statistics/today.csv',
    `/api/statistics/cases?${period}`,
    `/api/statistics/cases.csv?${period}`,
    '/api/statistics/service-level-targets',
  ];

  it('counter staff get 403 on every statistics route; leads and admins get their own municipality only', async () => {
    for (const url of urls) {
      expectProblem(await asAnna({ method: 'GET', url }), 403);
      expectProblem(await asMette({ method: 'GET', url }), 403);
      const ok = await asAdmin({ method: 'GET', url });
      expect(ok.statusCode, `${url}: ${ok.body.slice(0, 300)}`).toBe(200);
    }
    expectProblem(
      await asAnna({ method: 'PUT', url: `/api/statistics/service-level-targets/${PAS}`, payload: { targetMinutes: 10 } }),
      403,
    );
    expectProblem(await ctx.app.inject({ method: 'GET', url: urls[0]! }), 401);
  });
});

describe('OpenAPI', () => {
  it('lists every statistics operation, each with problem+json errors', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.values(
      doc.paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>,
    )
      .flatMap((item) => Object.values(item))
      .filter((op) => /Statistic|Staffing|ServiceLevel/.test(op.operationId));
    expect(operations.map((op) => op.operationId).sort()).toEqual([
      'exportAppointmentStatisticsCsv',
      'exportCaseStatisticsCsv',
      'exportContactStatisticsCsv',
      'exportStaffingByHourCsv',
      'exportTicketStatisticsCsv',
      'exportTodayStatisticsCsv',
      'getAppointmentStatistics',
      'getCaseStatistics',
      'getContactStatistics',
      'getServiceLevelTargets',
      'getStaffingByHour',
      'getTicketStatistics',
      'getTodayStatistics',
      'setServiceLevelTarget',
    ]);
    for (const op of operations) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '4XX', '5XX']));
  });
});

describe('getStaffingByHour', () => {
  it('averages arrivals and staffed counter-minutes per open day', async () => {
    const { schema } = await import('@skranke/db');
    const { local, AARHUS } = await import('./statistics-helpers.ts');
    await ctx.owner.insert(schema.counterSessions).values([
      {
        municipalityId: AARHUS,
        locationId: DOKK1,
        counterId: C1,
        userId: ANNA,
        serviceIds: [PAS],
        state: 'closed',
        startedAt: local('2025-03-03', '09:00:00'),
        endedAt: local('2025-03-03', '11:00:00'),
      },
      {
        municipalityId: AARHUS,
        locationId: DOKK1,
        counterId: C2,
        userId: LARS,
        serviceIds: [PAS, MITID],
        state: 'closed',
        startedAt: local('2025-03-03', '09:30:00'),
        endedAt: local('2025-03-03', '10:30:00'),
      },
    ]);
    const body = await get(`/api/statistics/staffing?${period}`);
    expect(body.openDays).toBe(2);
    expect(body.rows).toEqual([
      { hour: 9, label: '09-10', arrivalsPerDay: 2, staffedCounters: 0.8, waitMedianMinutes: 7 },
      { hour: 10, label: '10-11', arrivalsPerDay: 1, staffedCounters: 0.8, waitMedianMinutes: 16 },
    ]);
    const mitidOnly = await get(`/api/statistics/staffing?${period}&serviceId=${MITID}`);
    expect(mitidOnly.rows).toEqual([
      { hour: 9, label: '09-10', arrivalsPerDay: 1, staffedCounters: 0.5, waitMedianMinutes: 20 },
      { hour: 10, label: '10-11', arrivalsPerDay: 1, staffedCounters: 0.5, waitMedianMinutes: null },
    ]);
  });
});
