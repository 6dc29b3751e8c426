import { hashPassword, schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

// Issue 9: a counter that takes several services is one counter shared by them, not a whole counter for each.
// Expected minutes of the demo services (no finished tickets yet, so the estimate uses them): MitID 15, pas 12.
const MITID_MINUTES = 15;

let ctx: TestContext;
let lars: As;
const [C1, C2] = DEMO_QUEUE.dokk1Counters as [string, string];

beforeAll(async () => {
  ctx = await build();
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  const passwordHash = await hashPassword('skranke-demo');
  const [colleague] = await ctx.app.db
    .insert(schema.users)
    .values({ municipalityId: DEMO.aarhus.id, username: 'kollega-estimat', name: 'Kollega Estimat', role: 'counter', passwordHash })
    .returning({ id: schema.users.id });
  await ctx.app.db.insert(schema.userLocations).values({ userId: colleague!.id, locationId: DOKK1, municipalityId: DEMO.aarhus.id });
}, 60_000);
afterAll(() => ctx.close());

async function board() {
  const response = await lars({ method: 'GET', url: `/api/locations/${DOKK1}/board` });
  expect(response.statusCode).toBe(200);
  return response.json() as { services: Array<{ serviceId: string; estimatedWaitMinutes: number | null }> };
}

describe('wait estimate at issue: shared capacity', () => {
  it('a passport ticket behind five MitID tickets on the one counter that takes both is not called "shortly"', async () => {
    const anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas, SERVICES.mitid]);
    for (let i = 0; i < 5; i++) await issue(lars, SERVICES.mitid);
    const atDesk = await callNext(anna, C1);
    expect(atDesk.serviceId).toBe(SERVICES.mitid);

    const pas = await issue(lars, SERVICES.pas);
    // First of its own service (the old rule: position 1 → 0 minutes, "you will be called shortly"), but the
    // counter first finishes the MitID citizen at the desk and calls the four MitID tickets that came earlier.
    expect(pas.position).toBe(1);
    expect(pas.estimatedWaitMinutes).toBe(MITID_MINUTES + 4 * MITID_MINUTES);

    // The board's estimate for the next passport ticket agrees (it would be behind this one: + 12 minutes).
    const row = (await board()).services.find((s) => s.serviceId === SERVICES.pas)!;
    expect(row.estimatedWaitMinutes).toBe(5 * MITID_MINUTES + 12);
  });

  it('a second counter that takes passports only shares the passport queue: the next ticket waits for one passport, not five MitID', async () => {
    await atCounter(ctx.app, 'kollega-estimat', C2, [SERVICES.pas]);
    // C2 calls the waiting passport ticket first (it arrived earlier), then this one is behind it.
    const pas = await issue(lars, SERVICES.pas);
    expect(pas.position).toBe(2);
    expect(pas.estimatedWaitMinutes).toBe(12);
    // An idempotent repeat answers from the facts read again, with the same estimate.
    const key = { 'idempotency-key': 'estimat-1' };
    const first = await issue(lars, SERVICES.koerekort, {}, key);
    const again = await issue(lars, SERVICES.koerekort, {}, key);
    expect(first.estimatedWaitMinutes).toBeNull(); // nobody takes kørekort
    expect(again.estimatedWaitMinutes).toBeNull();
  });
});
