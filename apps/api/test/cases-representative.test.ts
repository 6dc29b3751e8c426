import { schema } from '@skranke/db';
import { DEMO_QUEUE } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, type TestContext } from './helpers.ts';
import { expectOk, grantExemption, lastAuditId, saveStep, startCase, type CaseBody } from './cases-helpers.ts';

type Saved = CaseBody & { stepData: Record<string, unknown> & { applicant: unknown } };
import { insertResident, order, walkPassport, type PassportCase } from './cases-passport-helpers.ts';
import { atCounter, SERVICES, type As } from './queue-helpers.ts';
import { insertPerson, recordRepresentation } from './representation-helpers.ts';

/**
 * Issue 13: the Digital Post and self-service exemptions' applicant step checks a representative's authority in the
 * recorded representations (`mayActFor`), instead of taking a typed name.
 */
let ctx: TestContext;
let anna: As;

beforeAll(async () => {
  ctx = await build();
  anna = await atCounter(ctx.app, 'anna', DEMO_QUEUE.dokk1Counters[0]!, [SERVICES['digital-post']]);
});
afterAll(() => ctx.close());

let n = 0;
/** A fresh adult Aarhus resident with a fresh helper, and a Digital Post exemption case started for the resident. */
async function fresh(type = 'digital_post_exemption') {
  n += 1;
  const citizenId = await insertResident(ctx.app.db, `1948-0${1 + (n % 9)}-1${n % 10}`, `Repræsenteret ${n}`);
  const helper = await insertPerson(ctx.app.db, 'Hanne', `Hjælper${n}`);
  const c = expectOk<CaseBody>(await startCase(anna, citizenId, { type }), 201);
  return { citizenId, helper, c };
}

const applicant = (c: CaseBody, data: Record<string, unknown>) => saveStep(anna, c.id, 'applicant', c.version, data);
const record = (citizenId: string, body: object) =>
  anna({ method: 'POST', url: `/api/citizens/${citizenId}/representations`, payload: { validFrom: '2020-01-01', ...body } });

describe('the Digital Post applicant step reads the representations', () => {
  it('takes a værge by CPR number, stores the register name and the representation (never the CPR number), and audits the check', async () => {
    const { citizenId, helper, c } = await fresh();
    const recorded = await recordRepresentation(anna, citizenId, helper.cpr, 'guardian');
    const mark = await lastAuditId(ctx.app);
    const saved = expectOk<Saved>(
      await applicant(c, { applicantType: 'guardian', representativeCpr: helper.cpr, representativeName: 'Skrevet navn' }),
      200,
    );
    expect(saved.stepData.applicant).toEqual({
      applicantType: 'guardian',
      representativePersonId: helper.id,
      representativeName: `Hanne Hjælper${n}`,
      representationId: recorded.id,
    });
    expect(JSON.stringify(saved)).not.toContain(helper.cpr);
    const checks = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(gt(schema.auditEvents.id, mark), eq(schema.auditEvents.action, 'representation.check')));
    expect(checks).toMatchObject([
      { subjectId: helper.id, purpose: 'digital_post_exemption', details: { viaCitizenId: citizenId, caseId: c.id } },
    ]);
  });

  it('refuses a typed name alone: the representative must be looked up', async () => {
    const { c } = await fresh();
    const problem = expectProblem(await applicant(c, { applicantType: 'power_of_attorney', representativeName: 'Jens Jensen' }), 400);
    expect(problem).toMatchObject({ code: 'step-invalid', errors: [{ pointer: '/body/data/representativeCpr' }] });
  });

  it.each([
    ['nothing is recorded', null, 'guardian', 'Der er ikke registreret nogen fuldmagt, værge eller forældremyndighed'],
    [
      'only a fuldmagt, for an applicant who comes as værge',
      { kind: 'digital_fuldmagt', scope: ['all'], documentSeen: 'fuldmagt_digital' },
      'guardian',
      'Der er ikke registreret nogen',
    ],
    [
      'a fuldmagt for self-service only',
      { kind: 'digital_fuldmagt', scope: ['self_service'], documentSeen: 'fuldmagt_paper' },
      'power_of_attorney',
      'dækker ikke dette område',
    ],
    [
      'a fuldmagt that has run out',
      { kind: 'digital_fuldmagt', scope: ['digital_post'], documentSeen: 'fuldmagt_digital', validTo: '2024-12-31' },
      'power_of_attorney',
      'udløbet',
    ],
    [
      'a fremtidsfuldmagt not yet in force',
      { kind: 'fremtidsfuldmagt', scope: ['all'], documentSeen: 'fremtidsfuldmagt_vaerges_attest', validFrom: '2099-01-01' },
      'power_of_attorney',
      'gælder endnu ikke',
    ],
  ])('refuses when %s, naming why', async (_name, representation, applicantType, why) => {
    const { citizenId, helper, c } = await fresh();
    if (representation) expect((await record(citizenId, { representativeCpr: helper.cpr, ...representation })).statusCode).toBe(201);
    const problem = expectProblem(await applicant(c, { applicantType, representativeCpr: helper.cpr }), 400);
    expect(problem.code).toBe('step-invalid');
    expect(problem.detail).toContain(`Hanne Hjælper${n} kan ikke handle for borgeren her`);
    expect(problem.detail).toContain(why);
  });

  it('refuses a værge whose værgemål has ended, and one with læseadgang only', async () => {
    const { citizenId, helper, c } = await fresh();
    const vaerge = await recordRepresentation(anna, citizenId, helper.cpr, 'guardian');
    await anna({ method: 'POST', url: `/api/representations/${vaerge.id}/end`, payload: { reason: 'Ophævet' } });
    expect(expectProblem(await applicant(c, { applicantType: 'guardian', representativeCpr: helper.cpr }), 400).detail).toContain('ophørt');

    const other = await fresh();
    await record(other.citizenId, {
      representativeCpr: other.helper.cpr,
      kind: 'laeseadgang',
      scope: [],
      documentSeen: 'fuldmagt_digital',
    });
    const problem = expectProblem(
      await applicant(other.c, { applicantType: 'power_of_attorney', representativeCpr: other.helper.cpr }),
      400,
    );
    expect(problem.detail).toContain('Der er ikke registreret nogen');
  });

  it('a citizen in person needs no representative', async () => {
    const { c } = await fresh();
    expect(expectOk<Saved>(await applicant(c, { applicantType: 'in_person' }), 200).stepData.applicant).toEqual({
      applicantType: 'in_person',
    });
  });
});

describe('the self-service exemption applicant step too', () => {
  it('takes a fuldmagt covering self-service and refuses one for Digital Post only', async () => {
    const a = await fresh('self_service_exemption');
    await record(a.citizenId, {
      representativeCpr: a.helper.cpr,
      kind: 'digital_fuldmagt',
      scope: ['self_service'],
      documentSeen: 'fuldmagt_paper',
    });
    expect((await applicant(a.c, { applicantType: 'power_of_attorney', representativeCpr: a.helper.cpr })).statusCode).toBe(200);

    const b = await fresh('self_service_exemption');
    await record(b.citizenId, {
      representativeCpr: b.helper.cpr,
      kind: 'digital_fuldmagt',
      scope: ['digital_post'],
      documentSeen: 'fuldmagt_paper',
    });
    const problem = expectProblem(await applicant(b.c, { applicantType: 'power_of_attorney', representativeCpr: b.helper.cpr }), 400);
    expect(problem.detail).toContain('dækker ikke dette område');
  });
});

describe('the passport hand-out to another person', () => {
  it('hands the passport to a representative whose fuldmagt covers pick-up, and refuses one without', async () => {
    n += 1;
    const citizenId = await insertResident(ctx.app.db, '1950-05-1' + (n % 10), `Pasborger ${n}`);
    await ctx.app.db.insert(schema.identityDocuments).values({
      personId: citizenId,
      kind: 'passport',
      documentNumber: `PR${String(Date.now()).slice(-7)}`,
      issuedOn: '2017-01-10',
      expiresOn: '2027-01-10',
    });
    const collector = await insertPerson(ctx.app.db, 'Bodil', 'Henter');
    const stranger = await insertPerson(ctx.app.db, 'Frede', 'Fremmed');
    let c: PassportCase = await order(anna, await walkPassport(anna, citizenId));
    const post = (action: string, payload: Record<string, unknown>) =>
      anna({ method: 'POST', url: `/api/cases/${c.id}/passport/${action}`, payload: { expectedVersion: c.version, ...payload } });
    c = expectOk<PassportCase>(await post('ready', { passportNumber: `PN${String(Date.now()).slice(-7)}` }), 200);

    const refused = expectProblem(await post('hand-out', { collectedBy: { representativeCpr: stranger.cpr } }), 400);
    expect(refused).toMatchObject({ code: 'representative-not-allowed', errors: [{ pointer: '/body/collectedBy/representativeCpr' }] });
    expect(refused.detail).toContain('Frede Fremmed kan ikke handle for borgeren her');

    await record(citizenId, {
      representativeCpr: collector.cpr,
      kind: 'digital_fuldmagt',
      scope: ['passport_pickup'],
      documentSeen: 'fuldmagt_paper',
    });
    c = expectOk<PassportCase>(await post('hand-out', { collectedBy: { representativePersonId: collector.id } }), 200);
    expect(c.passport.order!.status).toBe('handed_out');
    const handOut = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, 'passport.hand-out'), eq(schema.auditEvents.subjectId, citizenId)));
    expect(handOut).toMatchObject([{ details: { collectedById: collector.id } }]);
  });
});

describe('the revocation (FD 011) asked for by a representative', () => {
  it('takes a værge by CPR number and refuses a typed name alone', async () => {
    n += 1;
    const citizenId = await insertResident(ctx.app.db, `1946-0${1 + (n % 9)}-2${n % 10}`, `Ophævelse ${n}`);
    const vaerge = await insertPerson(ctx.app.db, 'Vera', 'Værge');
    await grantExemption(anna, citizenId);
    const revoke = (identification: Record<string, unknown>) =>
      anna({ method: 'POST', url: `/api/citizens/${citizenId}/digital-post-exemption/revoke`, payload: { identification } });

    const typed = expectProblem(
      await revoke({ applicantType: 'guardian', representativeName: 'Vera Værge', guardianshipCertificateShown: true }),
      400,
    );
    expect(typed).toMatchObject({ code: 'step-invalid', errors: [{ pointer: '/body/identification/representativeCpr' }] });

    await recordRepresentation(anna, citizenId, vaerge.cpr, 'guardian');
    const revoked = expectOk<Saved>(
      await revoke({ applicantType: 'guardian', representativeCpr: vaerge.cpr, guardianshipCertificateShown: true }),
      201,
    );
    expect(revoked.stepData).toMatchObject({
      revocation: { identification: { applicantType: 'guardian', representativePersonId: vaerge.id, representativeName: 'Vera Værge' } },
    });
    expect(JSON.stringify(revoked)).not.toContain(vaerge.cpr);
  });
});
