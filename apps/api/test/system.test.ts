import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { build, expectProblem, TEST_JWT_SECRET, type TestContext } from './helpers.ts';

let ctx: TestContext;
let logs = '';

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  ctx = await build({ logger: stream, logLevel: 'info' });
});
afterAll(() => ctx.close());

describe('health and readiness', () => {
  it('reports alive and ready', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/ready' })).json()).toEqual({ status: 'ready' });
  });

  it('answers 503 problem+json when the database cannot be reached', async () => {
    const app = await buildApp({
      databaseUrl: 'postgres://nobody:nothing@127.0.0.1:1/none',
      jwtSecret: TEST_JWT_SECRET,
      logger: false,
    });
    try {
      const problem = expectProblem(await app.inject({ method: 'GET', url: '/api/ready' }), 503);
      expect(JSON.stringify(problem)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|nobody/);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents every route with an operationId, and request and response schemas', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    const ids = operations.map((o) => o.op.operationId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'login',
        'refreshSession',
        'logout',
        'getMe',
        'getHealth',
        'getReadiness',
        'listLocations',
        'createUser',
        'updateUser',
        'createDevice',
        'revokeDevice',
        'issueDeviceToken',
        'issueTicket',
        'callNextTicket',
        'getQueueBoard',
        'streamLocationEvents',
        'finishTicket',
        'transferTicket',
        'recallTicket',
        'parkTicket',
        'cancelTicket',
        'markTicketNoShow',
        'moveTicket',
        'reprioritiseTicket',
        'closeDay',
        'openCounterSession',
        'updateService',
        'createService',
      ]),
    );
    for (const { path, method, op } of operations) {
      expect(op.operationId, `${method} ${path}`).toEqual(expect.any(String));
      const responses = op.responses as Record<string, unknown>;
      expect(Object.keys(responses), `${method} ${path}`).toEqual(expect.arrayContaining(['4XX', '5XX']));
      // Commands whose whole input is the URL (and the session) carry no body; every other write declares one.
      const bodiless =
        ['/api/auth/refresh', '/api/auth/logout', '/api/openapi.json'].includes(path) ||
        /\/(revoke|call-next|close-day|heartbeat|status-link)$/.test(path) ||
        /^\/api\/follow-up-tasks\/\{id\}\/complete$/.test(path);
      if (['post', 'patch', 'put'].includes(method) && !bodiless) {
        expect(op.requestBody, `${method} ${path}`).toBeDefined();
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  type Operation = { operationId: string; summary?: string; security?: unknown[]; responses: Record<string, Response> };
  type Response = { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> };
  const operationsOf = (doc: { paths: Record<string, Record<string, Operation>> }) =>
    Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const byId = (doc: { paths: Record<string, Record<string, Operation>> }, id: string) =>
    operationsOf(doc).find((o) => o.op.operationId === id)!.op;

  it('declares every error once: 4XX and 5XX refer to the one Problem response, application/problem+json of the Problem schema', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = response.json();
    expect(Object.keys(doc.components.schemas.Problem.properties)).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']),
    );
    expect(doc.components.responses.Problem.content).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
    });
    let errors = 0;
    for (const { path, method, op } of operationsOf(doc)) {
      for (const [status, declared] of Object.entries(op.responses).filter(([code]) => /^[45]/.test(code))) {
        errors++;
        expect(declared, `${method} ${path} ${status}`).toEqual({ $ref: '#/components/responses/Problem' });
      }
    }
    expect(errors).toBeGreaterThanOrEqual(2 * operationsOf(doc).length);
    // Nothing else spells the problem out again: its properties appear once, in the component.
    expect(response.body.split('"Stable machine-readable code"')).toHaveLength(2);
    // 538,657 bytes before (the problem schema inline ~210 times, the case ~13 times); 185,613 after; 248,800 with
    // issues 12 and 13; 224,602 since the problem response itself is a component.
    expect(response.body.length).toBeLessThan(250_000);
  });

  it('declares CSV, PDF and event-stream answers with their real media types', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const mediaTypes = (id: string) => Object.keys(byId(doc, id).responses['200']!.content ?? {});
    for (const id of [
      'exportTicketStatisticsCsv',
      'exportStaffingByHourCsv',
      'exportTodayStatisticsCsv',
      'exportCaseStatisticsCsv',
      'exportCitizenAccessLogCsv',
      'exportAppointmentStatisticsCsv',
    ]) {
      expect(mediaTypes(id), id).toEqual(['text/csv']);
    }
    for (const id of ['getCaseDocument', 'exportCitizenAccessLogPdf']) expect(mediaTypes(id), id).toEqual(['application/pdf']);
    expect(mediaTypes('streamLocationEvents')).toEqual(['text/event-stream']);
    expect(mediaTypes('streamPublicTicketStatus')).toEqual(['text/event-stream']);
    // And no other operation claims one of them (a JSON answer stays application/json).
    const nonJson = operationsOf(doc).filter(({ op }) =>
      Object.keys(op.responses['200']?.content ?? {}).some((t) => t !== 'application/json'),
    );
    expect(nonJson.map(({ op }) => op.operationId).sort()).toEqual(
      [
        'exportTicketStatisticsCsv',
        'exportStaffingByHourCsv',
        'exportTodayStatisticsCsv',
        'exportCaseStatisticsCsv',
        'exportCitizenAccessLogCsv',
        'getCaseDocument',
        'exportCitizenAccessLogPdf',
        'streamLocationEvents',
        'exportAppointmentStatisticsCsv',
        'streamPublicTicketStatus',
        'exportContactStatisticsCsv',
      ].sort(),
    );
  });

  it('gives every operation a summary, and names its servers and licence', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const { path, method, op } of operationsOf(doc)) expect(op.summary, `${method} ${path}`).toMatch(/\S/);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(doc.info.license).toEqual({ name: 'Proprietary – Skranke' });
    expect(Object.keys(doc.paths).filter((p) => p.endsWith('/'))).toEqual([]);
  });

  it('marks public operations with security: [], and every other one needs a credential and refuses a request without it', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    const operations = operationsOf(doc);
    const open = operations.filter(({ op }) => Array.isArray(op.security) && op.security.length === 0).map(({ op }) => op.operationId);
    // The citizens' own pages (booking, the ticket on the phone) are public too, apart from staff operations: their
    // own tag and /api/public/ paths.
    const citizens = [
      'bookAppointment',
      'cancelAppointment',
      'findAppointment',
      'getPublicTicketStatus',
      'listAppointmentSlots',
      'listBookingOptions',
      'listRemoteTicketOptions',
      'rescheduleAppointment',
      'streamPublicTicketStatus',
      'subscribeTicketNotification',
      'takeRemoteTicket',
    ];
    expect(open.sort()).toEqual(['getHealth', 'getOpenApiDocument', 'getReadiness', 'issueDeviceToken', 'login', ...citizens].sort());
    for (const { path, op } of operations.filter((o) => citizens.includes(o.op.operationId))) {
      expect(path, op.operationId).toMatch(/^\/api\/public\//);
      expect((op as { tags?: string[] }).tags, op.operationId).toEqual(['public-booking']);
    }
    expect(byId(doc, 'refreshSession').security).toEqual([{ refreshCookie: [] }]);
    expect(byId(doc, 'logout').security).toEqual([{ refreshCookie: [] }, { bearerAuth: [] }]);
    // What the document says is what the server does: with no credential, every other operation answers 401.
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const { path, method, op } of operations) {
      if (open.includes(op.operationId) || ['refreshSession', 'logout'].includes(op.operationId)) continue;
      expect(op.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
      const url = path.replace(/\{[^}]+\}/g, uuid);
      const response = await ctx.app.inject({ method: method.toUpperCase() as 'GET', url });
      expect(response.statusCode, `${method} ${path}`).toBe(401);
    }
    for (const { path, op } of operations.filter((o) => open.includes(o.op.operationId) && o.method === 'get' && !o.path.includes('{'))) {
      expect((await ctx.app.inject({ method: 'GET', url: path })).statusCode, `${op.operationId}`).toBe(200);
    }
  });

  it('renders the docs for people', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});

describe('errors and headers', () => {
  it('answers unknown API routes with 404 problem+json', async () => {
    const problem = expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' }), 404);
    expect(problem.instance ?? '').toBe('/api/nothing-here');
  });

  it('sends security headers with a strict script policy', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('logs', () => {
  it('are JSON with request ids and never contain a CPR-shaped value', async () => {
    await ctx.app.inject({ method: 'GET', url: '/api/nothing?cpr=0101901234' });
    await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '010190-1234', password: 'x' } });
    ctx.app.log.info({ note: 'citizen 2512894321 looked up' }, 'manual line 311299-4321');
    await new Promise((r) => setTimeout(r, 50));
    const lines = logs
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => typeof l.reqId === 'string')).toBe(true);
    expect(logs).toContain('[CPR]');
    expect(logs).not.toMatch(/0101901234|010190-1234|2512894321|311299-4321/);
  });
});
