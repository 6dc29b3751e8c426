import { schema } from '@skranke/db';
import { DEMO_QUEUE } from '@skranke/db/seed';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
let lars: As;
const [C1] = DEMO_QUEUE.dokk1Counters as [string];
const P = DEMO_QUEUE.aarhusPriority;

beforeAll(async () => {
  ctx = await build();
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
});
afterAll(() => ctx.close());

const board = async () => (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();

describe('queue board and call order', () => {
  it('puts a priority ticket ahead of ordinary ones who arrived less than its head start before', async () => {
    const ordinary = await issue(lars, SERVICES.pas);
    const supported = await issue(lars, SERVICES.pas, { priorityClassId: P.stoetteperson, priorityReason: 'Mestringsvejleder med' });
    const b = await board();
    expect(b.waiting.map((t: { id: string }) => t.id)).toEqual([supported.ticket.id, ordinary.ticket.id]);
    expect(supported.position).toBe(1);
    const pas = b.services.find((s: { serviceId: string }) => s.serviceId === SERVICES.pas);
    // Two wait and no counter takes Pas: red at once, however short the wait so far.
    expect(pas).toMatchObject({ waiting: 2, staffedCounters: 0, estimatedWaitMinutes: null, trafficLight: 'red' });
  });

  it('shows staffed counters, the current ticket and the estimate', async () => {
    const anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas]);
    const called = await callNext(anna, C1);
    const b = await board();
    const counter = b.counters.find((c: { counterId: string }) => c.counterId === C1);
    expect(counter).toMatchObject({ state: 'open', staffName: 'Anna Sørensen', currentTicket: { id: called.id, state: 'called' } });
    expect(b.called[0].id).toBe(called.id);
    const pas = b.services.find((s: { serviceId: string }) => s.serviceId === SERVICES.pas);
    // A pas ticket taken now waits for the citizen just called (12 expected minutes) and the one waiting (12 more).
    expect(pas).toMatchObject({ waiting: 1, staffedCounters: 1, estimatedWaitMinutes: 24 });
    expect(b.lastEventSeq).toBeGreaterThan(0);
  });

  it('lets a lead move a ticket to the front and re-prioritise it', async () => {
    const a = await issue(lars, SERVICES.mitid);
    const b2 = await issue(lars, SERVICES.mitid);
    const moved = await lars({ method: 'POST', url: `/api/tickets/${b2.ticket.id}/move`, payload: { expectedVersion: 1, to: 'front' } });
    expect(moved.statusCode).toBe(200);
    let order = (await board()).waiting
      .filter((t: { serviceId: string }) => t.serviceId === SERVICES.mitid)
      .map((t: { id: string }) => t.id);
    expect(order).toEqual([b2.ticket.id, a.ticket.id]);
    const urgent = await lars({
      method: 'POST',
      url: `/api/tickets/${a.ticket.id}/priority`,
      payload: { expectedVersion: 1, priorityClassId: P.akut, reason: 'Rejser i morgen' },
    });
    expect(urgent.json()).toMatchObject({ priorityClassId: P.akut, priorityReason: 'Rejser i morgen' });
    order = (await board()).waiting.filter((t: { serviceId: string }) => t.serviceId === SERVICES.mitid).map((t: { id: string }) => t.id);
    expect(order[0]).toBe(a.ticket.id);
  });

  it('lets a lead close a service, and the board says so', async () => {
    await lars({ method: 'PATCH', url: `/api/services/${SERVICES.vejledning}`, payload: { active: false } });
    const v = (await board()).services.find((s: { serviceId: string }) => s.serviceId === SERVICES.vejledning);
    expect(v.active).toBe(false);
    await lars({ method: 'PATCH', url: `/api/services/${SERVICES.vejledning}`, payload: { active: true } });
  });

  it('waits for an older transaction rather than hand out a position that would repeat a change it shows', async () => {
    const older = new pg.Client({ connectionString: ctx.database.url });
    await older.connect();
    try {
      await older.query('begin');
      await older.query('select pg_current_xact_id()'); // holds the horizon back until it ends
      const issued = await issue(lars, SERVICES.pas); // committed, on the board, but its event is not ready yet
      const reading = board();
      await new Promise((r) => setTimeout(r, 20));
      await older.query('commit');
      const b = await reading;
      expect(b.waiting.map((t: { id: string }) => t.id)).toContain(issued.ticket.id);
      const event = await ctx.app.db
        .select({ seq: schema.locationEvents.seq })
        .from(schema.locationEvents)
        .where(sql`${schema.locationEvents.payload} -> 'ticket' ->> 'id' = ${issued.ticket.id}`);
      expect(b.lastEventSeq).toBe(event[0]!.seq); // resuming from here does not bring the issue again
    } finally {
      await older.end();
    }
  });

  it('refuses counter staff moving tickets and another municipality’s board', async () => {
    const anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
    const t = await issue(lars, SERVICES.koerekort);
    expectProblem(
      await anna({ method: 'POST', url: `/api/tickets/${t.ticket.id}/move`, payload: { expectedVersion: 1, to: 'front' } }),
      403,
    );
    const mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
    expectProblem(await mette({ method: 'GET', url: `/api/locations/${DOKK1}/board` }), 404);
    expectProblem(await mette({ method: 'GET', url: `/api/tickets/${t.ticket.id}` }), 404);
  });
});
