import { schema } from '@skranke/db';
import { DEMO_PERSONS } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, lastAuditId, pdfText, saveStep, type CaseBody } from './cases-helpers.ts';
import type { As } from './queue-helpers.ts';

interface HealthCardCase extends CaseBody {
  healthCard: {
    insurance: { group: number; cardIssuedOn: string | null; doctor: { clinicName: string } | null };
    fee: { amountOre: number; year: number; freeBecause: string | null } | null;
    order: { kind: string; reason: string; temporaryValidUntil: string | null } | null;
  } | null;
}

let ctx: TestContext;
let anna: As;
let mette: As;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const start = async (as: As, citizenId: string) =>
  expectOk<HealthCardCase>(await as({ method: 'POST', url: `/api/citizens/${citizenId}/cases/health-card`, payload: {} }), 201);
const save = async (as: As, c: HealthCardCase, step: string, data: Record<string, unknown>) =>
  expectOk<HealthCardCase>(await saveStep(as, c.id, step, c.version, data), 200);
const auditSince = (mark: number) =>
  ctx.app.db.select().from(schema.auditEvents).where(gt(schema.auditEvents.id, mark)).orderBy(schema.auditEvents.id);

describe('sundhedskort', () => {
  it('a lost card costs the fee from the fee table; completed, it is ordered, the register gets the new card date, and the receipt says so', async () => {
    const mark = await lastAuditId(ctx.app);
    let c = await start(anna, DEMO_PERSONS.nearPensionAarhus.id);
    expect(c.type).toBe('health_card');
    expect(c.steps).toEqual(['request', 'payment']);
    c = await save(anna, c, 'request', { kind: 'replacement', reason: 'lost' });
    expect(c.healthCard?.fee).toMatchObject({ amountOre: 22500, freeBecause: null });
    expect(expectProblem(await saveStep(anna, c.id, 'payment', c.version, { paid: false }), 400).errors![0]!.pointer).toBe(
      '/body/data/paid',
    );
    c = await save(anna, c, 'payment', { paid: true });
    c = expectOk<HealthCardCase>(await complete(anna, c.id, c.version), 200);
    expect(c.status).toBe('completed');
    expect(c.healthCard?.order).toMatchObject({ kind: 'replacement', reason: 'lost', temporaryValidUntil: null });
    expect(c.healthCard?.insurance.cardIssuedOn).toBe(today);

    const pdf = await anna({ method: 'GET', url: `/api/cases/${c.id}/document` });
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Kvittering for bestilling: erstatningskort');
    expect(text).toContain('225,00 kr.');
    expect(text).toContain('2–3 uger');
    expect(text).toContain('Højbjerg Lægecenter');

    const actions = (await auditSince(mark)).map((a) => [a.action, a.subjectId, a.purpose]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['case.start', DEMO_PERSONS.nearPensionAarhus.id, 'health_card'],
        ['case.save-step', DEMO_PERSONS.nearPensionAarhus.id, 'health_card'],
        ['case.complete', DEMO_PERSONS.nearPensionAarhus.id, 'health_card'],
        ['case.document', DEMO_PERSONS.nearPensionAarhus.id, 'health_card'],
      ]),
    );
  });

  it.each([
    ['a damaged card under 4 years old costs the fee', 'familyFather', { kind: 'replacement', reason: 'damaged' }, 22500, null],
    ['a damaged card over 4 years old is free', 'singleParent', { kind: 'replacement', reason: 'damaged' }, 0, 'worn_card'],
    [
      'a marriage name change is free',
      'vejleResident',
      { kind: 'replacement', reason: 'name_change', nameChangeCause: 'marriage' },
      0,
      'marriage',
    ],
    ['a first card is free', 'modulus11Failing', { kind: 'new_card', reason: 'first_card' }, 0, 'first_card'],
  ] as const)('%s', async (_name, who, request, amountOre, freeBecause) => {
    const as = ['singleParent', 'vejleResident'].includes(who) ? mette : anna;
    let c = await start(as, DEMO_PERSONS[who].id);
    c = await save(as, c, 'request', request);
    expect(c.healthCard?.fee).toMatchObject({ amountOre, freeBecause });
  });

  it('a temporary certificate is free and printable, with its last valid day', async () => {
    let c = await start(anna, DEMO_PERSONS.otherParent.id);
    c = await save(anna, c, 'request', { kind: 'temporary', reason: 'waiting' });
    c = await save(anna, c, 'payment', { paid: false });
    c = expectOk<HealthCardCase>(await complete(anna, c.id, c.version), 200);
    expect(c.healthCard?.fee).toMatchObject({ amountOre: 0, freeBecause: 'temporary' });
    expect(c.healthCard?.order?.temporaryValidUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('Midlertidigt sundhedskort');
    expect(text).toContain('gælder til og med');
  });

  it('refuses a replacement for someone with no card on record, and the fee step before the request', async () => {
    const c = await start(anna, DEMO_PERSONS.emigrated.id);
    expect(expectProblem(await saveStep(anna, c.id, 'payment', c.version, { paid: true }), 409).code).toBe('step-out-of-order');
    const refused = expectProblem(await saveStep(anna, c.id, 'request', c.version, { kind: 'replacement', reason: 'lost' }), 400);
    expect(refused.code).toBe('step-invalid');
    expect(refused.errors!.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/data/kind']);
    expect(
      expectProblem(await saveStep(anna, c.id, 'request', c.version, { kind: 'replacement', reason: 'lost', colour: 'x' }), 400).code,
    ).toBe('validation-error');
    expect(expectProblem(await complete(anna, c.id, c.version), 409).code).toBe('case-incomplete');
  });

  it("another municipality's case is not found, and a second open case is refused", async () => {
    const c = await start(anna, DEMO_PERSONS.protectedAddress.id);
    expect(expectProblem(await mette({ method: 'GET', url: `/api/cases/${c.id}` }), 404).code).toBe('not-found');
    expect(expectProblem(await saveStep(mette, c.id, 'request', c.version, { kind: 'temporary', reason: 'waiting' }), 404).code).toBe(
      'not-found',
    );
    expect(
      expectProblem(
        await anna({ method: 'POST', url: `/api/citizens/${DEMO_PERSONS.protectedAddress.id}/cases/health-card`, payload: {} }),
        409,
      ).code,
    ).toBe('case-already-open');
    const rows = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.subjectId, DEMO_PERSONS.protectedAddress.id), eq(schema.auditEvents.action, 'case.save-step')));
    expect(rows).toHaveLength(0);
  });

  it('needs a counter role', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/citizens/${DEMO_PERSONS.familyFather.id}/cases/health-card`,
      payload: {},
    });
    expect(response.statusCode).toBe(401);
  });
});
