import { schema } from '@skranke/db';
import { DEMO_QUEUE } from '@skranke/db/seed';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';
import { connectSse } from './support/sse-client.ts';

let ctx: TestContext;
let lars: As;
let anna: As;
let admin: As;
let display: As;
let displayToken: string;
const [C1, C2, C3] = DEMO_QUEUE.dokk1Counters as [string, string, string];

beforeAll(async () => {
  ctx = await build();
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas]);
  // admin staffs Skranke 2, taking only Digital Post.
  admin = await atCounter(ctx.app, 'admin', C2, [SERVICES['digital-post']]);
  const created = await admin({
    method: 'POST',
    url: '/api/admin/devices',
    payload: { name: 'Kaldeskærm', kind: 'display', locationId: DOKK1 },
  });
  const token = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: created.json().deviceKey } });
  displayToken = token.json().accessToken;
  display = injectAs(ctx.app, token.json());
});
afterAll(() => ctx.close());

const transfer = (as: As, ticket: { id: string; version: number }, body: Record<string, unknown>) =>
  as({ method: 'POST', url: `/api/tickets/${ticket.id}/transfer`, payload: { expectedVersion: ticket.version, ...body } });

const lastEvent = async (ticketId: string, action: string) => {
  const [event] = await ctx.app.db
    .select()
    .from(schema.ticketEvents)
    .where(and(eq(schema.ticketEvents.ticketId, ticketId), eq(schema.ticketEvents.action, action)))
    .orderBy(desc(schema.ticketEvents.id))
    .limit(1);
  return event;
};

describe('the transfer note', () => {
  it('reaches the receiving counter when it calls the ticket, and the lead’s board, but never a call display', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const called = await callNext(anna, C1);
    expect(called.id).toBe(ticket.id);
    const moved = await transfer(anna, called, { counterId: C2, note: 'Mangler gammelt pas; har bestilt nyt' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ state: 'waiting', targetCounterId: C2, transferNote: 'Mangler gammelt pas; har bestilt nyt' });

    const board = (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
    expect(board.waiting.find((t: { id: string }) => t.id === ticket.id).transferNote).toBe('Mangler gammelt pas; har bestilt nyt');
    const shown = (await display({ method: 'GET', url: `/api/locations/${DOKK1}/board` })).json();
    expect(shown.waiting.find((t: { id: string }) => t.id === ticket.id).transferNote).toBeNull();

    const atC2 = await callNext(admin, C2);
    expect(atC2).toMatchObject({ id: ticket.id, counterId: C2, transferNote: 'Mangler gammelt pas; har bestilt nyt' });
    const session = (await admin({ method: 'GET', url: '/api/counter-session' })).json().session;
    expect(session.currentTicket.transferNote).toBe('Mangler gammelt pas; har bestilt nyt');
    expect((await lastEvent(ticket.id, 'transfer'))?.details).toMatchObject({
      note: 'Mangler gammelt pas; har bestilt nyt',
      toCounterId: C2,
    });
    await admin({
      method: 'POST',
      url: `/api/tickets/${ticket.id}/finish`,
      payload: { expectedVersion: atC2.version, outcome: 'completed', deliveredServiceIds: [] },
    });
  });

  it('goes out on the live stream to staff, and without the note to the call display', async () => {
    const base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const larsToken = (await login(ctx.app, 'lars')).accessToken;
    const staff = connectSse(base, DOKK1, larsToken);
    const screen = connectSse(base, DOKK1, displayToken);
    await Promise.all([staff.opened, screen.opened]);
    const { ticket } = await issue(lars, SERVICES.pas);
    await transfer(lars, ticket, { counterId: C2, note: 'Borgeren er hørehæmmet' });
    const [seen, shown] = await Promise.all([staff.waitFor(2), screen.waitFor(2)]);
    const noteOf = (events: typeof seen) =>
      (events.find((e) => e.type === 'ticket.transfer')!.payload.ticket as { transferNote: string | null }).transferNote;
    expect(noteOf(seen)).toBe('Borgeren er hørehæmmet');
    expect(noteOf(shown)).toBeNull();
    staff.close();
    screen.close();
    // Leave the queue as it was for the tests below.
    const moved = (await lars({ method: 'GET', url: `/api/tickets/${ticket.id}` })).json();
    await lars({ method: 'POST', url: `/api/tickets/${ticket.id}/cancel`, payload: { expectedVersion: moved.version, reason: 'test' } });
  });
});

describe('transfer targets', () => {
  it('refuses a counter nobody is signed in at (409 counter-not-staffed), and the ticket stays where it was', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const called = await callNext(anna, C1);
    const refused = await transfer(anna, called, { counterId: C3, note: 'til skranke 3' });
    const problem = expectProblem(refused, 409);
    expect(problem.code).toBe('counter-not-staffed');
    expect(problem.detail).toContain('Skranke 3');
    const still = (await anna({ method: 'GET', url: `/api/tickets/${ticket.id}` })).json();
    expect(still).toMatchObject({ state: 'called', counterId: C1, version: called.version });
    // The service's queue is always a target.
    const toQueue = await transfer(anna, called, { serviceId: SERVICES.mitid });
    expect(toQueue.json()).toMatchObject({ state: 'waiting', serviceId: SERVICES.mitid, targetCounterId: null });
  });
});

describe('rerouteTicket', () => {
  it('lets a lead send a ticket stuck at a counter that was signed out to the service’s queue, audited', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const called = await callNext(anna, C1);
    const moved = (await transfer(anna, called, { counterId: C2, note: 'Skal have hjælp til MitID' })).json();
    // Skranke 2 signs out: the ticket now waits for nobody.
    expect((await admin({ method: 'DELETE', url: '/api/counter-session' })).statusCode).toBe(204);

    expectProblem(
      await anna({ method: 'POST', url: `/api/tickets/${ticket.id}/reroute`, payload: { expectedVersion: moved.version } }),
      403,
    );
    const toC3 = await lars({
      method: 'POST',
      url: `/api/tickets/${ticket.id}/reroute`,
      payload: { expectedVersion: moved.version, counterId: C3 },
    });
    expect(expectProblem(toC3, 409).code).toBe('counter-not-staffed');
    const stale = await lars({ method: 'POST', url: `/api/tickets/${ticket.id}/reroute`, payload: { expectedVersion: moved.version - 1 } });
    expect(expectProblem(stale, 409).code).toBe('stale-version');

    const rerouted = await lars({ method: 'POST', url: `/api/tickets/${ticket.id}/reroute`, payload: { expectedVersion: moved.version } });
    expect(rerouted.statusCode).toBe(200);
    expect(rerouted.json()).toMatchObject({
      state: 'waiting',
      targetCounterId: null,
      serviceId: SERVICES.pas,
      arrivedAt: ticket.arrivedAt,
      transferNote: 'Skal have hjælp til MitID',
    });
    const event = await lastEvent(ticket.id, 'reroute');
    expect(event).toMatchObject({ userId: expect.any(String), fromState: 'waiting', toState: 'waiting' });
    expect(event?.details).toMatchObject({ fromCounterId: C2, toCounterId: null });
    // Back in the Pas queue, anna's counter takes it next.
    expect((await callNext(anna, C1)).id).toBe(ticket.id);
  });

  it('sends it to another staffed counter, and refuses a ticket that waits for no counter', async () => {
    const { ticket } = await issue(lars, SERVICES.mitid);
    const again = await atCounter(ctx.app, 'admin', C2, [SERVICES['digital-post']]);
    const plain = await lars({
      method: 'POST',
      url: `/api/tickets/${ticket.id}/reroute`,
      payload: { expectedVersion: ticket.version, counterId: C2 },
    });
    expect(expectProblem(plain, 409).code).toBe('not-sent-to-counter');
    const sent = (await transfer(lars, ticket, { counterId: C2 })).json();
    await again({ method: 'DELETE', url: '/api/counter-session' });
    const anna2 = await lars({
      method: 'POST',
      url: `/api/tickets/${ticket.id}/reroute`,
      payload: { expectedVersion: sent.version, counterId: C1 },
    });
    expect(anna2.json()).toMatchObject({ targetCounterId: C1, state: 'waiting' });
  });

  it('is in the OpenAPI document with its operationId', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/tickets/{id}/reroute'].post.operationId).toBe('rerouteTicket');
  });
});
