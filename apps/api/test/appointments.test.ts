import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS, DEMO_QUEUE } from '@skranke/db/seed';
import { copenhagenInstant } from '@skranke/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMaintenance } from '../src/modules/maintenance/maintenance.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, SERVICES, type As } from './queue-helpers.ts';

/**
 * Tidsbestilling through app.inject() on real PostgreSQL, on a clock the test moves: Monday 1 March 2027 (Dokk1 is
 * open 10–17 Monday to Wednesday). Seeded rules (db/src/seed/demo-queue.ts): passport 15-minute times for 3 citizens
 * with 1 akuttid, driving licence 15 minutes for 1, MitID 20 minutes for 2; cut-off 60 minutes, grace 10 minutes.
 */

let now = copenhagenInstant('2027-03-01', 8 * 60);
const at = (date: string, hhmm: string) => copenhagenInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
const MON = '2027-03-01';
const TUE = '2027-03-02';
const WED = '2027-03-03';

let ctx: TestContext;
let anna: As;
let lars: As;
let admin: As;
let mette: As;
let kiosk: As;
const anonymous = (options: InjectOptions) => ctx.app.inject(options);

beforeAll(async () => {
  ctx = await build({ queueClock: () => now, bookingRateLimitPerMinute: 10_000 });
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
  const created = await admin({ method: 'POST', url: '/api/admin/devices', payload: { name: 'Kiosk', kind: 'kiosk', locationId: DOKK1 } });
  const token = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: created.json().deviceKey } });
  kiosk = injectAs(ctx.app, token.json());
});
afterAll(() => ctx.close());

const slotsUrl = (serviceId: string, query = '', location: string = DOKK1) =>
  `/api/public/locations/${location}/services/${serviceId}/slots${query}`;

async function slots(serviceId: string, query = '') {
  const response = await anonymous({ method: 'GET', url: slotsUrl(serviceId, query) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { startsAt: string; endsAt: string; free: number }[]; nextFree: string | null };
}

function bookPublic(serviceId: string, startsAt: Date, extra: Record<string, unknown> = {}) {
  return anonymous({
    method: 'POST',
    url: '/api/public/appointments',
    payload: { locationId: DOKK1, serviceId, startsAt: startsAt.toISOString(), name: 'Karen Holm', phone: '20 30 40 50', ...extra },
  });
}

async function booked(serviceId: string, startsAt: Date, extra: Record<string, unknown> = {}) {
  const response = await bookPublic(serviceId, startsAt, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { code: string; appointment: { status: string; startsAt: string; name: string } };
}

const audits = (action: string) =>
  ctx.app.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, action)).orderBy(desc(schema.auditEvents.id));

describe('the public booking page', () => {
  it('lists the locations and errands that take bookings, with what to bring, and nothing personal', async () => {
    const response = await anonymous({ method: 'GET', url: '/api/public/booking-options' });
    expect(response.statusCode).toBe(200);
    const dokk1 = response.json().locations.find((l: { id: string }) => l.id === DOKK1);
    expect(dokk1.services.map((s: { nameDa: string }) => s.nameDa)).toEqual(['Pas', 'Kørekort', 'MitID']);
    expect(dokk1.services[0].bringTextDa).toMatch(/gamle pas/);
    expect(response.json().locations.map((l: { municipalityName: string }) => l.municipalityName)).toContain('Vejle Kommune');
  });

  it('offers today from opening (akuttider released) and later days without the akuttid', async () => {
    const list = await slots(SERVICES.pas, `?from=${MON}&days=2`);
    const monday = list.items.filter((s) => s.startsAt < at(TUE, '00:00').toISOString());
    expect(monday[0]).toEqual({ startsAt: at(MON, '10:00').toISOString(), endsAt: at(MON, '10:15').toISOString(), free: 3 });
    expect(monday).toHaveLength(28); // 10:00–16:45
    const tuesday = list.items.filter((s) => s.startsAt >= at(TUE, '00:00').toISOString());
    expect(tuesday[0]!.free).toBe(2);
    expect(list.nextFree).toBe(at(MON, '10:00').toISOString());
  });

  it('books a time with a code shown once, finds it by the code, and the time has one place less', async () => {
    const { code, appointment } = await booked(SERVICES.pas, at(TUE, '11:00'), { email: 'karen@example.dk' });
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(appointment).toMatchObject({ status: 'booked', startsAt: at(TUE, '11:00').toISOString(), name: 'Karen Holm' });
    const [row] = await ctx.app.db
      .select()
      .from(schema.appointments)
      .where(eq(schema.appointments.startsAt, at(TUE, '11:00')));
    expect(row).toMatchObject({ phone: '+4520304050', channel: 'public' });
    expect(row!.codeHash).not.toContain(code.replace('-', ''));
    const found = await anonymous({
      method: 'POST',
      url: '/api/public/appointments/find',
      payload: { code: code.toLowerCase().replace('-', ' ') },
    });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().startsAt).toBe(at(TUE, '11:00').toISOString());
    const tuesday = (await slots(SERVICES.pas, `?from=${TUE}&days=1`)).items;
    expect(tuesday.find((s) => s.startsAt === at(TUE, '11:00').toISOString())!.free).toBe(1);
    const [audit] = await audits('appointment.book');
    expect(audit).toMatchObject({ subjectType: 'appointment', subjectId: row!.id, actorUserId: null });
    expect(JSON.stringify(audit!.details)).not.toMatch(/Karen|2030/);
  });

  it.each([
    ['no phone or e-mail', { phone: undefined }, 400, 'invalid-contact'],
    ['a foreign phone number', { phone: '+46 70 123 45 67' }, 400, 'invalid-contact'],
    ['a birth date in the future', { birthDate: '2030-01-01' }, 400, 'invalid-contact'],
    ['a CPR-like extra field', { cpr: '0101901234' }, 400, undefined],
  ])('refuses %s', async (_label, extra, status, code) => {
    const response = await bookPublic(SERVICES.pas, at(WED, '10:00'), extra);
    const problem = expectProblem(response, status);
    if (code) expect(problem.code).toBe(code);
  });

  it('refuses a time that is not offered (between steps, before the cut-off, closed) with the next free time', async () => {
    for (const startsAt of [at(WED, '10:05'), at(MON, '08:30'), at('2027-03-06', '10:00'), at('2027-05-01', '10:00')]) {
      const response = await bookPublic(SERVICES.pas, startsAt);
      expect(expectProblem(response, 409).code).toBe('slot-unavailable');
      expect(response.json().nextFree).toBe(at(MON, '10:00').toISOString());
    }
  });

  it('gives the last place of a time exactly once under 20 concurrent bookings; the others get 409 with the next free time', async () => {
    const startsAt = at(WED, '13:00');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => bookPublic(SERVICES.koerekort, startsAt, { name: `Borger ${i}` })),
    );
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const taken = answers.find((r) => r.statusCode === 409)!.json();
    expect(taken.code).toBe('slot-taken');
    expect(taken.nextFree).toBe(at(MON, '10:00').toISOString());
    const rows = await ctx.app.db
      .select()
      .from(schema.appointments)
      .where(and(eq(schema.appointments.startsAt, startsAt), eq(schema.appointments.serviceId, SERVICES.koerekort)));
    expect(rows).toHaveLength(1);
  });

  it('moves a booking with its code (the old time is free again) and cancels it; a closed booking cannot be changed', async () => {
    const { code } = await booked(SERVICES.koerekort, at(WED, '14:00'));
    const moved = await anonymous({
      method: 'POST',
      url: '/api/public/appointments/reschedule',
      payload: { code, startsAt: at(WED, '14:30').toISOString() },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().startsAt).toBe(at(WED, '14:30').toISOString());
    const wednesday = (await slots(SERVICES.koerekort, `?from=${WED}&days=1`)).items.map((s) => s.startsAt);
    expect(wednesday).toContain(at(WED, '14:00').toISOString());
    expect(wednesday).not.toContain(at(WED, '14:30').toISOString());
    // Onto a full time: 409 slot-taken, and the booking stays where it was.
    await booked(SERVICES.koerekort, at(WED, '15:00'));
    const full = await anonymous({
      method: 'POST',
      url: '/api/public/appointments/reschedule',
      payload: { code, startsAt: at(WED, '15:00').toISOString() },
    });
    expect(expectProblem(full, 409).code).toBe('slot-taken');
    const cancelled = await anonymous({ method: 'POST', url: '/api/public/appointments/cancel', payload: { code } });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await slots(SERVICES.koerekort, `?from=${WED}&days=1`)).items.map((s) => s.startsAt)).toContain(at(WED, '14:30').toISOString());
    const again = await anonymous({ method: 'POST', url: '/api/public/appointments/cancel', payload: { code } });
    expect(expectProblem(again, 409).code).toBe('appointment-closed');
    for (const bad of ['ABCD-EFGH', 'not a code', '00000000']) {
      const unknown = await anonymous({ method: 'POST', url: '/api/public/appointments/find', payload: { code: bad } });
      expect(expectProblem(unknown, 404).code).toBe('unknown-code');
    }
  });

  it('an errand without a rule is not bookable', async () => {
    const response = await anonymous({ method: 'GET', url: slotsUrl(SERVICES.vejledning) });
    expect(expectProblem(response, 404).code).toBe('not-bookable');
  });
});

describe('staff', () => {
  it('book for a citizen looked up by CPR (name from the register, the citizen’s access log shows it) and list the day', async () => {
    const person = DEMO_PERSONS.nearPensionAarhus;
    const response = await anna({
      method: 'POST',
      url: `/api/locations/${DOKK1}/appointments`,
      payload: {
        serviceId: SERVICES.mitid,
        startsAt: at(TUE, '10:20').toISOString(),
        channel: 'phone',
        personId: person.id,
        phone: '+4511223344',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { appointment, code } = response.json();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(appointment).toMatchObject({ channel: 'phone', personId: person.id, status: 'booked' });
    expect(appointment.name).not.toBe('');
    const [record] = await audits('appointment.book');
    expect(record).toMatchObject({ subjectType: 'citizen', subjectId: person.id, purpose: 'tidsbestilling' });

    const day = await anna({ method: 'GET', url: `/api/locations/${DOKK1}/appointments?date=${TUE}` });
    expect(day.statusCode).toBe(200);
    expect(day.json().items.map((a: { startsAt: string }) => a.startsAt)).toContain(at(TUE, '10:20').toISOString());
    const [listed] = await audits('appointment.list');
    expect(listed).toMatchObject({ subjectType: 'location', subjectId: DOKK1, details: expect.objectContaining({ date: TUE }) });
    const forCitizen = (await audits('appointment.list')).filter((r) => r.subjectType === 'citizen' && r.subjectId === person.id);
    expect(forCitizen.length).toBeGreaterThanOrEqual(1);
  });

  it('cancel on the citizen’s behalf with a reason and the version read', async () => {
    const { appointment } = (
      await anna({
        method: 'POST',
        url: `/api/locations/${DOKK1}/appointments`,
        payload: {
          serviceId: SERVICES.mitid,
          startsAt: at(TUE, '11:00').toISOString(),
          channel: 'counter',
          name: 'Ib Sørensen',
          email: 'ib@example.dk',
        },
      })
    ).json();
    const stale = await anna({
      method: 'POST',
      url: `/api/appointments/${appointment.id}/cancel`,
      payload: { expectedVersion: 9, reason: 'Ringede' },
    });
    expect(expectProblem(stale, 409).code).toBe('stale-version');
    const done = await anna({
      method: 'POST',
      url: `/api/appointments/${appointment.id}/cancel`,
      payload: { expectedVersion: appointment.version, reason: 'Ringede og aflyste' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('cancelled');
  });

  it('never see or book another municipality’s times', async () => {
    const vejle = DEMO.vejle.raadhus;
    expect((await anna({ method: 'GET', url: `/api/locations/${vejle}/appointments?date=${TUE}` })).statusCode).toBe(404);
    expect((await lars({ method: 'GET', url: `/api/locations/${vejle}/appointments?date=${TUE}` })).statusCode).toBe(404);
    const foreign = await lars({
      method: 'POST',
      url: `/api/locations/${vejle}/appointments`,
      payload: {
        serviceId: DEMO_QUEUE.vejleServices.pas,
        startsAt: at(TUE, '10:00').toISOString(),
        channel: 'phone',
        name: 'X',
        phone: '11223344',
      },
    });
    expect(foreign.statusCode).toBe(404);
    const plan = await lars({ method: 'GET', url: `/api/locations/${vejle}/appointment-plan?from=${MON}` });
    expect(plan.statusCode).toBe(404);
    const rules = await admin({ method: 'GET', url: `/api/admin/locations/${vejle}/appointment-rules` });
    expect(rules.statusCode).toBe(404);
    // Mette (Vejle) does not see Aarhus' day.
    expect((await mette({ method: 'GET', url: `/api/locations/${DOKK1}/appointments?date=${TUE}` })).statusCode).toBe(404);
  });
});

describe('arrival', () => {
  it('an early arrival waits for the booked time: called ahead of later walk-ins, after earlier ones', async () => {
    const { code } = await booked(SERVICES.pas, at(MON, '10:30'));
    now = at(MON, '09:55');
    const checkIn = await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code } });
    now = at(MON, '10:00');
    const earlyWalkIn = (
      await lars({ method: 'POST', url: `/api/locations/${DOKK1}/tickets`, payload: { serviceId: SERVICES.pas } })
    ).json();
    expect(checkIn.statusCode, checkIn.body).toBe(200);
    const result = checkIn.json();
    expect(result.arrival).toBe('early');
    expect(result.issued.ticket.source).toBe('appointment');
    now = at(MON, '10:20');
    const lateWalkIn = (
      await lars({ method: 'POST', url: `/api/locations/${DOKK1}/tickets`, payload: { serviceId: SERVICES.pas } })
    ).json();
    // The booked citizen's key is 10:30 − 15 = 10:15: after the 10:00 walk-in, before the 10:20 one.
    const [ticket] = await ctx.app.db.select().from(schema.tickets).where(eq(schema.tickets.id, result.issued.ticket.id));
    expect(ticket!.callKey.toISOString()).toBe(at(MON, '10:15').toISOString());
    now = at(MON, '10:30');
    const counter = await atCounter(ctx.app, 'anna', DEMO_QUEUE.dokk1Counters[0]!, [SERVICES.pas]);
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      const called = await callNext(counter, DEMO_QUEUE.dokk1Counters[0]!);
      order.push(called.id);
      await counter({
        method: 'POST',
        url: `/api/tickets/${called.id}/finish`,
        payload: { expectedVersion: called.version, outcome: 'completed', deliveredServiceIds: [SERVICES.pas] },
      });
    }
    expect(order).toEqual([earlyWalkIn.ticket.id, result.issued.ticket.id, lateWalkIn.ticket.id]);
    await counter({ method: 'DELETE', url: '/api/counters/session' });
    // Checking in twice answers with the same ticket.
    const again = await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code } });
    expect(again.json().issued.ticket.id).toBe(result.issued.ticket.id);
    const listed = (await anna({ method: 'GET', url: `/api/locations/${DOKK1}/appointments?date=${MON}` })).json().items;
    expect(listed.find((a: { ticketId: string }) => a.ticketId === result.issued.ticket.id)).toMatchObject({ status: 'checked_in' });
  });

  it('an early arrival is not called before its time, even by an idle counter (from 3 minutes before)', async () => {
    const lystrup = DEMO.aarhus.lystrup;
    now = at(WED, '08:00');
    const response = await anonymous({
      method: 'POST',
      url: '/api/public/appointments',
      payload: {
        locationId: lystrup,
        serviceId: SERVICES.pas,
        startsAt: at(WED, '11:00').toISOString(),
        name: 'Ole Dam',
        email: 'ole@example.dk',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    now = at(WED, '10:20');
    const [booking] = (await lars({ method: 'GET', url: `/api/locations/${lystrup}/appointments?date=${WED}` })).json().items;
    const checkIn = await lars({
      method: 'POST',
      url: `/api/locations/${lystrup}/appointments/check-in`,
      payload: { appointmentId: booking.id },
    });
    expect(checkIn.json().arrival).toBe('early');
    const counterId = DEMO_QUEUE.lystrupCounters[0]!;
    const counter = await atCounter(ctx.app, 'lars', counterId, [SERVICES.pas]);
    now = at(WED, '10:56');
    expect(await callNext(counter, counterId)).toBeNull();
    now = at(WED, '10:57');
    expect((await callNext(counter, counterId)).id).toBe(checkIn.json().issued.ticket.id);
    await counter({ method: 'DELETE', url: '/api/counters/session' });
  });

  it('checks in by birth date and first name (never a CPR number); several matches ask for the code', async () => {
    now = at(MON, '08:00');
    await booked(SERVICES.mitid, at(MON, '11:00'), { name: 'Søren Kjær', birthDate: '1950-04-02' });
    now = at(MON, '10:50');
    const byName = await kiosk({
      method: 'POST',
      url: `/api/locations/${DOKK1}/appointments/check-in`,
      payload: { birthDate: '1950-04-02', firstName: 'søren' },
    });
    expect(byName.statusCode, byName.body).toBe(200);
    expect(byName.json().arrival).toBe('on_time');
    const none = await kiosk({
      method: 'POST',
      url: `/api/locations/${DOKK1}/appointments/check-in`,
      payload: { birthDate: '1950-04-02', firstName: 'Hans' },
    });
    expect(expectProblem(none, 404).code).toBe('no-match');
    now = at(MON, '08:00');
    await booked(SERVICES.mitid, at(MON, '12:00'), { name: 'Eva Lund', birthDate: '1960-01-01' });
    await booked(SERVICES.pas, at(MON, '12:00'), { name: 'Eva Berg', birthDate: '1960-01-01' });
    now = at(MON, '11:50');
    const two = await kiosk({
      method: 'POST',
      url: `/api/locations/${DOKK1}/appointments/check-in`,
      payload: { birthDate: '1960-01-01', firstName: 'Eva' },
    });
    expect(expectProblem(two, 409).code).toBe('several-matches');
    const cpr = await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { cpr: '0101601234' } });
    expectProblem(cpr, 400);
    const staffOnly = await kiosk({
      method: 'POST',
      url: `/api/locations/${DOKK1}/appointments/check-in`,
      payload: { appointmentId: '00000000-0000-4000-8000-000000000000' },
    });
    expectProblem(staffOnly, 403);
  });

  it('past the grace: a walk-in by default, refused by rule; another day is the wrong day', async () => {
    now = at(MON, '08:00');
    const late = await booked(SERVICES.pas, at(MON, '13:00'));
    const other = await booked(SERVICES.pas, at(TUE, '13:00'));
    now = at(MON, '13:11');
    const walkIn = (
      await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code: late.code } })
    ).json();
    expect(walkIn.arrival).toBe('late_walk_in');
    expect(walkIn.issued.ticket.source).toBe('kiosk');
    const [ticket] = await ctx.app.db.select().from(schema.tickets).where(eq(schema.tickets.id, walkIn.issued.ticket.id));
    expect(ticket!.callKey.toISOString()).toBe(at(MON, '13:11').toISOString());
    const wrongDay = (
      await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code: other.code } })
    ).json();
    expect(wrongDay).toMatchObject({ arrival: 'wrong_day', issued: null });

    const put = await admin({
      method: 'PUT',
      url: `/api/admin/locations/${DOKK1}/appointment-rules/${SERVICES.mitid}`,
      payload: {
        active: true,
        slotMinutes: 20,
        capacity: 2,
        acuteSeats: 0,
        cutoffMinutes: 60,
        horizonDays: 30,
        graceMinutes: 5,
        latePolicy: 'refuse',
        bringTextDa: 'Pas eller kørekort.',
        bringTextEn: 'Passport or licence.',
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    now = at(MON, '08:00');
    const refused = await booked(SERVICES.mitid, at(MON, '14:00'));
    now = at(MON, '14:06');
    const answer = (
      await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code: refused.code } })
    ).json();
    expect(answer).toMatchObject({ arrival: 'late_refused', issued: null });
  });

  it('a booking nobody checked in for is a no-show after the grace, and counts in the plan', async () => {
    now = at(MON, '08:00');
    const { code } = await booked(SERVICES.koerekort, at(MON, '15:00'));
    now = at(MON, '15:10');
    let day = (await anna({ method: 'GET', url: `/api/locations/${DOKK1}/appointments?date=${MON}` })).json().items;
    expect(
      day.find(
        (a: { startsAt: string; serviceId: string }) => a.startsAt === at(MON, '15:00').toISOString() && a.serviceId === SERVICES.koerekort,
      ).status,
    ).toBe('booked');
    now = at(MON, '15:11');
    day = (await anna({ method: 'GET', url: `/api/locations/${DOKK1}/appointments?date=${MON}` })).json().items;
    expect(
      day.find(
        (a: { startsAt: string; serviceId: string }) => a.startsAt === at(MON, '15:00').toISOString() && a.serviceId === SERVICES.koerekort,
      ).status,
    ).toBe('no_show');
    const plan = (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/appointment-plan?from=${MON}` })).json();
    const monday = plan.days[0].services.find((s: { serviceId: string }) => s.serviceId === SERVICES.koerekort);
    expect(monday.noShows).toBe(1);
    // Offered seats per local day: Dokk1 opens 10-17 Mon-Wed, 10-18 Thu, 10-14 Fri; kørekort 15 min × 1 seat.
    const offered = plan.days.map(
      (d: { services: Array<{ serviceId: string; offered: number }> }) =>
        d.services.find((s) => s.serviceId === SERVICES.koerekort)?.offered ?? 0,
    );
    expect(offered).toEqual([28, 28, 28, 32, 16, 0, 0]);
    // Turning up later that day, the no-show is a late arrival (a walk-in by the default rule), no longer a no-show.
    const late = await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code } });
    expect(late.json().arrival).toBe('late_walk_in');
    const after = (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/appointment-plan?from=${MON}` })).json();
    expect(after.days[0].services.find((s: { serviceId: string }) => s.serviceId === SERVICES.koerekort).noShows).toBe(0);
    const again = await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/appointments/check-in`, payload: { code } });
    expect(again.json().issued.ticket.id).toBe(late.json().issued.ticket.id);
    expect(monday.offered).toBe(28);
  });
});

describe('the plan: rules and blocked periods', () => {
  it('a blocked period takes its times off the page; removing it gives them back; both are audited', async () => {
    now = at(MON, '08:00');
    const block = await lars({
      method: 'POST',
      url: `/api/locations/${DOKK1}/appointment-blocks`,
      payload: {
        startsAt: at('2027-03-04', '10:00').toISOString(),
        endsAt: at('2027-03-04', '12:00').toISOString(),
        reason: 'Personalemøde',
      },
    });
    expect(block.statusCode, block.body).toBe(201);
    const thursday = (await slots(SERVICES.pas, '?from=2027-03-04&days=1')).items;
    expect(thursday[0]!.startsAt).toBe(at('2027-03-04', '12:00').toISOString());
    const [record] = await audits('appointment.block.create');
    expect(record).toMatchObject({ subjectId: block.json().id });
    expect((await lars({ method: 'DELETE', url: `/api/appointment-blocks/${block.json().id}` })).statusCode).toBe(204);
    expect((await slots(SERVICES.pas, '?from=2027-03-04&days=1')).items[0]!.startsAt).toBe(at('2027-03-04', '10:00').toISOString());
    const backwards = await lars({
      method: 'POST',
      url: `/api/locations/${DOKK1}/appointment-blocks`,
      payload: { startsAt: at('2027-03-04', '12:00').toISOString(), endsAt: at('2027-03-04', '10:00').toISOString(), reason: 'x' },
    });
    expect(expectProblem(backwards, 400).code).toBe('invalid-period');
    expect((await anna({ method: 'GET', url: `/api/locations/${DOKK1}/appointment-blocks` })).statusCode).toBe(403);
  });

  it('an admin’s rule is validated and audited before and after', async () => {
    const rule = {
      active: true,
      slotMinutes: 15,
      capacity: 1,
      acuteSeats: 2,
      cutoffMinutes: 60,
      horizonDays: 30,
      graceMinutes: 10,
      latePolicy: 'walk_in',
      bringTextDa: '',
      bringTextEn: '',
    };
    const bad = await admin({ method: 'PUT', url: `/api/admin/locations/${DOKK1}/appointment-rules/${SERVICES.koerekort}`, payload: rule });
    expect(expectProblem(bad, 400).code).toBe('invalid-config');
    // Dokk1 has six counters: seven citizens at one time is more than it can serve side by side.
    const crowded = await admin({
      method: 'PUT',
      url: `/api/admin/locations/${DOKK1}/appointment-rules/${SERVICES.koerekort}`,
      payload: { ...rule, acuteSeats: 0, capacity: 7 },
    });
    expect(expectProblem(crowded, 400).detail).toBe('Antal borgere pr. tid kan ikke være flere end stedets aktive skranker (6)');
    const good = await admin({
      method: 'PUT',
      url: `/api/admin/locations/${DOKK1}/appointment-rules/${SERVICES.koerekort}`,
      payload: { ...rule, acuteSeats: 0, capacity: 2 },
    });
    expect(good.statusCode, good.body).toBe(200);
    const [record] = await audits('appointment.rule.put');
    expect(record!.details).toMatchObject({ before: { capacity: 1 }, after: { capacity: 2 } });
    const listed = (await admin({ method: 'GET', url: `/api/admin/locations/${DOKK1}/appointment-rules` })).json().items;
    expect(listed.find((r: { serviceId: string }) => r.serviceId === SERVICES.koerekort).capacity).toBe(2);
    expect((await lars({ method: 'GET', url: `/api/admin/locations/${DOKK1}/appointment-rules` })).statusCode).toBe(403);
  });
});

describe("a mobile Borgerservice's timetable", () => {
  it('each free time names the stop where the bus stands then', async () => {
    const bus = DEMO.aarhus.bus;
    const rule = { active: true, slotMinutes: 30, capacity: 1, acuteSeats: 0, cutoffMinutes: 60, horizonDays: 30, graceMinutes: 10 };
    const put = await admin({
      method: 'PUT',
      url: `/api/admin/locations/${bus}/appointment-rules/${SERVICES.mitid}`,
      payload: { ...rule, latePolicy: 'walk_in', bringTextDa: '', bringTextEn: '' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const response = await anonymous({ method: 'GET', url: slotsUrl(SERVICES.mitid, `?from=${TUE}&days=1`, bus) });
    expect(response.statusCode, response.body).toBe(200);
    const local = (iso: string) =>
      new Date(iso).toLocaleTimeString('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });
    // Tuesday: 09:00-11:30 in Mårslet, 13:00-15:00 in Solbjerg (the demo timetable).
    const times = (response.json().items as Array<{ startsAt: string; place?: string }>).map((s) => [local(s.startsAt), s.place]);
    expect(times).toEqual([
      ...['09.00', '09.30', '10.00', '10.30', '11.00'].map((t) => [t, 'Mårslet, ved Kulturhuset']),
      ...['13.00', '13.30', '14.00', '14.30'].map((t) => [t, 'Solbjerg, Torvet']),
    ]);
    // Booked, the receipt and the citizen's own view say where the bus stands at that time.
    const booking = await anonymous({
      method: 'POST',
      url: '/api/public/appointments',
      payload: { locationId: bus, serviceId: SERVICES.mitid, startsAt: at(TUE, '13:30').toISOString(), name: 'Ib Holm', phone: '20304050' },
    });
    expect(booking.statusCode, booking.body).toBe(201);
    expect(booking.json().appointment.place).toBe('Solbjerg, Torvet');
    const found = await anonymous({ method: 'POST', url: '/api/public/appointments/find', payload: { code: booking.json().code } });
    expect(found.json().place).toBe('Solbjerg, Torvet');
    // An office's times name no stop.
    expect((await slots(SERVICES.pas, `?from=${TUE}&days=1`)).items.every((s) => !('place' in s))).toBe(true);
  });
});

describe('notifications (local outbox)', () => {
  it('send nothing while the municipality has them off; a confirmation with the code and a cancellation when on', async () => {
    now = at(MON, '08:00');
    const outbox = () => ctx.app.db.select().from(schema.notificationOutbox).orderBy(schema.notificationOutbox.createdAt);
    const before = (await outbox()).length;
    await booked(SERVICES.mitid, at('2027-03-04', '10:00'));
    expect((await outbox()).length).toBe(before);
    await ctx.owner
      .update(schema.appointmentSettings)
      .set({ notificationsEnabled: true })
      .where(eq(schema.appointmentSettings.municipalityId, DEMO.aarhus.id));
    const { code } = await booked(SERVICES.mitid, at('2027-03-04', '10:20'), { email: 'karen@example.dk' });
    const sent = (await outbox()).slice(before);
    expect(sent.map((m) => [m.channel, m.kind, m.recipient])).toEqual([
      ['sms', 'confirmation', '+4520304050'],
      ['email', 'confirmation', 'karen@example.dk'],
    ]);
    expect(sent[0]!.body).toContain(code);
    expect(sent[0]!.body).toMatch(/kl\. 10[.:]20/);
    await anonymous({ method: 'POST', url: '/api/public/appointments/cancel', payload: { code } });
    const after = (await outbox()).slice(before + 2);
    expect(after.map((m) => m.kind)).toEqual(['cancelled', 'cancelled']);
    await ctx.owner
      .update(schema.appointmentSettings)
      .set({ notificationsEnabled: false })
      .where(eq(schema.appointmentSettings.municipalityId, DEMO.aarhus.id));
  });
});

describe('retention', () => {
  it('pnpm maintenance blanks the name and contact details of bookings 90 days past, keeps the figures, and audits it', async () => {
    const [old] = await ctx.owner
      .insert(schema.appointments)
      .values({
        municipalityId: DEMO.aarhus.id,
        locationId: DOKK1,
        serviceId: SERVICES.pas,
        startsAt: at('2026-11-02', '10:00'),
        endsAt: at('2026-11-02', '10:15'),
        seat: 1,
        status: 'checked_in',
        channel: 'public',
        codeHash: 'r'.repeat(64),
        name: 'Gammel Booking',
        phone: '+4512121212',
        email: 'gammel@example.dk',
        birthDate: '1950-01-01',
      })
      .returning();
    await ctx.owner.insert(schema.notificationOutbox).values({
      municipalityId: DEMO.aarhus.id,
      channel: 'sms',
      kind: 'confirmation',
      recipient: '+4512121212',
      body: 'Din tid …',
      appointmentId: old!.id,
    });
    const recent = await booked(SERVICES.pas, at(TUE, '15:00'), { name: 'Ny Booking' });
    const first = await runMaintenance(ctx.owner, { eventsRetentionDays: 30, now: at('2027-02-01', '03:00') });
    expect(first.appointmentsAnonymised).toBe(1);
    const [row] = await ctx.owner.select().from(schema.appointments).where(eq(schema.appointments.id, old!.id));
    expect(row).toMatchObject({ name: '(slettet)', phone: null, email: null, birthDate: null, status: 'checked_in', seat: 1 });
    expect(await ctx.owner.select().from(schema.notificationOutbox).where(eq(schema.notificationOutbox.appointmentId, old!.id))).toEqual(
      [],
    );
    const [record] = await audits('maintenance.anonymise-appointments');
    expect(record!.details).toMatchObject({ appointments: 1, messages: 1, retentionDays: 90 });
    const again = await runMaintenance(ctx.owner, { eventsRetentionDays: 30, now: at('2027-02-01', '04:00') });
    expect(again.appointmentsAnonymised).toBe(0);
    expect(recent.appointment.name).toBe('Ny Booking');
    const kept = await anonymous({ method: 'POST', url: '/api/public/appointments/find', payload: { code: recent.code } });
    expect(kept.json().name).toBe('Ny Booking');
  });
});

describe('bots are throttled', () => {
  it('the public writes answer 429 past the per-address limit', async () => {
    const throttled = await build({ queueClock: () => now, bookingRateLimitPerMinute: 3 });
    try {
      const answers: LightMyRequestResponse[] = [];
      for (let i = 0; i < 5; i++) {
        answers.push(await throttled.app.inject({ method: 'POST', url: '/api/public/appointments/find', payload: { code: 'ABCD-EFGH' } }));
      }
      expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 429, 429]);
      expect(answers[4]!.headers['content-type']).toMatch(/problem\+json/);
    } finally {
      await throttled.close();
    }
  });
});
