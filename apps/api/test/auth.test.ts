import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, refreshCookieOf, type TestContext } from './helpers.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await build();
});
afterAll(() => ctx.close());

const decodePart = (token: string, i: number) => JSON.parse(Buffer.from(token.split('.')[i]!, 'base64url').toString());

describe('POST /api/auth/login', () => {
  it('signs in with the demo password and sets a strict httpOnly refresh cookie', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna', password: 'skranke-demo' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.expiresIn).toBe(900);
    expect(body.user).toMatchObject({ username: 'anna', name: 'Anna Sørensen', role: 'counter', municipalityName: 'Aarhus Kommune' });
    expect(Object.keys(body.user).sort()).toEqual(['id', 'locationIds', 'municipalityId', 'municipalityName', 'name', 'role', 'username']);
    const cookie = response.cookies.find((c) => c.name === 'skranke_refresh')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    const header = decodePart(body.accessToken, 0);
    const claims = decodePart(body.accessToken, 1);
    expect(header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(claims).toMatchObject({ iss: 'skranke', aud: 'skranke-api', sub: body.user.id, kind: 'user' });
    expect(claims.exp - claims.iat).toBe(900);
  });

  it("lists the user's locations in the order listLocations gives them (by name)", async () => {
    const signIn = async () =>
      (await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'anna', password: 'skranke-demo' } })).json();
    const before = (await signIn()).user.locationIds as string[];
    expect(before.length).toBeGreaterThan(1);
    // Renamed so that the name order is the reverse of the id order: the list's order, not the ids', must win.
    const [first, last] = [before[0]!, before.at(-1)!].sort();
    await ctx.owner.execute(sql`update locations set name = 'Å ' || name where id = ${first}`);
    await ctx.owner.execute(sql`update locations set name = 'A ' || name where id = ${last}`);
    const { user, accessToken } = await signIn();
    const listed = (await injectAs(ctx.app, { accessToken })({ method: 'GET', url: '/api/locations' })).json() as Array<{ id: string }>;
    expect(user.locationIds).toEqual(listed.map((l) => l.id).filter((id) => user.locationIds.includes(id)));
    expect(user.locationIds[0]).toBe(last);
    expect(user.locationIds.at(-1)).toBe(first);
  });

  it('accepts the username in any case', async () => {
    const session = await login(ctx.app, 'ANNA');
    expect(session.userId).toBeTruthy();
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lars', password: 'nope' } });
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ghost', password: 'nope' } });
    const a = expectProblem(wrong, 401);
    const b = expectProblem(unknown, 401);
    expect(a.detail).toBe(b.detail);
    expect(a.detail).not.toMatch(/bruger(en)? findes|unknown user|adgangskoden er forkert/i);
  });

  it('throttles repeated failures for one username, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'mette', password: `wrong-${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'mette', password: 'skranke-demo' },
    });
    const problem = expectProblem(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(problem.code).toBe('login-throttled');
  });

  it('rejects unknown properties and malformed JSON with 400 problem+json', async () => {
    const extra = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna', password: 'skranke-demo', admin: true },
    });
    const problem = expectProblem(extra, 400);
    expect(problem.errors).toContainEqual({
      pointer: '/body/admin',
      detail: 'Feltet "admin" kendes ikke.',
      detailEn: 'The field "admin" is not known.',
    });

    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "anna", ',
    });
    expect(expectProblem(malformed, 400).code).toBe('malformed-json');

    const missing = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'anna' } });
    expect(expectProblem(missing, 400).errors).toContainEqual({
      pointer: '/body/password',
      detail: 'Adgangskoden skal udfyldes.',
      detailEn: 'The password is required.',
    });
  });
});

describe('refresh, reuse and logout', () => {
  it('rotates the refresh cookie on each use', async () => {
    const session = await login(ctx.app, 'lars');
    const first = await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: session.refreshCookie } });
    expect(first.statusCode).toBe(200);
    const rotated = refreshCookieOf(first);
    expect(rotated).not.toBe(session.refreshCookie);
    const second = await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: rotated } });
    expect(second.statusCode).toBe(200);
    expect(second.json().user.username).toBe('lars');
  });

  it('revokes the whole session when a used refresh token comes back', async () => {
    const session = await login(ctx.app, 'lars');
    const rotated = refreshCookieOf(
      await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: session.refreshCookie } }),
    );
    // The old token is replayed (stolen): refused, and the legitimate newer one dies with the session.
    const replay = await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: session.refreshCookie } });
    expectProblem(replay, 401);
    const legit = await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: rotated } });
    expectProblem(legit, 401);
    const me = await injectAs(ctx.app, session)({ method: 'GET', url: '/api/auth/me' });
    expectProblem(me, 401);
  });

  it('refuses refresh without a cookie or with an unknown one', async () => {
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh' }), 401);
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: 'made-up' } }), 401);
  });

  it('logout ends the session: access token and refresh cookie stop working at once', async () => {
    const session = await login(ctx.app, 'anna');
    const as = injectAs(ctx.app, session);
    expect((await as({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({ kind: 'user', user: { username: 'anna' } });
    const out = await as({ method: 'POST', url: '/api/auth/logout', cookies: { skranke_refresh: session.refreshCookie } });
    expect(out.statusCode).toBe(204);
    expectProblem(await as({ method: 'GET', url: '/api/auth/me' }), 401);
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: session.refreshCookie } }),
      401,
    );
  });

  it('logout with only the cookie also ends the session', async () => {
    const session = await login(ctx.app, 'anna');
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { skranke_refresh: session.refreshCookie } });
    expect(out.statusCode).toBe(204);
    expectProblem(await injectAs(ctx.app, session)({ method: 'GET', url: '/api/auth/me' }), 401);
  });
});
