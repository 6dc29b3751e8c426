import { DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

// The queue's clock, moved by the tests (never slept on).
// A fixed mid-morning instant: the real clock near midnight in Copenhagen would start a new day (and new numbers) mid-test.
let now = new Date('2026-03-10T09:00:00Z');
const advance = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

let ctx: TestContext;
let lars: As;
let anna: As;
const [C1] = DEMO_QUEUE.dokk1Counters as [string];

type Board = {
  counters: Array<{ counterId: string; state: string; lastSeenAt: string | null }>;
  services: Array<{ serviceId: string; staffedCounters: number; estimatedWaitMinutes: number | null }>;
};
const board = async (): Promise<Board> => (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
const c1 = (b: Board) => b.counters.find((c) => c.counterId === C1)!;
const pas = (b: Board) => b.services.find((s) => s.serviceId === SERVICES.pas)!;
const ping = (as: As) => as({ method: 'POST', url: '/api/counter-session/heartbeat' });

beforeAll(async () => {
  ctx = await build({ queueClock: () => now });
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas]);
});
afterAll(() => ctx.close());

describe('counter presence', () => {
  it('shows a counter not heard from for 2 minutes as stale, counts it as no capacity, and a ping brings it back', async () => {
    const fresh = await board();
    expect(c1(fresh)).toMatchObject({ state: 'open', lastSeenAt: now.toISOString() });
    expect(pas(fresh).staffedCounters).toBe(1);
    expect((await issue(lars, SERVICES.pas)).estimatedWaitMinutes).not.toBeNull();

    advance(120);
    expect(c1(await board()).state).toBe('open'); // exactly at the limit: still there
    advance(1);
    const silent = await board();
    expect(c1(silent).state).toBe('stale');
    expect(pas(silent).staffedCounters).toBe(0);
    expect(pas(silent).estimatedWaitMinutes).toBeNull();
    const issued = await issue(lars, SERVICES.pas);
    expect(issued.estimatedWaitMinutes).toBeNull();
    // Nor may a ticket be sent to it.
    const sent = await lars({
      method: 'POST',
      url: `/api/tickets/${issued.ticket.id}/transfer`,
      payload: { expectedVersion: issued.ticket.version, counterId: C1 },
    });
    expect(expectProblem(sent, 409).code).toBe('counter-not-staffed');

    expect((await ping(anna)).statusCode).toBe(204);
    const back = await board();
    expect(c1(back)).toMatchObject({ state: 'open', lastSeenAt: now.toISOString() });
    expect(pas(back).staffedCounters).toBe(1);
    expect((await issue(lars, SERVICES.pas)).estimatedWaitMinutes).not.toBeNull();
  });

  it('uses the limit an administrator sets under Regelværdier', async () => {
    const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    const set = await admin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { counterStaleSeconds: 600 } });
    expect(set.json()).toMatchObject({ counterStaleSeconds: 600 });
    expect((await admin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { counterStaleSeconds: 5 } })).statusCode).toBe(400);
    await ping(anna);
    advance(300);
    expect(c1(await board()).state).toBe('open');
    advance(301);
    expect(c1(await board()).state).toBe('stale');
    await ping(anna);
  });

  it('answers 404 to a ping without a counter session, and signing out leaves the counter closed', async () => {
    expect((await anna({ method: 'DELETE', url: '/api/counter-session' })).statusCode).toBe(204);
    expect(c1(await board())).toMatchObject({ state: 'closed', lastSeenAt: null });
    expectProblem(await ping(anna), 404);
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/counter-session/heartbeat'].post.operationId).toBe('heartbeatCounterSession');
  });
});
