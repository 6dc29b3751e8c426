import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { copenhagenClock } from '@skranke/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { DOKK1, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
let kiosk: As;
let display: As;

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Opening hours around the present moment (the kiosk's answers depend on the clock). */
async function openNow(open: boolean) {
  let clock = copenhagenClock(new Date());
  if (clock.minutesOfDay >= 23 * 60 + 58) {
    await new Promise((r) => setTimeout(r, (24 * 60 - clock.minutesOfDay) * 60_000 + 1000));
    clock = copenhagenClock(new Date());
  }
  const m = Math.floor(clock.minutesOfDay);
  await ctx.app.db.delete(schema.openingHours).where(eq(schema.openingHours.locationId, DOKK1));
  if (open) {
    await ctx.app.db.insert(schema.openingHours).values({
      municipalityId: DEMO.aarhus.id,
      locationId: DOKK1,
      weekday: clock.weekday,
      opens: hhmm(Math.max(0, m - 60)),
      closes: hhmm(Math.min(23 * 60 + 59, m + 2)),
    });
  }
}

async function device(kind: 'kiosk' | 'display', admin: As) {
  const created = await admin({ method: 'POST', url: '/api/admin/devices', payload: { name: kind, kind, locationId: DOKK1 } });
  const token = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: created.json().deviceKey } });
  return injectAs(ctx.app, token.json());
}

beforeAll(async () => {
  ctx = await build();
  const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  kiosk = await device('kiosk', admin);
  display = await device('display', admin);
});
afterAll(() => ctx.close());

describe('kiosk', () => {
  it('lists the open services and issues a ticket in opening hours', async () => {
    await openNow(true);
    const services = (await kiosk({ method: 'GET', url: `/api/locations/${DOKK1}/services` })).json();
    expect(services.map((s: { nameDa: string }) => s.nameDa)).toContain('Pas');
    const hours = (await kiosk({ method: 'GET', url: `/api/locations/${DOKK1}/opening-hours` })).json();
    expect(hours.openNow).toBe(true);
    const r = await kiosk({
      method: 'POST',
      url: `/api/locations/${DOKK1}/tickets`,
      payload: { serviceId: SERVICES.pas },
      headers: { 'idempotency-key': 'tap-abcdef-1' },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().ticket).toMatchObject({ source: 'kiosk', displayNumber: 'P001' });
  });

  it('refuses tickets when the location is closed, and priority from the kiosk', async () => {
    await openNow(false);
    const closed = await kiosk({ method: 'POST', url: `/api/locations/${DOKK1}/tickets`, payload: { serviceId: SERVICES.pas } });
    expect(expectProblem(closed, 409).code).toBe('location-closed');
    await openNow(true);
    const prio = await kiosk({
      method: 'POST',
      url: `/api/locations/${DOKK1}/tickets`,
      payload: { serviceId: SERVICES.pas, priorityClassId: '00000000-0000-4000-8005-000000000003', priorityReason: 'x' },
    });
    expect(expectProblem(prio, 400).code).toBe('priority-needs-staff');
  });

  it('may not read the board, call tickets, or act at another location', async () => {
    expectProblem(await kiosk({ method: 'GET', url: `/api/locations/${DOKK1}/board` }), 403);
    expectProblem(await kiosk({ method: 'POST', url: `/api/counters/00000000-0000-4000-8004-000000000001/call-next` }), 403);
    expectProblem(await kiosk({ method: 'GET', url: `/api/locations/${DEMO.aarhus.lystrup}/services` }), 404);
  });
});

describe('call display', () => {
  it('reads the board of its location but cannot issue tickets', async () => {
    const board = await display({ method: 'GET', url: `/api/locations/${DOKK1}/board` });
    expect(board.statusCode).toBe(200);
    expect(board.json().locationName).toBe('Borgerservice Dokk1');
    expectProblem(await display({ method: 'POST', url: `/api/locations/${DOKK1}/tickets`, payload: { serviceId: SERVICES.pas } }), 403);
    expectProblem(await display({ method: 'GET', url: `/api/locations/${DEMO.aarhus.lystrup}/board` }), 404);
  });
});
