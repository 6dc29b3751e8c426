import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAdmin: ReturnType<typeof injectAs>;

beforeAll(async () => {
  ctx = await build();
  asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
});
afterAll(() => ctx.close());

describe('kiosk and display devices', () => {
  it('issues a device key that yields a device principal bound to one location, until revoked', async () => {
    const created = await asAdmin({
      method: 'POST',
      url: '/api/admin/devices',
      payload: { name: 'Kiosk ved indgangen', kind: 'kiosk', locationId: DEMO.aarhus.dokk1 },
    });
    expect(created.statusCode).toBe(201);
    const { device, deviceKey } = created.json();
    expect(deviceKey).toMatch(/^skd_/);
    const listed = (await asAdmin({ method: 'GET', url: '/api/admin/devices' })).json();
    expect(JSON.stringify(listed)).not.toContain(deviceKey);

    const token = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey } });
    expect(token.statusCode).toBe(200);
    const asKiosk = injectAs(ctx.app, token.json());
    expect((await asKiosk({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({
      kind: 'device',
      device: { id: device.id, kind: 'kiosk', locationId: DEMO.aarhus.dokk1 },
    });
    // A device may do only what a device does.
    expectProblem(await asKiosk({ method: 'GET', url: '/api/locations' }), 403);
    expectProblem(await asKiosk({ method: 'GET', url: '/api/admin/users' }), 403);

    const revoked = await asAdmin({ method: 'POST', url: `/api/admin/devices/${device.id}/revoke` });
    expect(revoked.json().revokedAt).toBeTruthy();
    expectProblem(await asKiosk({ method: 'GET', url: '/api/auth/me' }), 401);
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey } }), 401);
  });

  it('refuses an unknown device key', async () => {
    const r = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: 'skd_' + 'x'.repeat(43) } });
    expectProblem(r, 401);
  });

  it('answers 404 for another municipality’s device and leaves it alone', async () => {
    const [vejleKiosk] = await ctx.app.db
      .insert(schema.devices)
      .values({
        municipalityId: DEMO.vejle.id,
        locationId: DEMO.vejle.raadhus,
        name: 'Vejle kiosk',
        kind: 'kiosk',
        keyHash: 'x'.repeat(64),
      })
      .returning();
    expectProblem(await asAdmin({ method: 'POST', url: `/api/admin/devices/${vejleKiosk!.id}/revoke` }), 404);
    const [after] = await ctx.app.db.select().from(schema.devices).where(eq(schema.devices.id, vejleKiosk!.id));
    expect(after?.revokedAt).toBeNull();
  });
});
