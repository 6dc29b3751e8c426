import { schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
let lars: As;
let anna: As;
const [C1] = DEMO_QUEUE.dokk1Counters as [string];

beforeAll(async () => {
  ctx = await build();
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas]);
});
afterAll(() => ctx.close());

const parkedAt = async (as: As, locationId: string = DOKK1) => as({ method: 'GET', url: `/api/locations/${locationId}/parked-tickets` });
const act = async (as: As, ticket: { id: string; version: number }, action: string) => {
  const response = await as({ method: 'POST', url: `/api/tickets/${ticket.id}/${action}`, payload: { expectedVersion: ticket.version } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('listParkedTickets', () => {
  it('lists the location’s parked tickets until they are called back or returned', async () => {
    await issue(lars, SERVICES.pas);
    await issue(lars, SERVICES.pas);
    const first = await act(anna, await callNext(anna, C1), 'park');
    const second = await act(anna, await callNext(anna, C1), 'park');
    const listed = await parkedAt(anna);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([first, second]);

    const returned = await act(anna, first, 'return');
    expect((await parkedAt(anna)).json().map((t: { id: string }) => t.id)).toEqual([second.id]);
    const back = await anna({
      method: 'POST',
      url: `/api/tickets/${second.id}/call`,
      payload: { expectedVersion: second.version, counterId: C1 },
    });
    expect(back.statusCode).toBe(200);
    expect((await parkedAt(anna)).json()).toEqual([]);

    // Leave nothing open for the next tests.
    await act(anna, back.json(), 'no-show');
    const cancelled = await anna({
      method: 'POST',
      url: `/api/tickets/${returned.id}/cancel`,
      payload: { expectedVersion: returned.version, reason: 'Gik igen' },
    });
    expect(cancelled.json()).toMatchObject({ state: 'cancelled' });
  });

  it('is listed in the OpenAPI document with its operationId and problem responses', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/locations/{locationId}/parked-tickets']?.get;
    expect(op?.operationId).toBe('listParkedTickets');
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '4XX', '5XX']));
  });

  it('refuses staff of other locations and municipalities, and anonymous callers', async () => {
    expectProblem(await parkedAt(anna, DEMO.aarhus.lystrup), 403);
    const mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
    expectProblem(await parkedAt(mette), 404);
    const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/locations/${DOKK1}/parked-tickets` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('one-statement transitions', () => {
  it('answer with the ticket exactly as getTicket reads it, and record who, from which state and at which counter', async () => {
    await issue(lars, SERVICES.pas);
    const called = await callNext(anna, C1);
    expect((await anna({ method: 'GET', url: `/api/tickets/${called.id}` })).json()).toEqual(called);
    const requeued = await act(anna, called, 'requeue');
    expect((await anna({ method: 'GET', url: `/api/tickets/${called.id}` })).json()).toEqual(requeued);
    expect(requeued).toMatchObject({ state: 'waiting', counterId: null, calledAt: null, version: called.version + 1 });

    const events = await ctx.app.db
      .select()
      .from(schema.ticketEvents)
      .where(eq(schema.ticketEvents.ticketId, called.id))
      .orderBy(asc(schema.ticketEvents.id));
    expect(events.map((e) => [e.action, e.fromState, e.toState, e.counterId, e.userId])).toEqual([
      ['issue', null, 'waiting', null, DEMO.users.lars],
      ['call', 'waiting', 'called', C1, DEMO.users.anna],
      // The counter it left is kept on the event, though the ticket no longer has one.
      ['requeue', 'called', 'waiting', C1, DEMO.users.anna],
    ]);
  });

  it('answer 404 for another municipality’s ticket and 409 for a stale version, changing nothing', async () => {
    await issue(lars, SERVICES.pas);
    const called = await callNext(anna, C1);
    const mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
    expectProblem(
      await mette({ method: 'POST', url: `/api/tickets/${called.id}/start`, payload: { expectedVersion: called.version } }),
      404,
    );
    const stale = await anna({ method: 'POST', url: `/api/tickets/${called.id}/start`, payload: { expectedVersion: called.version - 1 } });
    expect(expectProblem(stale, 409)).toMatchObject({ code: 'stale-version', currentState: 'called', currentVersion: called.version });
    expect((await anna({ method: 'GET', url: `/api/tickets/${called.id}` })).json()).toEqual(called);
    await act(anna, called, 'no-show');
  });
});
