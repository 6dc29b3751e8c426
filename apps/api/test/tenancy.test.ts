import { DEMO } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAdmin: ReturnType<typeof injectAs>;
let asAnna: ReturnType<typeof injectAs>;
let asMette: ReturnType<typeof injectAs>;

beforeAll(async () => {
  ctx = await build();
  asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  asMette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

describe('municipality isolation', () => {
  it('lists only the own municipality’s locations', async () => {
    const aarhus = (await asAnna({ method: 'GET', url: '/api/locations' })).json();
    const vejle = (await asMette({ method: 'GET', url: '/api/locations' })).json();
    expect(aarhus.map((l: { id: string }) => l.id).sort()).toEqual([DEMO.aarhus.dokk1, DEMO.aarhus.lystrup, DEMO.aarhus.bus].sort());
    expect(vejle.map((l: { id: string }) => l.id)).toEqual([DEMO.vejle.raadhus]);
  });

  it('answers 404, not 403, for another municipality’s user, when reading and when changing', async () => {
    const read = await asAdmin({ method: 'GET', url: `/api/admin/users/${DEMO.users.mette}` });
    expectProblem(read, 404);
    const change = await asAdmin({ method: 'PATCH', url: `/api/admin/users/${DEMO.users.mette}`, payload: { disabled: true } });
    expectProblem(change, 404);
    // mette is untouched: she can still sign in.
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'mette', password: 'skranke-demo' } }))
        .statusCode,
    ).toBe(200);
    const list = (await asAdmin({ method: 'GET', url: '/api/admin/users' })).json();
    expect(list.map((u: { username: string }) => u.username)).toEqual(['admin', 'anna', 'lars']);
  });

  it('refuses another municipality’s location for a new user or device', async () => {
    const user = await asAdmin({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'spion', name: 'Spion', role: 'counter', password: 'et-langt-kodeord', locationIds: [DEMO.vejle.raadhus] },
    });
    expect(expectProblem(user, 400).code).toBe('unknown-location');
    const device = await asAdmin({
      method: 'POST',
      url: '/api/admin/devices',
      payload: { name: 'Kiosk', kind: 'kiosk', locationId: DEMO.vejle.raadhus },
    });
    expect(expectProblem(device, 400).code).toBe('unknown-location');
  });
});

describe('role checks', () => {
  it('gives counter staff 403 on administration', async () => {
    expectProblem(await asAnna({ method: 'GET', url: '/api/admin/users' }), 403);
    expectProblem(
      await asAnna({ method: 'POST', url: '/api/admin/devices', payload: { name: 'x', kind: 'kiosk', locationId: DEMO.aarhus.dokk1 } }),
      403,
    );
  });

  it('gives a lead 403 on administration', async () => {
    const asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
    expectProblem(await asLars({ method: 'GET', url: '/api/admin/devices' }), 403);
  });
});
