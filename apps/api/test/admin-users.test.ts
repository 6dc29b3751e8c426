import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAdmin: ReturnType<typeof injectAs>;
let adminId: string;

beforeAll(async () => {
  ctx = await build();
  const session = await login(ctx.app, 'admin');
  adminId = session.userId;
  asAdmin = injectAs(ctx.app, session);
});
afterAll(() => ctx.close());

async function lastAudit(action: string) {
  const [row] = await ctx.app.db
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .orderBy(desc(schema.auditEvents.id))
    .limit(1);
  return row;
}

describe('staff users', () => {
  it('creates a user who can sign in, and audits it', async () => {
    const response = await asAdmin({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'jens', name: 'Jens Møller', role: 'counter', password: 'sikkert-kodeord-1', locationIds: [DEMO.aarhus.dokk1] },
    });
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      username: 'jens',
      name: 'Jens Møller',
      role: 'counter',
      disabled: false,
      locationIds: [DEMO.aarhus.dokk1],
    });
    expect(user).not.toHaveProperty('passwordHash');
    await login(ctx.app, 'jens', 'sikkert-kodeord-1');
    const audit = await lastAudit('admin.user.create');
    expect(audit).toMatchObject({ actorUserId: adminId, subjectId: user.id, municipalityId: DEMO.aarhus.id });
  });

  it('refuses passwords shorter than 12 characters and taken usernames', async () => {
    const short = await asAdmin({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'kort', name: 'Kort', role: 'counter', password: 'elleve-tegn', locationIds: [] },
    });
    expectProblem(short, 400);
    const taken = await asAdmin({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'anna', name: 'Anden Anna', role: 'counter', password: 'et-langt-kodeord', locationIds: [] },
    });
    expect(expectProblem(taken, 409).code).toBe('username-taken');
  });

  it('disabling a user ends their sessions at once and blocks sign-in', async () => {
    const lars = await login(ctx.app, 'lars');
    const asLars = injectAs(ctx.app, lars);
    expect((await asLars({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const response = await asAdmin({ method: 'PATCH', url: `/api/admin/users/${DEMO.users.lars}`, payload: { disabled: true } });
    expect(response.json()).toMatchObject({ disabled: true });
    expectProblem(await asLars({ method: 'GET', url: '/api/auth/me' }), 401);
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: lars.refreshCookie } }),
      401,
    );
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lars', password: 'skranke-demo' } }),
      401,
    );
    const audit = await lastAudit('admin.user.update');
    expect(audit?.details).toMatchObject({ before: { disabled: false }, after: { disabled: true } });

    await asAdmin({ method: 'PATCH', url: `/api/admin/users/${DEMO.users.lars}`, payload: { disabled: false } });
    expect((await login(ctx.app, 'lars')).accessToken).toBeTruthy();
  });

  it('a role change takes effect on the next request', async () => {
    const anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
    expectProblem(await anna({ method: 'GET', url: '/api/admin/users' }), 403);
    await asAdmin({ method: 'PATCH', url: `/api/admin/users/${DEMO.users.anna}`, payload: { role: 'admin' } });
    expect((await anna({ method: 'GET', url: '/api/admin/users' })).statusCode).toBe(200);
    await asAdmin({ method: 'PATCH', url: `/api/admin/users/${DEMO.users.anna}`, payload: { role: 'counter' } });
  });

  it('an admin cannot lock themselves out', async () => {
    const response = await asAdmin({ method: 'PATCH', url: `/api/admin/users/${adminId}`, payload: { disabled: true } });
    expect(expectProblem(response, 409).code).toBe('cannot-demote-self');
  });

  it('validates ids and bodies', async () => {
    expectProblem(await asAdmin({ method: 'GET', url: '/api/admin/users/not-a-uuid' }), 400);
    expectProblem(await asAdmin({ method: 'PATCH', url: `/api/admin/users/${DEMO.users.anna}`, payload: {} }), 400);
    expectProblem(await asAdmin({ method: 'PATCH', url: `/api/admin/users/${DEMO.users.anna}`, payload: { role: 'king' } }), 400);
  });
});
