import { createHash } from 'node:crypto';
import { createSseParser, type PublicTicketStatus } from '@skranke/contracts';
import { schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

// The ticket on the phone (issue 12): the kiosk receipt's link and the public status page behind it, on the queue's
// clock: Tuesday 8 December 2026, 10:00 in Copenhagen. The service day ends at midnight, 23:00 UTC.
const MORNING = new Date('2026-12-08T09:00:00Z');
const MIDNIGHT = '2026-12-08T23:00:00.000Z';
let now = MORNING;
let minute = 0;
/** Moves the queue's clock on, so tickets issued one after another have an order of their own. */
const later = () => (now = new Date(now.getTime() + 1000));

let ctx: TestContext;
let base: string;
let lars: As;
let anna: As;
let kiosk: As;
const [C1] = DEMO_QUEUE.dokk1Counters as [string];

beforeAll(async () => {
  ctx = await build({ queueClock: () => now, sseHeartbeatSeconds: 1 });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  const device = await admin({ method: 'POST', url: '/api/admin/devices', payload: { name: 'Kiosk', kind: 'kiosk', locationId: DOKK1 } });
  const token = await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: device.json().deviceKey } });
  kiosk = injectAs(ctx.app, token.json());
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas, SERVICES.mitid, SERVICES.koerekort]);
}, 60_000);
afterAll(() => ctx.close());
beforeEach(() => {
  now = new Date(MORNING.getTime() + ++minute * 60_000);
});

/** Anna calls this very ticket to counter 1 (whatever else waits). */
async function callToCounter(ticketId: string) {
  const response = await anna({ method: 'POST', url: `/api/tickets/${ticketId}/call`, payload: { expectedVersion: 1, counterId: C1 } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
async function finish(ticket: { id: string; version: number }) {
  const response = await anna({
    method: 'POST',
    url: `/api/tickets/${ticket.id}/finish`,
    payload: { expectedVersion: ticket.version, outcome: 'completed', deliveredServiceIds: [] },
  });
  expect(response.statusCode, response.body).toBe(200);
}

const link = (as: As, ticketId: string) => as({ method: 'POST', url: `/api/tickets/${ticketId}/status-link` });
async function linkFor(ticketId: string): Promise<string> {
  const response = await link(kiosk, ticketId);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().token;
}
const status = (token: string, remoteAddress = '127.0.0.1') =>
  ctx.app.inject({ method: 'GET', url: `/api/public/ticket-status/${token}`, remoteAddress });
async function statusOf(token: string): Promise<PublicTicketStatus> {
  const response = await status(token);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('createTicketStatusLink', () => {
  it('gives the kiosk a random token for a waiting ticket, stores only its sha256, and expires at midnight', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const response = await link(kiosk, ticket.id);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    expect(body.expiresAt).toBe(MIDNIGHT);
    const rows = await ctx.owner.select().from(schema.ticketStatusLinks).where(eq(schema.ticketStatusLinks.ticketId, ticket.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash('sha256').update(body.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(body.token);
  });

  it('counter staff may make one too, and the same ticket may get a new link; both work', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const first = await linkFor(ticket.id);
    const second = (await link(lars, ticket.id)).json().token;
    expect(second).not.toBe(first);
    expect((await statusOf(first)).displayNumber).toBe(ticket.displayNumber);
    expect((await statusOf(second)).displayNumber).toBe(ticket.displayNumber);
  });

  it('refuses a finished ticket with 409 ticket-closed', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    await lars({ method: 'POST', url: `/api/tickets/${ticket.id}/cancel`, payload: { expectedVersion: 1, reason: 'Gik igen' } });
    expect(expectProblem(await link(kiosk, ticket.id), 409).code).toBe('ticket-closed');
  });
});

describe('getPublicTicketStatus', () => {
  it('shows a waiting ticket with the position and estimate the queue gave it at the kiosk', async () => {
    // Anna's counter is capacity only while its screen reports in (the estimate counts present counters).
    expect((await anna({ method: 'POST', url: '/api/counter-session/heartbeat' })).statusCode).toBe(204);
    await issue(lars, SERVICES.mitid);
    later();
    const issued = await issue(lars, SERVICES.mitid);
    const shown = await statusOf(await linkFor(issued.ticket.id));
    expect(shown).toEqual({
      displayNumber: issued.ticket.displayNumber,
      locationName: expect.any(String),
      serviceNameDa: issued.ticket.serviceNameDa,
      serviceNameEn: issued.ticket.serviceNameEn,
      state: 'waiting',
      position: issued.position,
      estimatedWaitMinutes: issued.estimatedWaitMinutes,
      counterName: null,
      expiresAt: MIDNIGHT,
    });
    expect(shown.position).toBe(2);
    expect(shown.estimatedWaitMinutes).toBeGreaterThan(0);
  });

  it('shows the counter once the ticket is called, and "finished" once it is over', async () => {
    const { ticket } = await issue(lars, SERVICES.koerekort);
    const token = await linkFor(ticket.id);
    const called = await callToCounter(ticket.id);
    const [counter] = await ctx.owner.select().from(schema.counters).where(eq(schema.counters.id, C1));
    expect(await statusOf(token)).toMatchObject({
      state: 'called',
      counterName: counter!.name,
      position: null,
      estimatedWaitMinutes: null,
    });
    await finish(called);
    expect(await statusOf(token)).toMatchObject({ state: 'finished', counterName: null, position: null });
  });

  it('answers 404 unknown-token at midnight, and for a token nobody issued', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const token = await linkFor(ticket.id);
    now = new Date(Date.parse(MIDNIGHT) - 1);
    expect((await status(token)).statusCode).toBe(200);
    now = new Date(MIDNIGHT);
    expect(expectProblem(await status(token), 404).code).toBe('unknown-token');
    expect(expectProblem(await status('A'.repeat(43)), 404).code).toBe('unknown-token');
  });

  it('holds no personal data: no priority reason, no staff, no ids; and is not cached', async () => {
    const [priority] = await ctx.owner
      .select()
      .from(schema.priorityClasses)
      .where(eq(schema.priorityClasses.municipalityId, DEMO.aarhus.id));
    const { ticket } = await issue(lars, SERVICES.pas, { priorityClassId: priority!.id, priorityReason: 'Kørestolsbruger' });
    const response = await status(await linkFor(ticket.id));
    expect(Object.keys(response.json()).sort()).toEqual(
      [
        'counterName',
        'displayNumber',
        'estimatedWaitMinutes',
        'expiresAt',
        'locationName',
        'position',
        'serviceNameDa',
        'serviceNameEn',
        'state',
      ].sort(),
    );
    expect(response.body).not.toContain('Kørestol');
    expect(response.body).not.toContain(ticket.id);
    expect(response.body).not.toContain('Lars');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is rate-limited per address: the 61st read in a minute gets 429', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const token = await linkFor(ticket.id);
    for (let i = 0; i < 60; i++) expect((await status(token, '198.51.100.7')).statusCode).toBe(200);
    expect(expectProblem(await status(token, '198.51.100.7'), 429).code).toBe('too-many-requests');
    expect((await status(token, '198.51.100.8')).statusCode).toBe(200);
  });
});

describe('tenancy: a link shows its own ticket, and only a ticket of the caller', () => {
  it("no link for another municipality's or another location's ticket", async () => {
    const mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
    const vejle = await mette({
      method: 'POST',
      url: `/api/locations/${DEMO.vejle.raadhus}/tickets`,
      payload: { serviceId: DEMO_QUEUE.vejleServices.pas },
    });
    expectProblem(await link(lars, vejle.json().ticket.id), 404);
    expectProblem(await link(kiosk, vejle.json().ticket.id), 404);
    // Lars may work at Lystrup; Dokk1's kiosk may not make links for it.
    const lystrup = await lars({
      method: 'POST',
      url: `/api/locations/${DEMO.aarhus.lystrup}/tickets`,
      payload: { serviceId: SERVICES.pas },
    });
    expect(lystrup.statusCode, lystrup.body).toBe(201);
    expectProblem(await link(kiosk, lystrup.json().ticket.id), 404);
    expect((await link(lars, lystrup.json().ticket.id)).statusCode).toBe(201);
  });

  it('a link row that names another location than its ticket shows nothing', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const token = 'T'.repeat(43);
    await ctx.owner.insert(schema.ticketStatusLinks).values({
      tokenHash: createHash('sha256').update(token).digest('hex'),
      municipalityId: DEMO.aarhus.id,
      locationId: DEMO.aarhus.lystrup,
      ticketId: ticket.id,
      expiresAt: new Date(MIDNIGHT),
    });
    expect(expectProblem(await status(token), 404).code).toBe('unknown-token');
  });
});

/** Opens the public stream over real HTTP as the phone's browser would, collecting its `status` events. */
function followStatus(token: string) {
  const events: PublicTicketStatus[] = [];
  const controller = new AbortController();
  const waiters: Array<() => void> = [];
  let serverEnded = () => {};
  const ended = new Promise<void>((resolve) => (serverEnded = resolve));
  const feed = createSseParser((frame) => {
    if (frame.event !== 'status') return;
    events.push(JSON.parse(frame.data));
    for (const wake of waiters.splice(0)) wake();
  });
  const opened = fetch(`${base}/api/public/ticket-status/${token}/events`, { signal: controller.signal }).then((response) => {
    if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return serverEnded();
          feed(value);
        }
      } catch {
        // aborted by the test
      }
    })();
    return response;
  });
  /** The first event (from `from` on) that passes `test`. */
  const waitFor = async (test: (s: PublicTicketStatus) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = events.find(test);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such event; got ${JSON.stringify(events)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  return { events, opened, ended, waitFor, close: () => controller.abort() };
}

describe('streamPublicTicketStatus', () => {
  it('sends the status at once, and again when the ticket is called', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const stream = followStatus(await linkFor(ticket.id));
    const response = await stream.opened;
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await stream.waitFor((s) => s.state === 'waiting')).toMatchObject({
      displayNumber: ticket.displayNumber,
      position: expect.any(Number),
    });
    const called = await callToCounter(ticket.id);
    expect(await stream.waitFor((s) => s.state === 'called')).toMatchObject({
      displayNumber: ticket.displayNumber,
      counterName: 'Skranke 1',
    });
    await finish(called);
    expect(await stream.waitFor((s) => s.state === 'finished')).toMatchObject({ displayNumber: ticket.displayNumber });
    stream.close();
  });

  it('ends when the link expires', async () => {
    const { ticket } = await issue(lars, SERVICES.pas);
    const token = await linkFor(ticket.id);
    now = new Date(Date.parse(MIDNIGHT) - 300);
    const stream = followStatus(token);
    await stream.opened;
    await stream.ended;
    expect(stream.events.length).toBeGreaterThanOrEqual(1);
    now = new Date(MIDNIGHT);
    const again = await fetch(`${base}/api/public/ticket-status/${token}/events`);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { code: string }).code).toBe('unknown-token');
  });
});
