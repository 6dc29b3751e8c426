import { schema } from '@skranke/db';
import { and, desc, eq } from 'drizzle-orm';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
let lars: As;
let anna: As;
const [C1, C2] = DEMO_QUEUE.dokk1Counters as [string, string];

beforeAll(async () => {
  ctx = await build();
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas, SERVICES.koerekort]);
});
afterAll(() => ctx.close());

describe('issuing tickets', () => {
  it('numbers per prefix from 001, with position and estimate', async () => {
    const first = await issue(lars, SERVICES.pas);
    const second = await issue(lars, SERVICES.pas);
    const other = await issue(lars, SERVICES.mitid);
    expect(first.ticket.displayNumber).toBe('P001');
    expect(second.ticket.displayNumber).toBe('P002');
    expect(other.ticket.displayNumber).toBe('M001');
    expect(second.position).toBe(2);
    expect(second.estimatedWaitMinutes).toBe(12); // one staffed counter, 12 expected minutes, one ahead
    expect(other.estimatedWaitMinutes).toBeNull(); // nobody takes MitID right now
    expect(first.ticket).toMatchObject({ state: 'waiting', source: 'counter', serviceNameDa: 'Pas', version: 1 });
  });

  it('numbers past 999 with more digits, as formatTicketNumber does', async () => {
    const { formatTicketNumber, serviceDay } = await import('@skranke/domain');
    await ctx.app.db
      .insert(schema.ticketSequences)
      .values({ locationId: DOKK1, prefix: 'F', serviceDay: serviceDay(new Date()), lastNumber: 998 });
    expect((await issue(lars, SERVICES.selvbetjening)).ticket.displayNumber).toBe(formatTicketNumber('F', 999));
    expect((await issue(lars, SERVICES.selvbetjening)).ticket.displayNumber).toBe(formatTicketNumber('F', 1000));
  });

  it('returns the same ticket for the same Idempotency-Key (a double tap)', async () => {
    const headers = { 'idempotency-key': 'kiosk-tap-0001' };
    const [a, b] = await Promise.all([issue(lars, SERVICES.vejledning, {}, headers), issue(lars, SERVICES.vejledning, {}, headers)]);
    expect(a.ticket.id).toBe(b.ticket.id);
    const again = await lars({
      method: 'POST',
      url: `/api/locations/${DOKK1}/tickets`,
      payload: { serviceId: SERVICES.vejledning },
      headers,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().ticket.id).toBe(a.ticket.id);
  });

  it('refuses a closed service, an unknown one and a priority without reason', async () => {
    await lars({ method: 'PATCH', url: `/api/services/${SERVICES.sundhedskort}`, payload: { active: false } });
    const closed = await lars({ method: 'POST', url: `/api/locations/${DOKK1}/tickets`, payload: { serviceId: SERVICES.sundhedskort } });
    expect(expectProblem(closed, 409).code).toBe('service-closed');
    await lars({ method: 'PATCH', url: `/api/services/${SERVICES.sundhedskort}`, payload: { active: true } });
    const foreign = await lars({
      method: 'POST',
      url: `/api/locations/${DOKK1}/tickets`,
      payload: { serviceId: DEMO_QUEUE.vejleServices.pas },
    });
    expectProblem(foreign, 404);
    const noReason = await lars({
      method: 'POST',
      url: `/api/locations/${DOKK1}/tickets`,
      payload: { serviceId: SERVICES.pas, priorityClassId: DEMO_QUEUE.aarhusPriority.akut },
    });
    expect(expectProblem(noReason, 400).code).toBe('priority-reason-required');
  });

  it('hides another municipality’s location (404)', async () => {
    const r = await lars({ method: 'POST', url: `/api/locations/${DEMO.vejle.raadhus}/tickets`, payload: { serviceId: SERVICES.pas } });
    expectProblem(r, 404);
  });
});

describe('serving a citizen', () => {
  it('calls in order, serves, finishes and counts', async () => {
    const ticket = await callNext(anna, C1);
    expect(ticket).toMatchObject({ displayNumber: 'P001', state: 'called', counterId: C1, counterName: 'Skranke 1' });
    const busy = await anna({ method: 'POST', url: `/api/counters/${C1}/call-next` });
    expect(expectProblem(busy, 409).code).toBe('counter-busy');
    const recalled = (
      await anna({ method: 'POST', url: `/api/tickets/${ticket.id}/recall`, payload: { expectedVersion: ticket.version } })
    ).json();
    expect(recalled.recallCount).toBe(1);
    const serving = (
      await anna({ method: 'POST', url: `/api/tickets/${ticket.id}/start`, payload: { expectedVersion: recalled.version } })
    ).json();
    expect(serving.state).toBe('serving');
    const done = await anna({
      method: 'POST',
      url: `/api/tickets/${ticket.id}/finish`,
      payload: { expectedVersion: serving.version, outcome: 'completed', deliveredServiceIds: [SERVICES.pas, SERVICES.sundhedskort] },
    });
    expect(done.json()).toMatchObject({ state: 'done', outcome: 'completed' });
    const session = (await anna({ method: 'GET', url: '/api/counter-session' })).json().session;
    expect(session).toMatchObject({ counterId: C1, servedToday: 1, currentTicket: null });
  });

  it('names the current state on an illegal transition and refuses a stale version', async () => {
    const ticket = await callNext(anna, C1);
    const illegal = await anna({ method: 'POST', url: `/api/tickets/${ticket.id}/return`, payload: { expectedVersion: ticket.version } });
    const problem = expectProblem(illegal, 409);
    expect(problem).toMatchObject({ code: 'illegal-transition', currentState: 'called' });
    await anna({ method: 'POST', url: `/api/tickets/${ticket.id}/park`, payload: { expectedVersion: ticket.version } });
    // A colleague acting on the version they saw before the park.
    const stale = await lars({ method: 'POST', url: `/api/tickets/${ticket.id}/no-show`, payload: { expectedVersion: ticket.version } });
    expect(expectProblem(stale, 409)).toMatchObject({ code: 'stale-version', currentState: 'parked' });
  });

  it('limits recalls and then allows no-show', async () => {
    await issue(lars, SERVICES.koerekort);
    const t = await callNext(anna, C1);
    let version = t.version;
    for (let i = 0; i < 3; i++) {
      const r = await anna({ method: 'POST', url: `/api/tickets/${t.id}/recall`, payload: { expectedVersion: version } });
      expect(r.statusCode).toBe(200);
      version = r.json().version;
    }
    const fourth = await anna({ method: 'POST', url: `/api/tickets/${t.id}/recall`, payload: { expectedVersion: version } });
    expect(expectProblem(fourth, 409).code).toBe('recall-limit');
    const noShow = await anna({ method: 'POST', url: `/api/tickets/${t.id}/no-show`, payload: { expectedVersion: version } });
    expect(noShow.json().state).toBe('no_show');
  });

  it('transfers keep the arrival time, and a ticket sent to a counter goes only to that counter', async () => {
    const mitid = await issue(lars, SERVICES.mitid);
    // Counter 2 takes only Digital Post, where nobody waits; a ticket may only be sent to a staffed counter.
    const c2 = await atCounter(ctx.app, 'lars', C2, [SERVICES['digital-post']]);
    const moved = await lars({
      method: 'POST',
      url: `/api/tickets/${mitid.ticket.id}/transfer`,
      payload: { expectedVersion: mitid.ticket.version, counterId: C2 },
    });
    expect(moved.json()).toMatchObject({ state: 'waiting', targetCounterId: C2, arrivedAt: mitid.ticket.arrivedAt });
    // The transferred ticket is for counter 2 alone.
    const called = await callNext(c2, C2);
    expect(called.id).toBe(mitid.ticket.id);
    const toService = await lars({
      method: 'POST',
      url: `/api/tickets/${mitid.ticket.id}/transfer`,
      payload: { expectedVersion: called.version, serviceId: SERVICES.pas },
    });
    expect(toService.json()).toMatchObject({
      serviceId: SERVICES.pas,
      targetCounterId: null,
      counterId: null,
      arrivedAt: mitid.ticket.arrivedAt,
    });
    const [event] = await ctx.app.db
      .select()
      .from(schema.ticketEvents)
      .where(and(eq(schema.ticketEvents.ticketId, mitid.ticket.id), eq(schema.ticketEvents.action, 'transfer')))
      .orderBy(desc(schema.ticketEvents.id))
      .limit(1);
    expect(event?.details).toMatchObject({ fromServiceId: SERVICES.mitid, toServiceId: SERVICES.pas });
  });

  it('the lead closes the day: every open ticket is settled', async () => {
    await issue(lars, SERVICES.pas);
    const r = await lars({ method: 'POST', url: `/api/locations/${DOKK1}/close-day` });
    expect(r.json().settled).toBeGreaterThan(0);
    const board = (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
    expect(board.waiting).toEqual([]);
    expect(board.called).toEqual([]);
    expect(board.counters.every((c: { state: string }) => c.state === 'closed')).toBe(true);
  });

  it('counter staff may not close the day or move tickets', async () => {
    expectProblem(await anna({ method: 'POST', url: `/api/locations/${DOKK1}/close-day` }), 403);
  });
});
