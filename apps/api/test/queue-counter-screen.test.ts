import { schema } from '@skranke/db';
import { DEMO_QUEUE } from '@skranke/db/seed';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
let lars: As;
let anna: As;
const [C1, C2] = DEMO_QUEUE.dokk1Counters as [string, string];

beforeAll(async () => {
  ctx = await build();
  lars = await atCounter(ctx.app, 'lars', C2, [SERVICES.mitid]);
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas, SERVICES.koerekort]);
});
afterAll(() => ctx.close());

const call = (as: As, ticket: { id: string; version: number }, counterId: string) =>
  as({ method: 'POST', url: `/api/tickets/${ticket.id}/call`, payload: { expectedVersion: ticket.version, counterId } });

describe('calling a specific ticket from the counter screen', () => {
  it('calls the chosen ticket out of order, recorded like call-next', async () => {
    const first = (await issue(anna, SERVICES.pas)).ticket;
    const second = (await issue(anna, SERVICES.koerekort)).ticket;
    const called = await call(anna, second, C1);
    expect(called.statusCode).toBe(200);
    expect(called.json()).toMatchObject({ id: second.id, state: 'called', counterId: C1, counterName: 'Skranke 1' });
    const [event] = await ctx.app.db
      .select()
      .from(schema.ticketEvents)
      .where(and(eq(schema.ticketEvents.ticketId, second.id), eq(schema.ticketEvents.action, 'call')));
    expect(event).toMatchObject({ fromState: 'waiting', toState: 'called', counterId: C1, userId: expect.any(String) });
    // The first one still waits, first in line.
    const board = (await anna({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
    expect(board.waiting[0].id).toBe(first.id);
    // The counter holds a ticket: no second call.
    expect(expectProblem(await call(anna, first, C1), 409).code).toBe('counter-busy');
    await anna({ method: 'POST', url: `/api/tickets/${second.id}/no-show`, payload: { expectedVersion: called.json().version } });
  });

  it('refuses a stale version, a ticket sent to another counter, and another worker’s counter', async () => {
    const waiting = (await issue(anna, SERVICES.pas)).ticket;
    expect(expectProblem(await call(anna, { ...waiting, version: waiting.version + 1 }, C1), 409).code).toBe('stale-version');
    const sent = (
      await lars({
        method: 'POST',
        url: `/api/tickets/${waiting.id}/transfer`,
        payload: { expectedVersion: waiting.version, counterId: C2 },
      })
    ).json();
    const refused = expectProblem(await call(anna, sent, C1), 409);
    expect(refused.code).toBe('sent-to-other-counter');
    expect(refused.detail).toContain('Skranke 2');
    expect(expectProblem(await call(anna, sent, C2), 409).code).toBe('not-at-counter');
    expect((await call(lars, sent, C2)).json()).toMatchObject({ state: 'called', counterId: C2 });
  });
});

describe('issuing a ticket at the counter', () => {
  it('gives a priority with its reason, placing the ticket ahead of those who came just before', async () => {
    const ordinary = (await issue(anna, SERVICES.koerekort)).ticket;
    const r = await anna({
      method: 'POST',
      url: `/api/locations/${DOKK1}/tickets`,
      payload: { serviceId: SERVICES.koerekort, priorityClassId: DEMO_QUEUE.aarhusPriority.akut, priorityReason: 'Skal nå et fly' },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().ticket).toMatchObject({
      source: 'counter',
      priorityClassId: DEMO_QUEUE.aarhusPriority.akut,
      priorityReason: 'Skal nå et fly',
    });
    expect(r.json().position).toBe(1);
    const board = (await anna({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
    const order = board.waiting.map((t: { id: string }) => t.id);
    expect(order.indexOf(r.json().ticket.id)).toBeLessThan(order.indexOf(ordinary.id));
    expect((await callNext(anna, C1)).id).not.toBe(ordinary.id);
  });
});
