import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

// Hostile and malformed input: every answer is a 4xx problem+json naming what was wrong, never a 500, and nothing
// of the input reaches the logs.
let ctx: TestContext;
let logs = '';
let base = '';
let asLars: ReturnType<typeof injectAs>;
let asAnna: ReturnType<typeof injectAs>;

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  ctx = await build({ logger: stream, logLevel: 'info' });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const json = (payload: string) => ({ payload, headers: { 'content-type': 'application/json' } });

describe('text PostgreSQL cannot store', () => {
  it.each([
    ['a NUL byte in an anonymous sign-in', '{"username":"an\\u0000na","password":"x"}', '/body/username'],
    ['a lone high surrogate', '{"username":"anna","password":"x\\ud800"}', '/body/password'],
    ['a lone low surrogate', '{"username":"\\udc00anna","password":"x"}', '/body/username'],
  ])('%s is refused with 400 naming the field', async (_, payload, pointer) => {
    const problem = expectProblem(await ctx.app.inject({ method: 'POST', url: '/api/auth/login', ...json(payload) }), 400);
    expect(problem.code).toBe('invalid-text');
    expect(problem.errors).toEqual([{ pointer, detail: expect.stringMatching(/ikke kan gemmes/) }]);
  });

  it('a paired surrogate (an emoji) is ordinary text', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      ...json('{"username":"anna\\ud83d\\ude00","password":"x"}'),
    });
    expect(response.statusCode).toBe(401);
  });

  it('a NUL byte in a query string and in a nested body field', async () => {
    const query = expectProblem(await asLars({ method: 'GET', url: '/api/audit/events?action=x%00y' }), 400);
    expect(query.errors?.[0]?.pointer).toBe('/querystring/action');
    const nested = expectProblem(
      await asAnna({
        method: 'POST',
        url: `/api/tickets/${randomUUID()}/park`,
        ...json('{"expectedVersion":1,"note":{"x":["ok","a\\u0000"]}}'),
      }),
      400,
    );
    expect(nested.errors?.[0]?.pointer).toBe('/body/note/x/1');
  });

  it('logs no SQL and no parameters', () => {
    expect(logs).not.toMatch(/params:|Failed query|\\u0000/);
  });
});

describe('numbers and dates past what the database holds', () => {
  it.each([
    [
      'an expectedVersion past PostgreSQL integer',
      () => asAnna({ method: 'POST', url: `/api/tickets/${randomUUID()}/recall`, payload: { expectedVersion: 2_147_483_648 } }),
      '/body/expectedVersion',
    ],
    [
      'an audit cursor past a safe integer',
      () => asLars({ method: 'GET', url: '/api/audit/events?cursor=99999999999999999999' }),
      '/querystring/cursor',
    ],
    [
      'a statistics period in year 0050',
      () => asLars({ method: 'GET', url: '/api/statistics/tickets?from=0050-01-01&to=0050-12-31&groupBy=location' }),
      '/querystring/from',
    ],
    [
      'a statistics period in year 0000',
      () => asLars({ method: 'GET', url: '/api/statistics/tickets?from=2025-01-01&to=0000-12-31&groupBy=location' }),
      '/querystring/to',
    ],
  ])('%s gives 400 naming the field', async (_, send, pointer) => {
    const problem = expectProblem(await send(), 400);
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  });

  it('a Last-Event-ID past a safe integer gives 400', async () => {
    const location = (await asAnna({ method: 'GET', url: '/api/locations' })).json()[0].id as string;
    expectProblem(
      await asAnna({ method: 'GET', url: `/api/locations/${location}/events`, headers: { 'last-event-id': '99999999999999999' } }),
      400,
    );
    expectProblem(await asAnna({ method: 'GET', url: `/api/locations/${location}/events?lastEventId=99999999999999999999` }), 400);
  });
});

/** A raw HTTP exchange, for what inject cannot send (headers too large for Node's parser). */
function rawGet(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('errors raised before any route runs', () => {
  const SECURITY = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy'];

  it('answer problem+json with the security headers of every other answer, echoing nothing', async () => {
    const ordinary = await rawGet('/api/no-such-route');
    const longParam = 'x'.repeat(300);
    const cases = [
      { what: 'a path parameter too long (414)', response: await rawGet(`/api/locations/${longParam}/events`), status: 414 },
      { what: 'headers too large (431)', response: await rawGet('/api/health', { 'x-big': 'z'.repeat(20_000) }), status: 431 },
      { what: 'a malformed URL (400)', response: await rawGet('/api/locations/%E0%A4%A/events'), status: 400 },
    ];
    for (const { what, response, status } of cases) {
      expect(response.status, what).toBe(status);
      expect(String(response.headers['content-type']), what).toMatch(/^application\/problem\+json/);
      for (const name of Object.keys(ordinary.headers).filter(
        (h) => SECURITY.includes(h) || h.startsWith('cross-origin') || h.startsWith('x-'),
      )) {
        if (name === 'x-request-id') continue;
        expect(response.headers[name], `${what}: ${name}`).toBe(ordinary.headers[name]);
      }
      const body = JSON.parse(response.body);
      expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:skranke:problem:/), detail: expect.any(String) });
      expect(response.body, what).not.toMatch(/xxxx|zzzz|locations|%E0/);
    }
    expect(SECURITY.every((h) => ordinary.headers[h])).toBe(true);
  });
});

describe('authentication answers', () => {
  it('sign-in and refresh are never cached; a 401 names the scheme', async () => {
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna', password: 'skranke-demo' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.headers['cache-control']).toBe('no-store');
    const cookie = signIn.cookies.find((c) => c.name === 'skranke_refresh')!;
    const refresh = await ctx.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { skranke_refresh: cookie.value } });
    expect(refresh.statusCode).toBe(200);
    expect(refresh.headers['cache-control']).toBe('no-store');
    const failed = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'anna', password: 'wrong' } });
    expect(failed.headers['cache-control']).toBe('no-store');
    const anonymous = expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/auth/me' }), 401);
    expect(anonymous.code).toBe('unauthorized');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me' })).headers['www-authenticate']).toBe('Bearer realm="skranke"');
  });
});

describe('a request body that stalls', () => {
  it('is cut off with 408 problem+json once the request timeout passes', async () => {
    const { buildApp } = await import('../src/app.ts');
    const { TEST_JWT_SECRET } = await import('./helpers.ts');
    const { connect } = await import('node:net');
    const app = await buildApp({ databaseUrl: ctx.database.appUrl, jwtSecret: TEST_JWT_SECRET, logger: false, requestTimeoutMs: 300 });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const port = (app.server.address() as AddressInfo).port;
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          // Promises 100 bytes, sends 10, then nothing.
          socket.write(
            'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"username"',
          );
        });
        let data = '';
        socket.on('data', (chunk) => (data += chunk.toString()));
        socket.on('close', () => resolve(data));
        socket.on('error', reject);
        setTimeout(() => reject(new Error('the stalled request was not cut off')), 5000).unref();
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toMatch(/content-type: application\/problem\+json/i);
      expect(answer).toMatch(/"code":"request-timeout"/);
    } finally {
      await app.close();
    }
  });
});
