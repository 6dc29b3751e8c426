import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { copenhagenInstant } from '@skranke/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { DOKK1, SERVICES, type As } from './queue-helpers.ts';

/**
 * Counter schedules through app.inject() on real PostgreSQL (docs/appointments.md), on Monday 1 March 2027 08:00.
 * Dokk1: six counters, open 10–17 Monday to Wednesday. Seeded rules: kørekort 15-minute times for 1 citizen, MitID
 * 20 minutes for 2 (both without akuttider), so 10:00, 11:00 and 12:00 are times of both errands.
 */

let now = copenhagenInstant('2027-03-01', 8 * 60);
const at = (date: string, hhmm: string) => copenhagenInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
const MON = '2027-03-01';
const TUE = '2027-03-02';
const WED = '2027-03-03';
const NEXT_TUE = '2027-03-09';

let ctx: TestContext;
let anna: As;
let lars: As;
let admin: As;
const anonymous = (options: InjectOptions) => ctx.app.inject(options);

beforeAll(async () => {
  ctx = await build({ queueClock: () => now, bookingRateLimitPerMinute: 10_000 });
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
});
afterAll(() => ctx.close());

type Slot = { startsAt: string; free: number };
async function slots(serviceId: string, date: string): Promise<Slot[]> {
  const response = await anonymous({
    method: 'GET',
    url: `/api/public/locations/${DOKK1}/services/${serviceId}/slots?from=${date}&days=1`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}
const times = (list: Slot[]) =>
  list.map((s) => new Date(s.startsAt).toLocaleTimeString('da-DK', { timeZone: 'Europe/Copenhagen' }).slice(0, 5).replace('.', ':'));

const book = (serviceId: string, startsAt: Date) =>
  anonymous({
    method: 'POST',
    url: '/api/public/appointments',
    payload: { locationId: DOKK1, serviceId, startsAt: startsAt.toISOString(), name: 'Karen Holm', phone: '20 30 40 50' },
  });

const weeklyUrl = `/api/admin/locations/${DOKK1}/counter-schedule`;
const dayUrl = (date: string) => `/api/locations/${DOKK1}/counter-schedule/days/${date}`;
const audits = (action: string) =>
  ctx.app.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, action)).orderBy(desc(schema.auditEvents.id));

const liveAt = async (startsAt: Date) =>
  ctx.app.db
    .select()
    .from(schema.appointments)
    .where(
      and(
        eq(schema.appointments.locationId, DOKK1),
        eq(schema.appointments.startsAt, startsAt),
        inArray(schema.appointments.status, ['booked', 'checked_in']),
      ),
    );

// Greve's week at Dokk1: Monday walk-in only; Tuesday one counter for bookings until 12, all six after.
const WEEKLY = [
  { weekday: 1, from: '10:00', to: '17:00', counters: 0 },
  { weekday: 2, from: '10:00', to: '12:00', counters: 1 },
  { weekday: 2, from: '12:00', to: '17:00', counters: 6 },
];

describe("the admin's weekly schedule", () => {
  it('without a schedule every time is offered as before', async () => {
    expect(await slots(SERVICES.koerekort, TUE)).toHaveLength(28);
    const schedule = (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/counter-schedule` })).json();
    expect(schedule).toEqual({ activeCounters: 6, weekly: [], days: [] });
  });

  it.each([
    ['before opening', [{ weekday: 2, from: '09:00', to: '11:00', counters: 1 }], '/body/weekly/0/from'],
    ['on a closed weekday', [{ weekday: 6, from: '10:00', to: '11:00', counters: 1 }], '/body/weekly/0/from'],
    [
      'overlapping bands',
      [
        { weekday: 2, from: '10:00', to: '12:00', counters: 1 },
        { weekday: 2, from: '11:30', to: '13:00', counters: 1 },
      ],
      '/body/weekly/1/from',
    ],
    ['more counters than the place has', [{ weekday: 2, from: '10:00', to: '12:00', counters: 7 }], '/body/weekly/0/counters'],
  ])('refuses bands %s (400 with the field)', async (_label, weekly, pointer) => {
    const problem = expectProblem(await admin({ method: 'PUT', url: weeklyUrl, payload: { weekly } }), 400);
    expect(problem.code).toBe('invalid-config');
    expect(problem.errors?.map((e) => e.pointer)).toEqual([pointer]);
  });

  it('is set by an admin only, and audited with before and after', async () => {
    expect((await lars({ method: 'PUT', url: weeklyUrl, payload: { weekly: WEEKLY } })).statusCode).toBe(403);
    expect((await anna({ method: 'GET', url: `/api/locations/${DOKK1}/counter-schedule` })).statusCode).toBe(403);
    const saved = await admin({ method: 'PUT', url: weeklyUrl, payload: { weekly: WEEKLY } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ activeCounters: 6, weekly: WEEKLY, days: [] });
    const [record] = await audits('appointment.counter-schedule.put');
    expect(record).toMatchObject({ subjectType: 'counter-schedule', subjectId: DOKK1 });
    expect(record!.details).toEqual({ before: [], after: WEEKLY });
  });

  it('a weekday with 0 counters offers no times; a weekday without bands is unchanged', async () => {
    now = at(MON, '08:00');
    expect(await slots(SERVICES.koerekort, MON)).toEqual([]);
    expect(await slots(SERVICES.mitid, MON)).toEqual([]);
    expect(await slots(SERVICES.koerekort, WED)).toHaveLength(28);
  });

  it('Tuesday: one counter until 12 is shared by the errands; six after', async () => {
    const mitid = await slots(SERVICES.mitid, TUE);
    expect(mitid.find((s) => s.startsAt === at(TUE, '10:00').toISOString())!.free).toBe(1);
    expect(mitid.find((s) => s.startsAt === at(TUE, '12:00').toISOString())!.free).toBe(2);
    expect((await book(SERVICES.koerekort, at(TUE, '10:00'))).statusCode).toBe(201);
    // The one counter at 10:00 is taken by the driving licence: MitID neither lists nor books 10:00.
    expect(times(await slots(SERVICES.mitid, TUE))).not.toContain('10:00');
    const refused = await book(SERVICES.mitid, at(TUE, '10:00'));
    expect(expectProblem(refused, 409).code).toBe('slot-taken');
    expect(refused.json().nextFree).toBe(at(TUE, '10:20').toISOString());
    expect(await liveAt(at(TUE, '10:00'))).toHaveLength(1);
  });

  it('two errands sharing one scheduled counter: 20 concurrent bookings of 11:00 give exactly one', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => book(i % 2 === 0 ? SERVICES.koerekort : SERVICES.mitid, at(TUE, '11:00'))),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(19);
    const live = await liveAt(at(TUE, '11:00'));
    expect(live).toHaveLength(1);
    expect(live[0]!.counterSeat).toBe(1);
  });

  it('moving a booking onto a scheduled time takes its counter too, or is refused', async () => {
    const response = await book(SERVICES.mitid, at(TUE, '12:00'));
    expect(response.statusCode, response.body).toBe(201);
    const moved = await anonymous({
      method: 'POST',
      url: '/api/public/appointments/reschedule',
      payload: { code: response.json().code, startsAt: at(TUE, '10:00').toISOString() },
    });
    expect(expectProblem(moved, 409).code).toBe('slot-taken');
    const ok = await anonymous({
      method: 'POST',
      url: '/api/public/appointments/reschedule',
      payload: { code: response.json().code, startsAt: at(TUE, '10:40').toISOString() },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await liveAt(at(TUE, '10:40')))[0]!.counterSeat).toBe(1);
    expect(times(await slots(SERVICES.mitid, TUE))).not.toContain('10:40');
  });
});

describe("the lead's date override", () => {
  it('wins over the weekday (and over no schedule), and removing it gives the weekday back; audited', async () => {
    const put = await lars({
      method: 'PUT',
      url: dayUrl(WED),
      payload: { bands: [{ from: '10:00', to: '12:00', counters: 1 }], reason: 'Kursus' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().days).toEqual([{ date: WED, bands: [{ from: '10:00', to: '12:00', counters: 1 }], reason: 'Kursus' }]);
    const wednesday = await slots(SERVICES.koerekort, WED);
    expect(times(wednesday)).toEqual(['10:00', '10:15', '10:30', '10:45', '11:00', '11:15', '11:30', '11:45']);
    // An override without bands: no bookings that day, whatever the weekday says.
    expect((await lars({ method: 'PUT', url: dayUrl(NEXT_TUE), payload: { bands: [], reason: 'Sygdom' } })).statusCode).toBe(200);
    expect(await slots(SERVICES.mitid, NEXT_TUE)).toEqual([]);
    const removed = await lars({ method: 'DELETE', url: dayUrl(NEXT_TUE) });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await slots(SERVICES.mitid, NEXT_TUE)).not.toEqual([]);
    expect((await lars({ method: 'DELETE', url: dayUrl(NEXT_TUE) })).statusCode).toBe(404);
    const [deleted] = await audits('appointment.counter-schedule.day-delete');
    expect(deleted!.details).toEqual({ date: NEXT_TUE, before: { bands: [], reason: 'Sygdom' } });
    const [changed] = await audits('appointment.counter-schedule.day-put');
    expect(changed!.details).toMatchObject({ date: NEXT_TUE, before: null, after: { bands: [], reason: 'Sygdom' } });
  });

  it('refuses a past date, bands outside the hours, and an unknown or foreign place', async () => {
    expect(expectProblem(await lars({ method: 'PUT', url: dayUrl('2027-02-26'), payload: { bands: [], reason: '' } }), 400).code).toBe(
      'invalid-config',
    );
    const late = await lars({
      method: 'PUT',
      url: dayUrl(WED),
      payload: { bands: [{ from: '16:00', to: '18:00', counters: 1 }], reason: '' },
    });
    expect(expectProblem(late, 400).errors?.[0]?.pointer).toBe('/body/bands/0/from');
    // Vejle's place is not there for an Aarhus lead or admin.
    const vejle = DEMO.vejle.raadhus;
    expect((await lars({ method: 'GET', url: `/api/locations/${vejle}/counter-schedule` })).statusCode).toBe(404);
    const foreign = await lars({
      method: 'PUT',
      url: `/api/locations/${vejle}/counter-schedule/days/${WED}`,
      payload: { bands: [], reason: '' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await admin({ method: 'PUT', url: `/api/admin/locations/${vejle}/counter-schedule`, payload: { weekly: [] } })).statusCode,
    ).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await lars({ method: 'GET', url: `/api/locations/${unknown}/counter-schedule` })).statusCode).toBe(404);
  });
});

describe('lowering the counters below what is booked', () => {
  it('keeps the bookings, shows the overbooked times in the plan, and books nothing more there', async () => {
    // Thursday has no schedule: two MitID citizens at 13:00, then the lead gives the day one counter for bookings.
    const THU = '2027-03-04';
    for (let i = 0; i < 2; i++) expect((await book(SERVICES.mitid, at(THU, '13:00'))).statusCode).toBe(201);
    const put = await lars({
      method: 'PUT',
      url: dayUrl(THU),
      payload: { bands: [{ from: '10:00', to: '18:00', counters: 1 }], reason: 'Sygdom' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await liveAt(at(THU, '13:00'))).toHaveLength(2);
    const plan = (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/appointment-plan?from=${MON}` })).json();
    const thursday = plan.days.find((d: { date: string }) => d.date === THU);
    expect(thursday.overbooked).toEqual([{ startsAt: at(THU, '13:00').toISOString(), booked: 2, counters: 1 }]);
    const monday = plan.days.find((d: { date: string }) => d.date === MON);
    expect(monday.overbooked).toEqual([]);
    // Monday offers nothing any more; Tuesday's driving licence is one place per time at most.
    expect(monday.services.every((s: { offered: number }) => s.offered === 0)).toBe(true);
    expect(times(await slots(SERVICES.mitid, THU))).not.toContain('13:00');
    expect(expectProblem(await book(SERVICES.koerekort, at(THU, '13:00')), 409).code).toBe('slot-taken');
  });
});
