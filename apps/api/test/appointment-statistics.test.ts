import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { copenhagenInstant } from '@skranke/domain';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, SERVICES, type As } from './queue-helpers.ts';

/**
 * Appointment statistics through app.inject() on real PostgreSQL, on a clock the test moves. Monday 1 March 2027 at
 * Dokk1 (open 10–17; seeded rules: passport 15-minute times for 3, driving licence 15 minutes for 1, MitID 20 minutes
 * for 2, grace 10 minutes; Lystrup books passports, 10–14 on Mondays, for 1). Booked, checked in at the kiosk, called
 * at the counter and finished, one at a time, at known minutes:
 *
 *   passport 10:00 called 10:02 (+2), 10:15 called 10:15 (0), 10:30 called 10:35 (+5), 11:15 called 11:16 (+1),
 *   10:45 never came (no-show), 11:00 cancelled; driving licence 10:00 called 10:03 (+3);
 *   walk-ins: two passport tickets and one health-card ticket.
 */

const at = (date: string, hhmm: string) => copenhagenInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
const MON = '2027-03-01';
let now = at('2027-02-26', '12:00');

let ctx: TestContext;
let lars: As;
let anna: As;
let kiosk: As;
let counter: As;
const COUNTER = DEMO_QUEUE.dokk1Counters[0]!;
const anonymous = (options: InjectOptions) => ctx.app.inject(options);

async function book(serviceId: string, startsAt: Date, locationId: string = DOKK1) {
  const response = await anonymous({
    method: 'POST',
    url: '/api/public/appointments',
    payload: { locationId, serviceId, startsAt: startsAt.toISOString(), name: 'Karen Holm', phone: '20 30 40 50' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { code: string }).code;
}

/** Checks in at `arrive`, is called at `call` (the only ticket waiting) and is served. */
async function visit(code: string, arrive: string, call: string) {
  now = at(MON, arrive);
  const checkIn = await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code } });
  expect(checkIn.statusCode, checkIn.body).toBe(200);
  now = at(MON, call);
  const called = await callNext(counter, COUNTER);
  expect(called.id).toBe(checkIn.json().issued.ticket.id);
  const finished = await counter({
    method: 'POST',
    url: `/api/tickets/${called.id}/finish`,
    payload: { expectedVersion: called.version, outcome: 'completed', deliveredServiceIds: [called.serviceId] },
  });
  expect(finished.statusCode, finished.body).toBe(200);
}

const statistics = async (query: string, as: As = lars) => {
  const response = await as({ method: 'GET', url: `/api/statistics/appointments?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const row = (body: { services: { serviceId: string }[] }, serviceId: string) => body.services.find((s) => s.serviceId === serviceId);

beforeAll(async () => {
  ctx = await build({ queueClock: () => now, bookingRateLimitPerMinute: 10_000 });
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  const created = await admin({ method: 'POST', url: '/api/admin/devices', payload: { name: 'Kiosk', kind: 'kiosk', locationId: DOKK1 } });
  const token = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: created.json().deviceKey } });
  kiosk = injectAs(ctx.app, token.json());

  // Friday before: the bookings (and one in Vejle, which Aarhus must never see).
  const codes = {
    p1000: await book(SERVICES.pas, at(MON, '10:00')),
    p1015: await book(SERVICES.pas, at(MON, '10:15')),
    p1030: await book(SERVICES.pas, at(MON, '10:30')),
    p1045: await book(SERVICES.pas, at(MON, '10:45')),
    p1100: await book(SERVICES.pas, at(MON, '11:00')),
    p1115: await book(SERVICES.pas, at(MON, '11:15')),
    k1000: await book(SERVICES.koerekort, at(MON, '10:00')),
  };
  await book(DEMO_QUEUE.vejleServices.pas, at(MON, '10:00'), DEMO.vejle.raadhus);
  const cancelled = await anonymous({ method: 'POST', url: '/api/public/appointments/cancel', payload: { code: codes.p1100 } });
  expect(cancelled.statusCode, cancelled.body).toBeLessThan(300);

  now = at(MON, '09:50');
  counter = await atCounter(ctx.app, 'anna', COUNTER, [SERVICES.pas, SERVICES.koerekort, SERVICES.sundhedskort]);
  await visit(codes.p1000, '09:55', '10:02');
  await visit(codes.k1000, '09:58', '10:03');
  await visit(codes.p1015, '10:10', '10:15');
  await visit(codes.p1030, '10:31', '10:35');
  await visit(codes.p1115, '11:05', '11:16');
  now = at(MON, '11:30');
  for (const serviceId of [SERVICES.pas, SERVICES.pas, SERVICES.sundhedskort]) {
    const walkIn = await anna({ method: 'POST', url: `/api/locations/${DOKK1}/tickets`, payload: { serviceId } });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
  }
  now = at(MON, '12:00');
}, 60_000);
afterAll(() => ctx.close());

describe('getAppointmentStatistics', () => {
  it('gives booked vs walk-in visits, punctuality, no-shows and utilisation per service at a location', async () => {
    const body = await statistics(`from=${MON}&to=${MON}&locationId=${DOKK1}`);
    expect(body).toMatchObject({ from: MON, to: MON, asOf: at(MON, '12:00').toISOString() });
    expect(row(body, SERVICES.pas)).toEqual({
      serviceId: SERVICES.pas,
      label: 'Pas',
      bookedVisits: 4,
      walkInVisits: 2,
      bookedShare: 4 / 6,
      punctualityCount: 4,
      punctualityMedianMinutes: 1.5, // 0, 1, 2, 5
      punctualityP90Minutes: 5,
      bookings: 5,
      cancelled: 1,
      passed: 5,
      noShows: 1,
      noShowRate: 0.2,
      seatsOffered: 84, // 28 times of 15 minutes, 10–17, for 3
      seatsBooked: 5,
      utilisation: 5 / 84,
    });
    expect(row(body, SERVICES.koerekort)).toMatchObject({
      bookedVisits: 1,
      walkInVisits: 0,
      punctualityCount: 1,
      punctualityMedianMinutes: 3,
      punctualityP90Minutes: 3,
      noShowRate: 0,
      seatsOffered: 28,
      utilisation: 1 / 28,
    });
    expect(row(body, SERVICES.sundhedskort)).toMatchObject({
      bookedVisits: 0,
      walkInVisits: 1,
      bookedShare: 0,
      noShowRate: null,
      utilisation: null,
    });
    expect(row(body, SERVICES.mitid)).toMatchObject({ bookings: 0, seatsOffered: 42, utilisation: 0, punctualityMedianMinutes: null });
    expect(body.noShowsByWeekday).toEqual([{ weekday: 1, label: 'mandag', passed: 6, noShows: 1, noShowRate: 1 / 6 }]);
  });

  it('counts a booking whose time is within the grace neither as passed nor as a no-show', async () => {
    now = at(MON, '10:50'); // 10:45 + 10 minutes' grace not yet over; 11:15 still to come
    const body = await statistics(`from=${MON}&to=${MON}&locationId=${DOKK1}`);
    expect(row(body, SERVICES.pas)).toMatchObject({ passed: 3, noShows: 0, noShowRate: 0 });
    now = at(MON, '12:00');
  });

  it('adds every location of the municipality without a filter (Lystrup offers 16 passport seats on Mondays)', async () => {
    const body = await statistics(`from=${MON}&to=${MON}`);
    expect(row(body, SERVICES.pas)).toMatchObject({ bookings: 5, seatsOffered: 84 + 16 });
    expect(body.leadTimes.map((l: { locationId: string }) => l.locationId)).not.toContain(DEMO.vejle.raadhus);
    expect(row(body, DEMO_QUEUE.vejleServices.pas)).toBeUndefined();
  });

  it('gives the lead time to the next free time per service and location, in days and working days', async () => {
    const monday = await statistics(`from=${MON}&to=${MON}&locationId=${DOKK1}`);
    // 12:00 with a 60-minute cut-off: 13:00 today.
    expect(monday.leadTimes.find((l: { serviceId: string }) => l.serviceId === SERVICES.pas)).toEqual({
      locationId: DOKK1,
      locationName: expect.any(String),
      serviceId: SERVICES.pas,
      label: 'Pas',
      nextFree: at(MON, '13:00').toISOString(),
      days: 0,
      workingDays: 0,
    });
    now = at('2027-03-05', '15:00'); // Friday after closing (Dokk1 closes at 14 on Fridays): Monday is three days, one working day away
    const friday = await statistics(`from=${MON}&to=${MON}&locationId=${DOKK1}`);
    expect(friday.leadTimes.find((l: { serviceId: string }) => l.serviceId === SERVICES.koerekort)).toMatchObject({
      nextFree: at('2027-03-08', '10:00').toISOString(),
      days: 3,
      workingDays: 1,
    });
    now = at(MON, '12:00');
  });

  it('answers 400 for a reversed, too long or malformed period', async () => {
    const reversed = await lars({ method: 'GET', url: `/api/statistics/appointments?from=2027-03-02&to=2027-03-01` });
    expect(expectProblem(reversed, 400).code).toBe('period-reversed');
    const long = await lars({ method: 'GET', url: `/api/statistics/appointments?from=2027-01-01&to=2028-01-02` });
    expect(expectProblem(long, 400).code).toBe('period-too-long');
    expect((await lars({ method: 'GET', url: `/api/statistics/appointments?from=2027-01-01&to=2028-01-01` })).statusCode).toBe(200);
    expectProblem(await lars({ method: 'GET', url: `/api/statistics/appointments?from=1.3.2027&to=2027-03-01` }), 400);
  });

  it("is the caller's municipality's: another municipality's location is 404, counter staff get 403", async () => {
    expectProblem(
      await lars({ method: 'GET', url: `/api/statistics/appointments?from=${MON}&to=${MON}&locationId=${DEMO.vejle.raadhus}` }),
      404,
    );
    expectProblem(
      await lars({ method: 'GET', url: `/api/statistics/appointments.csv?from=${MON}&to=${MON}&locationId=${DEMO.vejle.raadhus}` }),
      404,
    );
    expectProblem(await anna({ method: 'GET', url: `/api/statistics/appointments?from=${MON}&to=${MON}` }), 403);
  });
});

describe('exportAppointmentStatisticsCsv', () => {
  it('writes the same figures as Danes write them, with a BOM, semicolons and CRLF', async () => {
    const response = await lars({ method: 'GET', url: `/api/statistics/appointments.csv?from=${MON}&to=${MON}&locationId=${DOKK1}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="tidsbestilling-${MON}-${MON}.csv"`);
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFÆrinde;Bookede besøg;Uden tid;')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toContain('Pas;4;2;66,7;4;1,5;5;5;1;5;1;20;84;5;6');
    expect(lines).toContain('Kørekort;1;0;100;1;3;3;1;0;1;0;0;28;1;3,6');
    expect(lines).toContain('Ugedag;Passerede tider;Udeblevet;Udeblevet (%)');
    expect(lines).toContain('mandag;6;1;16,7');
    expect(lines).toContain('Lokation;Ærinde;Første ledige tid;Dage til;Arbejdsdage til');
    expect(lines.some((l) => /;Pas;01-03-2027 13:00;0;0$/.test(l))).toBe(true);
  });
});
