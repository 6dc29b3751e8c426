import { schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './admin-config-helpers.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

// A walk-in's number taken on the phone (issue 12): off until an admin allows it per location, only in opening
// hours, answered with the ticket's public status link. The queue's clock: Tuesday 8 December 2026, 10:00 in
// Copenhagen: Dokk1 is open (10-17), Lystrup is closed on Tuesdays.
const NOW = new Date('2026-12-08T09:00:00Z');
const SERVICES = DEMO_QUEUE.aarhusServices;

let ctx: TestContext;
let asAdmin: ReturnType<typeof injectAs>;
let address = 0;

/** Each call from its own address unless told, so the rate limit is only met where a test means it. */
const take = (locationId: string, serviceId: string, remoteAddress = `10.1.0.${++address}`) =>
  ctx.app.inject({ method: 'POST', url: `/api/public/locations/${locationId}/tickets`, payload: { serviceId }, remoteAddress });
const options = async () => {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/public/remote-ticket-options' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().locations as Array<{ id: string; openNow: boolean; services: Array<{ id: string }> }>;
};
async function allow(locationId: string, allowRemoteTickets: boolean) {
  const response = await asAdmin({ method: 'PATCH', url: `/api/admin/config/locations/${locationId}`, payload: { allowRemoteTickets } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  ctx = await build({ queueClock: () => NOW });
  asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
}, 60_000);
afterAll(() => ctx.close());

describe('takeRemoteTicket', () => {
  it('is off by default: 409 remote-tickets-off, and no place is offered', async () => {
    expect(expectProblem(await take(DEMO.aarhus.dokk1, SERVICES.pas), 409).code).toBe('remote-tickets-off');
    expect(await options()).toEqual([]);
  });

  it('is turned on per location by an admin, audited with before and after', async () => {
    const location = await allow(DEMO.aarhus.dokk1, true);
    expect(location).toMatchObject({ id: DEMO.aarhus.dokk1, allowRemoteTickets: true });
    const audit = await lastAudit(ctx, 'config.location.update');
    expect(audit?.subjectId).toBe(DEMO.aarhus.dokk1);
    expect(audit?.details).toMatchObject({ before: { allowRemoteTickets: false }, after: { allowRemoteTickets: true } });
  });

  it('gives an open location a walk-in number with a working status link', async () => {
    const response = await take(DEMO.aarhus.dokk1, SERVICES.pas);
    expect(response.statusCode, response.body).toBe(201);
    const { token, expiresAt, displayNumber } = response.json();
    expect(displayNumber).toMatch(/^P\d{3}$/);
    expect(expiresAt).toBe('2026-12-08T23:00:00.000Z');

    const status = await ctx.app.inject({ method: 'GET', url: `/api/public/ticket-status/${token}` });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ displayNumber, locationName: 'Borgerservice Dokk1', serviceNameDa: 'Pas', state: 'waiting' });

    const [ticket] = await ctx.owner.select().from(schema.tickets).where(eq(schema.tickets.displayNumber, displayNumber));
    // A walk-in's self-service number, issued by no staff member and no device.
    expect(ticket).toMatchObject({ source: 'kiosk', issuedByUserId: null, issuedByDeviceId: null, locationId: DEMO.aarhus.dokk1 });
  });

  it('refuses a closed location (409 location-closed) and says so in the options', async () => {
    await allow(DEMO.aarhus.lystrup, true);
    expect(expectProblem(await take(DEMO.aarhus.lystrup, SERVICES.pas), 409).code).toBe('location-closed');

    const places = await options();
    expect(places.map((p) => [p.id, p.openNow])).toEqual(
      expect.arrayContaining([
        [DEMO.aarhus.dokk1, true],
        [DEMO.aarhus.lystrup, false],
      ]),
    );
    expect(places.find((p) => p.id === DEMO.aarhus.dokk1)!.services[0]!.id).toBe(SERVICES.pas);
    await allow(DEMO.aarhus.lystrup, false);
  });

  it('takes only active errands of the location’s own municipality', async () => {
    await ctx.owner.update(schema.services).set({ active: false }).where(eq(schema.services.id, SERVICES.vejledning));
    try {
      expect(expectProblem(await take(DEMO.aarhus.dokk1, SERVICES.vejledning), 409).code).toBe('service-closed');
      const offered = (await options()).find((p) => p.id === DEMO.aarhus.dokk1)!.services.map((s) => s.id);
      expect(offered).not.toContain(SERVICES.vejledning);
    } finally {
      await ctx.owner.update(schema.services).set({ active: true }).where(eq(schema.services.id, SERVICES.vejledning));
    }
    expectProblem(await take(DEMO.aarhus.dokk1, DEMO_QUEUE.vejleServices.pas), 404);
    expectProblem(await take('00000000-0000-4000-8000-000000000000', SERVICES.pas), 404);
  });

  it('is rate-limited per address: three a minute', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await take(DEMO.aarhus.dokk1, SERVICES.pas, '10.2.0.1')).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});
