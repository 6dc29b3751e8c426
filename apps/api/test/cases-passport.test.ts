import { CASE_AUDIT_ACTIONS } from '@skranke/contracts';
import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { passportExpiry } from '@skranke/domain';
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { complete, expectOk, lastAuditId, pdfText, saveStep, startCase } from './cases-helpers.ts';
import { getCase, insertResident, order, step, todayCph, walkPassport, yearsBefore, type PassportCase } from './cases-passport-helpers.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;
let lars: As;
let mette: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const post = (as: As, c: PassportCase, action: string, payload: Record<string, unknown>) =>
  as({ method: 'POST', url: `/api/cases/${c.id}/passport/${action}`, payload: { expectedVersion: c.version, ...payload } });

const passportsOf = (personId: string) =>
  ctx.app.db
    .select()
    .from(schema.identityDocuments)
    .where(and(eq(schema.identityDocuments.personId, personId), eq(schema.identityDocuments.kind, 'passport')));

describe('passport for an adult: order, receipt, ready, handed out', () => {
  it('walks every step, orders with the adult fee, prints a Danish receipt, and records the new passport at hand-out', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus; // Poul Hansen, born 1961: folkepension at 67 in 2028
    const oldPassport = await ctx.app.db
      .insert(schema.identityDocuments)
      .values({ personId: citizen.id, kind: 'passport', documentNumber: 'PT0000001', issuedOn: '2017-01-10', expiresOn: '2027-01-10' })
      .returning({ id: schema.identityDocuments.id });
    const mark = await lastAuditId(ctx.app);

    let c = await walkPassport(anna, citizen.id);
    expect(c.passport).toMatchObject({
      age: 65,
      fingerprintsRequired: true,
      consentRequired: false,
      validityYears: 10,
      custodyHolders: [],
      blockers: [],
    });
    expect(c.passport.fee).toMatchObject({ year: Number(todayCph().slice(0, 4)), rateCode: 'adult', amountOre: 89300, doubled: false });
    expect(c.currentStep).toBeNull();

    c = await order(anna, c);
    expect(c.status).toBe('completed');
    expect(c.passport.order).toMatchObject({ status: 'ordered', amountOre: 89300, validityYears: 10, passportNumber: null });

    const pdf = await anna({ method: 'GET', url: `/api/cases/${c.id}/document` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    for (const phrase of [
      'Kvittering for bestilling af pas',
      'Poul Hansen',
      '090461-XXXX',
      '893,00 kr.',
      'betalingskort',
      'gyldigt i 10 år',
      'Tidligere pas: afleveret',
      '2-3 uger',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain(citizen.cpr);

    // Cannot hand out what has not arrived.
    expectProblem(await post(anna, c, 'hand-out', {}), 409);
    c = expectOk<PassportCase>(await post(anna, c, 'ready', { passportNumber: 'PT1234567' }), 200);
    expect(c.passport.order).toMatchObject({
      status: 'ready_for_pickup',
      passportNumber: 'PT1234567',
      expiresOn: passportExpiry(todayCph(), 10),
    });
    c = expectOk<PassportCase>(await post(lars, c, 'hand-out', {}), 200);
    expect(c.passport.order!.status).toBe('handed_out');
    expect(c.events.map((e) => e.action)).toEqual([
      'start',
      ...Array(6).fill('save_step'),
      'complete',
      'passport_ready',
      'passport_handed_out',
    ]);
    expect(c.events.at(-1)!.staff.name).toBe('Lars Østergaard');

    const docs = await passportsOf(citizen.id);
    expect(docs.find((d) => d.id === c.passport.order!.identityDocumentId)).toMatchObject({
      documentNumber: 'PT1234567',
      status: 'valid',
      caseId: c.id,
      issuedOn: todayCph(),
    });
    // The newest passport on record (the seeded one) was handed in; the older one still marked valid is cancelled.
    expect(c.passport.oldPassport.onRecord).toMatchObject({ state: 'invalid' });
    expect(docs.filter((d) => d.status === 'handed_in').map((d) => d.documentNumber)).toEqual([
      c.passport.oldPassport.onRecord!.documentNumber,
    ]);
    expect(docs.find((d) => d.id === oldPassport[0]!.id)!.status).toBe('cancelled');
    expect(docs.filter((d) => d.status === 'valid').map((d) => d.documentNumber)).toEqual(['PT1234567']);

    // Every read and write of the case left a record about the citizen, and the chain still verifies.
    const audit = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(gt(schema.auditEvents.id, mark))
      .orderBy(asc(schema.auditEvents.id));
    const actions = audit.filter((a) => a.subjectId === citizen.id).map((a) => a.action);
    expect(actions).toEqual([
      'case.start',
      ...Array(6).fill('case.save-step'),
      'case.complete',
      'case.document',
      'passport.ready',
      'passport.old-passport',
      'passport.old-passport',
      'passport.hand-out',
    ]);
    expect(audit.every((a) => a.purpose === 'passport')).toBe(true);
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
    expect(Object.keys(CASE_AUDIT_ACTIONS)).toEqual(
      expect.arrayContaining(['passport.ready', 'passport.hand-out', 'passport.old-passport', 'passport.cancel']),
    );
  });

  it('refuses a second passport case while one is on order', async () => {
    const citizenId = await insertResident(ctx.app.db, '1985-03-03', 'Anders');
    await order(anna, await walkPassport(anna, citizenId));
    const again = expectProblem(await startCase(anna, citizenId, { type: 'passport' }), 409);
    expect(again.code).toBe('passport-already-ordered');
  });
});

describe('the fee: lost passport, pension age', () => {
  it('doubles the fee when the old passport is lost, marks the lost one on record at once, and checks the amount paid', async () => {
    const citizenId = await insertResident(ctx.app.db, '1990-06-15', 'Bodil');
    await ctx.app.db
      .insert(schema.identityDocuments)
      .values({ personId: citizenId, kind: 'passport', documentNumber: 'PT0000002', issuedOn: '2020-01-10', expiresOn: '2030-01-10' });
    let c = expectOk<PassportCase>(await startCase(anna, citizenId, { type: 'passport' }), 201);
    c = await step(anna, c, 'identity', { evidence: ['driving_licence'], verified: true });
    c = await step(anna, c, 'old_passport', { outcome: 'lost' });
    expect(c.passport.fee).toMatchObject({ rateCode: 'adult', baseAmountOre: 89300, amountOre: 178600, doubled: true });
    c = await step(anna, c, 'photo', { source: 'brought' });
    c = await step(anna, c, 'fingerprints', { status: 'taken' });
    c = await step(anna, c, 'consent', { consents: [] });
    const wrong = expectProblem(await saveStep(anna, c.id, 'payment', c.version, { method: 'cash', amountOre: 89300 }), 400);
    expect(wrong).toMatchObject({ code: 'step-invalid', errors: [{ pointer: '/body/data/amountOre' }] });
    expect(wrong.detail).toContain('1786,00 kr.');
    c = await step(anna, c, 'payment', { method: 'cash', amountOre: 178600 });

    // The old passport turns up after all: the fee changes, so ordering stops until the payment is put right.
    c = await step(anna, c, 'old_passport', { outcome: 'handed_in' });
    const mismatch = expectProblem(await complete(anna, c.id, c.version), 409);
    expect(mismatch).toMatchObject({ code: 'passport-incomplete', errors: [{ pointer: '/stepData/payment/amountOre' }] });
    c = await step(anna, c, 'old_passport', { outcome: 'lost' });
    c = await order(anna, c);
    expect(c.passport.order).toMatchObject({ amountOre: 178600 });
    expect((await passportsOf(citizenId))[0]!.status).toBe('lost');

    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('1.786,00 kr. (dobbelt gebyr: 893,00 kr. × 2)');
    expect(text).toContain('bortkomne pas er ugyldigt');
  });

  it.each([
    ['missing', 178600],
    ['damaged', 178600],
    ['none', 89300],
  ])('old passport %s: %i øre', async (outcome, amountOre) => {
    const citizenId = await insertResident(ctx.app.db, '1979-09-09', `Fee ${outcome}`);
    if (outcome !== 'none') {
      await ctx.app.db.insert(schema.identityDocuments).values({
        personId: citizenId,
        kind: 'passport',
        documentNumber: `PT00000${outcome === 'missing' ? 11 : 12}`,
        issuedOn: '2018-01-10',
        expiresOn: '2028-01-10',
      });
    }
    const c = await walkPassport(anna, citizenId, { old_passport: { outcome } });
    expect(c.passport.fee!.amountOre).toBe(amountOre);
  });

  it('charges the pension band from the day of folkepension age (67 for those born 1959), not before', async () => {
    const today = todayCph();
    const reachedToday = await insertResident(ctx.app.db, yearsBefore(today, 67), 'Pension idag');
    const reachedTomorrow = await insertResident(ctx.app.db, yearsBefore(today, 67, 1), 'Pension imorgen');
    const a = await walkPassport(anna, reachedToday);
    const b = await walkPassport(anna, reachedTomorrow);
    expect([a.passport.fee!.rateCode, a.passport.fee!.amountOre]).toEqual(['pensioner', 37900]);
    expect([b.passport.age, b.passport.fee!.rateCode, b.passport.fee!.amountOre]).toEqual([66, 'adult', 89300]);
    expect(a.passport.validityYears).toBe(10);
  });
});

describe('refusal and cancellation', () => {
  it('refuses when identity cannot be established, with a Danish decision letter', async () => {
    const citizenId = await insertResident(ctx.app.db, '1970-02-02', 'Carl');
    let c = expectOk<PassportCase>(await startCase(anna, citizenId, { type: 'passport' }), 201);
    expectProblem(await saveStep(anna, c.id, 'identity', c.version, { evidence: ['other_photo_id'], verified: false }), 400);
    c = await step(anna, c, 'identity', {
      evidence: ['other_photo_id'],
      verified: false,
      note: 'Billedet på legitimationen ligner ikke ansøgeren.',
    });
    c = expectOk<PassportCase>(await complete(anna, c.id, c.version), 200);
    expect(c.status).toBe('refused');
    expect(c.passport.order).toBeNull();
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('ansøgning om pas afslået');
    expect(text).toContain('Billedet på legitimationen ligner ikke ansøgeren.');
  });

  it('cancels a draft with a reason in the timeline; a cancelled case takes no more steps', async () => {
    const citizenId = await insertResident(ctx.app.db, '1971-03-03', 'Dorte');
    const c = expectOk<PassportCase>(await startCase(anna, citizenId, { type: 'passport' }), 201);
    const cancelled = expectOk<PassportCase>(await post(anna, c, 'cancel', { reason: 'Borgeren ønsker alligevel ikke pas' }), 200);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.events.at(-1)).toMatchObject({ action: 'cancel', toStatus: 'cancelled', note: 'Borgeren ønsker alligevel ikke pas' });
    expectProblem(await saveStep(anna, c.id, 'photo', cancelled.version, { source: 'brought' }), 409);
    expectProblem(await post(anna, cancelled, 'cancel', { reason: 'igen' }), 409);
    expectProblem(await anna({ method: 'GET', url: `/api/cases/${c.id}/document` }), 409);
  });
});

describe('bad input', () => {
  let c: PassportCase;
  beforeAll(async () => {
    c = expectOk<PassportCase>(await startCase(anna, await insertResident(ctx.app.db, '1988-08-08', 'Erik'), { type: 'passport' }), 201);
  });

  it.each([
    ['an unknown step', 'visa', {}, 400, 'unknown-step'],
    ['a wrong shape', 'photo', { source: 'selfie' }, 400, 'validation-error'],
    ['an unknown property', 'photo', { source: 'brought', colour: true }, 400, 'validation-error'],
    ['identity verified with nothing shown', 'identity', { evidence: [], verified: true }, 400, 'step-invalid'],
    [
      'a consent for an adult',
      'consent',
      { consents: [{ holderId: DEMO_PERSONS.familyFather.id, method: 'present' }] },
      400,
      'step-invalid',
    ],
    ['fingerprints not required at 38', 'fingerprints', { status: 'not_required' }, 400, 'step-invalid'],
    ['fingerprints impossible without a note', 'fingerprints', { status: 'impossible' }, 400, 'step-invalid'],
    ['a payment before the old passport', 'payment', { method: 'card', amountOre: 89300 }, 409, 'step-out-of-order'],
    ['a negative payment', 'payment', { method: 'card', amountOre: -1 }, 400, 'validation-error'],
  ])('refuses %s', async (_name, name, data, status, code) => {
    const fresh = await getCase(anna, c.id);
    expect(expectProblem(await saveStep(anna, c.id, name, fresh.version, data), status).code).toBe(code);
  });

  it('refuses a stale version, an incomplete order, and a passport number in the wrong format', async () => {
    const fresh = await getCase(anna, c.id);
    expect(expectProblem(await saveStep(anna, c.id, 'photo', fresh.version - 1 || 99, { source: 'brought' }), 409).code).toBe(
      'stale-version',
    );
    const incomplete = expectProblem(await complete(anna, c.id, fresh.version), 409);
    expect(incomplete.code).toBe('passport-incomplete');
    expect(incomplete.errors!.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/stepData/identity', '/stepData/payment']));
    expectProblem(await post(anna, fresh, 'ready', { passportNumber: 'kort' }), 400);
    expect(expectProblem(await post(anna, fresh, 'ready', { passportNumber: 'PT7654321' }), 409).code).toBe('illegal-transition');
  });

  it('refuses a passport number already on record', async () => {
    const citizenId = await insertResident(ctx.app.db, '1966-06-06', 'Frida');
    const ordered = await order(anna, await walkPassport(anna, citizenId));
    expect(expectProblem(await post(anna, ordered, 'ready', { passportNumber: 'PT0000001' }), 409).code).toBe('passport-number-taken');
    const future = expectProblem(await post(anna, ordered, 'ready', { passportNumber: 'PT0000099', issuedOn: '2099-01-01' }), 400);
    expect(future).toMatchObject({ code: 'bad-issue-date', errors: [{ pointer: '/body/issuedOn' }] });
    expectProblem(await post(anna, ordered, 'ready', { passportNumber: 'PT0000099', issuedOn: '2020-01-01' }), 400);
  });
});

describe('access', () => {
  it('needs a signed-in staff member, and keeps a case within its municipality', async () => {
    const c = expectOk<PassportCase>(
      await startCase(anna, await insertResident(ctx.app.db, '1975-05-05', 'Gitte'), { type: 'passport' }),
      201,
    );
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: `/api/citizens/${DEMO_PERSONS.vejleResident.id}/cases`, payload: { type: 'passport' } }),
      401,
    );
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: `/api/cases/${c.id}/passport/cancel`, payload: { expectedVersion: 1, reason: 'x' } }),
      401,
    );
    expectProblem(await mette({ method: 'GET', url: `/api/cases/${c.id}` }), 404);
    expectProblem(await post(mette, c, 'cancel', { reason: 'Forkert kommune' }), 404);
    expect((await lars({ method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(200);
  });

  it('a passport can be applied for in any municipality', async () => {
    const aarhusResident = await insertResident(ctx.app.db, '1983-12-12', 'Hans');
    const c = await walkPassport(mette, aarhusResident);
    expect((await order(mette, c)).status).toBe('completed');
  });
});
