import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { complete, expectOk, lastAuditId, pdfText, saveStep, startCase } from './cases-helpers.ts';
import { insertResident, order, step, todayCph, walkPassport, yearsBefore, type PassportCase } from './cases-passport-helpers.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

/** Issue 9: the old-passport answer checked against the identity-document register, and the old passport cancelled. */
let ctx: TestContext;
let anna: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const registerOf = (c: PassportCase) => c.passport.oldPassport;

async function passportOnRecord(
  personId: string,
  documentNumber: string,
  issuedOn: string,
  expiresOn: string,
  status: 'valid' | 'lost' | 'handed_in' = 'valid',
) {
  const [row] = await ctx.app.db
    .insert(schema.identityDocuments)
    .values({ personId, kind: 'passport', documentNumber, issuedOn, expiresOn, status })
    .returning({ id: schema.identityDocuments.id });
  return row!.id;
}

const post = (c: PassportCase, action: string, payload: Record<string, unknown> = {}) =>
  anna({ method: 'POST', url: `/api/cases/${c.id}/passport/${action}`, payload: { expectedVersion: c.version, ...payload } });

async function handOut(c: PassportCase, passportNumber: string): Promise<PassportCase> {
  let ordered = c.status === 'draft' ? await order(anna, c) : c;
  ordered = expectOk<PassportCase>(await post(ordered, 'ready', { passportNumber }), 200);
  return expectOk<PassportCase>(await post(ordered, 'hand-out'), 200);
}

type OverviewDocument = { id: string; kind: string; documentNumber: string; status: string; state: string; warning: boolean };
const overviewPassports = async (personId: string) =>
  expectOk<{ identityDocuments: OverviewDocument[] }>(
    await anna({ method: 'GET', url: `/api/citizens/${personId}/overview?purpose=pas` }),
    200,
  ).identityDocuments.filter((d) => d.kind === 'passport');

describe('the old-passport answer against the register', () => {
  it('starts from the register, refuses "first passport" without a reason when a valid passport is on record, and doubles the fee even with one', async () => {
    const citizenId = await insertResident(ctx.app.db, '1984-04-04', 'Ida');
    await passportOnRecord(citizenId, 'PR0000001', '2019-05-01', '2029-05-01');
    let c = expectOk<PassportCase>(await startCase(anna, citizenId, { type: 'passport' }), 201);
    expect(registerOf(c)).toMatchObject({ onRecord: { documentNumber: 'PR0000001', state: 'valid' }, expected: 'handed_in' });
    expect(registerOf(c).agreeing).not.toContain('none');
    c = await step(anna, c, 'identity', { evidence: ['driving_licence'], verified: true });

    // Issue 9's bug: answered as a first passport, the citizen was charged the single fee.
    const refused = expectProblem(await saveStep(anna, c.id, 'old_passport', c.version, { outcome: 'none' }), 400);
    expect(refused).toMatchObject({ code: 'step-invalid', errors: [{ pointer: '/body/data/reason' }] });
    expect(refused.detail).toContain('Pasregistret viser et pas');

    c = await step(anna, c, 'old_passport', { outcome: 'none', reason: 'Borgeren siger, passet er afleveret i 2022 (CPR 0404841234)' });
    expect((c.stepData as Record<string, unknown>).old_passport).toEqual({
      outcome: 'none',
      reason: 'Borgeren siger, passet er afleveret i 2022 (CPR [CPR])',
    });
    expect(c.passport.fee).toMatchObject({ baseAmountOre: 89300, amountOre: 178600, doubled: true });

    // Handed in after all: the register agrees, no reason needed, the single fee.
    c = await step(anna, c, 'old_passport', { outcome: 'handed_in' });
    expect(c.passport.fee).toMatchObject({ amountOre: 89300, doubled: false });
  });

  it('with nothing on record: a first passport at the single fee; "handed in" needs a reason', async () => {
    const citizenId = await insertResident(ctx.app.db, '1986-06-06', 'Jens');
    let c = expectOk<PassportCase>(await startCase(anna, citizenId, { type: 'passport' }), 201);
    expect(registerOf(c)).toEqual({ onRecord: null, expected: 'none', agreeing: ['none'] });
    expect(c.passport.fee).toMatchObject({ amountOre: 89300, doubled: false });
    const refused = expectProblem(await saveStep(anna, c.id, 'old_passport', c.version, { outcome: 'handed_in' }), 400);
    expect(refused.detail).toContain('Pasregistret viser intet tidligere pas');
    c = await step(anna, c, 'old_passport', { outcome: 'handed_in', reason: 'Pas udstedt før registeret' });
    expect(c.passport.fee).toMatchObject({ amountOre: 89300, doubled: false });
  });

  it('counts an expired passport on record (pasloven § 4 c: "gyldigt eller udløbet"), but not one already handed in', async () => {
    const expired = await insertResident(ctx.app.db, '1975-07-07', 'Karen');
    await passportOnRecord(expired, 'PR0000002', '2010-01-01', '2020-01-01');
    const a = await walkPassport(anna, expired, { old_passport: { outcome: 'none', reason: 'Borgeren mener ikke at have haft pas' } });
    expect(registerOf(a).onRecord).toMatchObject({ documentNumber: 'PR0000002', state: 'expired' });
    expect(a.passport.fee).toMatchObject({ amountOre: 178600, doubled: true });

    const handedIn = await insertResident(ctx.app.db, '1976-08-08', 'Lone');
    await passportOnRecord(handedIn, 'PR0000003', '2010-01-01', '2020-01-01', 'handed_in');
    const b = await walkPassport(anna, handedIn, { old_passport: { outcome: 'none' } });
    expect(registerOf(b).onRecord).toBeNull();
    expect(b.passport.fee).toMatchObject({ amountOre: 89300, doubled: false });
  });

  it('stops the order when the register has changed since the answer and the answer now needs a reason', async () => {
    const citizenId = await insertResident(ctx.app.db, '1977-09-09', 'Mads');
    const c = await walkPassport(anna, citizenId, { old_passport: { outcome: 'none' } });
    expect(c.passport.blockers).toEqual([]);
    await passportOnRecord(citizenId, 'PR0000004', '2021-01-01', '2031-01-01');
    const stopped = expectProblem(await complete(anna, c.id, c.version), 409);
    expect(stopped.code).toBe('passport-incomplete');
    expect(stopped.errors!.map((e) => e.pointer)).toEqual(
      expect.arrayContaining(['/stepData/old_passport/reason', '/stepData/payment/amountOre']),
    );
  });
});

describe('the old passport at hand-out', () => {
  it('cancels a passport that was not brought: after hand-out the overview shows one valid passport, audited in the same transaction', async () => {
    const citizenId = await insertResident(ctx.app.db, '1981-01-21', 'Nina');
    // Expiring within six months: before the fix both passports showed "Udløber snart" / were valid.
    const oldId = await passportOnRecord(citizenId, 'PR0000005', yearsBefore(todayCph(), 10, 60), yearsBefore(todayCph(), 0, 60));
    expect((await overviewPassports(citizenId)).map((d) => d.state)).toEqual(['expires_soon']);

    const c = await walkPassport(anna, citizenId, { old_passport: { outcome: 'missing' } });
    expect(c.passport.fee).toMatchObject({ amountOre: 178600, doubled: true });
    const ordered = await order(anna, c);
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${ordered.id}/document` })).rawPayload);
    expect(text).toContain('Pas nr. PR0000005 i pasregistret er ikke afleveret');

    const mark = await lastAuditId(ctx.app);
    const done = await handOut(ordered, 'PR1000005');
    const passports = await overviewPassports(citizenId);
    expect(passports.filter((d) => d.state === 'valid' || d.state === 'expires_soon').map((d) => d.documentNumber)).toEqual(['PR1000005']);
    expect(passports.find((d) => d.id === oldId)).toMatchObject({ status: 'cancelled', state: 'invalid', warning: false });
    expect(done.passport.order!.identityDocumentId).not.toBe(oldId);

    const audit = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(gt(schema.auditEvents.id, mark), eq(schema.auditEvents.subjectId, citizenId)))
      .orderBy(asc(schema.auditEvents.id));
    const cancelled = audit.find((a) => a.action === 'passport.old-passport');
    expect(cancelled).toMatchObject({
      purpose: 'passport',
      details: expect.objectContaining({ caseId: c.id, documentId: oldId, status: 'cancelled' }),
    });
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('passport.'))).toEqual([
      'passport.ready',
      'passport.old-passport',
      'passport.hand-out',
    ]);
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });

  it('cancels the passport on record when the answer was "first passport" (with a reason), and marks a handed-in one handed in', async () => {
    const first = await insertResident(ctx.app.db, '1982-02-22', 'Ole');
    const firstOld = await passportOnRecord(first, 'PR0000006', '2020-02-02', '2030-02-02');
    await handOut(
      await walkPassport(anna, first, { old_passport: { outcome: 'none', reason: 'Borgeren oplyser, at passet er stjålet' } }),
      'PR1000006',
    );
    const a = await overviewPassports(first);
    expect(a.filter((d) => d.state === 'valid').map((d) => d.documentNumber)).toEqual(['PR1000006']);
    expect(a.find((d) => d.id === firstOld)!.status).toBe('cancelled');

    const brought = await insertResident(ctx.app.db, '1983-03-23', 'Pia');
    const broughtOld = await passportOnRecord(brought, 'PR0000007', '2020-03-03', '2030-03-03');
    await handOut(await walkPassport(anna, brought), 'PR1000007');
    expect((await overviewPassports(brought)).find((d) => d.id === broughtOld)!.status).toBe('handed_in');
  });
});
