import { DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

// The queue's clock, moved by the tests (never slept on).
// A fixed mid-morning instant: the real clock near midnight in Copenhagen would start a new day (and new numbers) mid-test.
let now = new Date('2026-03-10T09:00:00Z');
const advance = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

let ctx: TestContext;
let anna: As;
let display: As;
const [C1] = DEMO_QUEUE.dokk1Counters as [string];

beforeAll(async () => {
  ctx = await build({ queueClock: () => now });
  const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas]);
  const created = await admin({
    method: 'POST',
    url: '/api/admin/devices',
    payload: { name: 'Kaldeskærm', kind: 'display', locationId: DOKK1 },
  });
  const token = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: created.json().deviceKey } });
  display = injectAs(ctx.app, token.json());
});
afterAll(() => ctx.close());

type Board = { recentCalls: Array<{ displayNumber: string; state: string; counterName: string | null }>; recentCallMinutes: number };
const shown = async () => {
  const board: Board = (await display({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
  return board.recentCalls.map((t) => `${t.displayNumber} ${t.state} ${t.counterName}`);
};
const finish = (ticket: { id: string; version: number }) =>
  anna({
    method: 'POST',
    url: `/api/tickets/${ticket.id}/finish`,
    payload: { expectedVersion: ticket.version, outcome: 'completed', deliveredServiceIds: [] },
  });

describe('the call display’s recent calls', () => {
  it('keeps a call with one counter after its citizen is served, newest first, for 5 minutes', async () => {
    await issue(anna, SERVICES.pas);
    advance(0.1); // a moment later, so P001 is first in line
    await issue(anna, SERVICES.pas);
    const first = await callNext(anna, C1);
    expect(await shown()).toEqual(['P001 called Skranke 1']);
    await finish(first);
    expect(await shown()).toEqual(['P001 done Skranke 1']);
    advance(2);
    const second = await callNext(anna, C1);
    expect(await shown()).toEqual(['P002 called Skranke 1', 'P001 done Skranke 1']);
    await finish(second);
    advance(3.5); // P001 called 5.6 minutes ago, P002 3.5
    expect(await shown()).toEqual(['P002 done Skranke 1']);
    advance(2);
    expect(await shown()).toEqual([]);
  });

  it('keeps them for as long as an administrator has set under Regelværdier', async () => {
    const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    const set = await admin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { displayRecentCallMinutes: 15 } });
    expect(set.json()).toMatchObject({ displayRecentCallMinutes: 15 });
    await issue(anna, SERVICES.pas);
    const third = await callNext(anna, C1);
    await finish(third);
    advance(14);
    expect(await shown()).toEqual(['P003 done Skranke 1']);
    const board: Board = (await display({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
    expect(board.recentCallMinutes).toBe(15);
    advance(2);
    expect(await shown()).toEqual([]);
  });
});
