import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, saveStep } from './cases-helpers.ts';
import { insertResident, order, walkPassport, type PassportCase } from './cases-passport-helpers.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

/** "Your passport is ready for pick-up": the contact given at payment, told when the passport arrives (issue 12). */

let ctx: TestContext;
let anna: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const ready = (c: PassportCase, passportNumber: string) =>
  anna({ method: 'POST', url: `/api/cases/${c.id}/passport/ready`, payload: { expectedVersion: c.version, passportNumber } });

const outbox = () => ctx.app.db.select().from(schema.notificationOutbox).where(eq(schema.notificationOutbox.kind, 'passport_ready'));

async function ordered(name: string, contact: Record<string, unknown>) {
  const personId = await insertResident(ctx.app.db, '1980-05-05', name);
  let c = await walkPassport(anna, personId);
  c = expectOk<PassportCase>(
    await saveStep(anna, c.id, 'payment', c.version, { method: 'card', amountOre: c.passport.fee!.amountOre, ...contact }),
    200,
  );
  return order(anna, c);
}

const notices = (on: boolean) =>
  ctx.owner
    .update(schema.appointmentSettings)
    .set({ notificationsEnabled: on })
    .where(eq(schema.appointmentSettings.municipalityId, DEMO.aarhus.id));

describe('passport ready for pick-up', () => {
  it('refuses a contact that cannot be told (a foreign phone, a broken e-mail) at the payment step', async () => {
    const personId = await insertResident(ctx.app.db, '1981-06-06', 'Forkert');
    const draft = await walkPassport(anna, personId);
    for (const [field, value] of [
      ['notifyPhone', '+46 70 123 45 67'],
      ['notifyEmail', 'karen@'],
    ] as const) {
      const response = await saveStep(anna, draft.id, 'payment', draft.version, {
        method: 'card',
        amountOre: draft.passport.fee!.amountOre,
        [field]: value,
      });
      const problem = expectProblem(response, 400) as { errors?: Array<{ pointer: string }> };
      expect(problem.errors?.map((e) => e.pointer).join(' ')).toContain(field);
    }
  });

  it('sends nothing while the municipality has notices off; an SMS and an e-mail when on', async () => {
    const off = await ordered('Slukket', { notifyPhone: '20 30 40 50' });
    const before = (await outbox()).length;
    expectOk<PassportCase>(await ready(off, 'PT7000001'), 200);
    expect((await outbox()).length).toBe(before);

    await notices(true);
    try {
      const on = await ordered('Tændt', { notifyPhone: '20 30 40 51', notifyEmail: 'taendt@example.dk' });
      expectOk<PassportCase>(await ready(on, 'PT7000002'), 200);
      const sent = (await outbox()).slice(before);
      expect(sent.map((m) => [m.channel, m.recipient])).toEqual([
        ['sms', '+4520304051'],
        ['email', 'taendt@example.dk'],
      ]);
      expect(sent[0]!.body).toMatch(/klar til afhentning hos Borgerservice, Aarhus Kommune/);
      // Without a contact, nothing.
      const none = await ordered('Ingen', {});
      expectOk<PassportCase>(await ready(none, 'PT7000003'), 200);
      expect((await outbox()).length).toBe(before + 2);
    } finally {
      await notices(false);
    }
  });
});
