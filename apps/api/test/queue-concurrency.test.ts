import { hashPassword, schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, issue, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
const COUNTERS = 16;
const TICKETS = 500;

beforeAll(async () => {
  ctx = await build({ poolSize: 24 });
  // Ten more counters at Dokk1 and sixteen colleagues to staff them.
  const counters = await ctx.app.db
    .insert(schema.counters)
    .values(
      Array.from({ length: COUNTERS - 6 }, (_, i) => ({
        municipalityId: DEMO.aarhus.id,
        locationId: DEMO.aarhus.dokk1,
        name: `Ekstra ${i + 1}`,
      })),
    )
    .returning({ id: schema.counters.id });
  const passwordHash = await hashPassword('skranke-demo');
  const staff = await ctx.app.db
    .insert(schema.users)
    .values(
      Array.from({ length: COUNTERS }, (_, i) => ({
        municipalityId: DEMO.aarhus.id,
        username: `kollega${i}`,
        name: `Kollega ${i}`,
        role: 'counter' as const,
        passwordHash,
      })),
    )
    .returning({ id: schema.users.id });
  await ctx.app.db
    .insert(schema.userLocations)
    .values(staff.map((s) => ({ userId: s.id, locationId: DEMO.aarhus.dokk1, municipalityId: DEMO.aarhus.id })));
  counterIds.push(...DEMO_QUEUE.dokk1Counters, ...counters.map((c) => c.id));
}, 60_000);
afterAll(() => ctx.close());

const counterIds: string[] = [];

describe('callNextTicket under concurrency', () => {
  it(`${COUNTERS} counters calling at once over ${TICKETS} tickets: every ticket called exactly once`, async () => {
    const lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
    const services = [SERVICES.pas, SERVICES.koerekort, SERVICES.mitid, SERVICES.sundhedskort];
    const issued = new Set<string>();
    for (let i = 0; i < TICKETS; i++) issued.add((await issue(lars, services[i % services.length]!)).ticket.id);

    const desks: Array<{ as: As; counterId: string }> = [];
    for (let i = 0; i < COUNTERS; i++) {
      desks.push({ as: await atCounter(ctx.app, `kollega${i}`, counterIds[i]!, services), counterId: counterIds[i]! });
    }
    const calledBy = new Map<string, string[]>();
    await Promise.all(
      desks.map(async ({ as, counterId }) => {
        for (;;) {
          const ticket = await callNext(as, counterId);
          if (!ticket) return;
          calledBy.set(ticket.id, [...(calledBy.get(ticket.id) ?? []), counterId]);
          const done = await as({
            method: 'POST',
            url: `/api/tickets/${ticket.id}/finish`,
            payload: { expectedVersion: ticket.version, outcome: 'completed', deliveredServiceIds: [] },
          });
          expect(done.statusCode).toBe(200);
        }
      }),
    );
    expect(calledBy.size).toBe(TICKETS);
    expect([...calledBy.values()].every((counters) => counters.length === 1)).toBe(true);
    expect(new Set(calledBy.keys())).toEqual(issued);
    // Work was actually shared: more than one counter served.
    expect(new Set([...calledBy.values()].flat()).size).toBeGreaterThan(1);
  }, 120_000);
});
