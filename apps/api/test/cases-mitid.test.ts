import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, lastAuditId, pdfText, saveStep } from './cases-helpers.ts';
import {
  CONTROL_QUESTIONS_PASSED,
  DANISH_PASSPORT,
  IN_PERSON,
  mitidRows,
  residents,
  runMitId,
  saveSteps,
  startMitId,
  type MitIdCase,
} from './cases-mitid-helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;
let lars: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
});
afterAll(() => ctx.close());

const document = (as: As, caseId: string) => as({ method: 'GET', url: `/api/cases/${caseId}/document` });
const auditSince = (mark: number) =>
  ctx.app.db
    .select()
    .from(schema.auditEvents)
    .then((rows) => rows.filter((r) => r.id > mark));

describe('MitID with a Danish passport and control questions', () => {
  it('walks each step (resumable), issues the MitID in the local registry and hands over a Danish receipt', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus;
    expect(await mitidRows(ctx.app, citizen.id)).toEqual([]);
    const started = await startMitId(anna, citizen.id);
    expect(started).toMatchObject({
      type: 'mitid',
      status: 'draft',
      currentStep: 'applicant',
      steps: ['applicant', 'documents', 'verification', 'authenticator'],
    });
    expect(started.mitid?.assessment.outcome).toBe('incomplete');

    let c = await saveSteps(anna, started, [
      ['applicant', IN_PERSON],
      ['documents', DANISH_PASSPORT],
    ]);
    // Resumable: a colleague opens the draft where it stopped.
    const resumed = expectOk<MitIdCase>(await lars({ method: 'GET', url: `/api/cases/${c.id}` }), 200);
    expect(resumed).toMatchObject({ currentStep: 'verification', stepData: { documents: DANISH_PASSPORT } });

    c = await saveSteps(lars, resumed, [
      ['verification', CONTROL_QUESTIONS_PASSED],
      ['authenticator', { authenticator: 'app' }],
    ]);
    expect(c.mitid?.assessment.outcome).toBe('issue');
    c = expectOk<MitIdCase>(await complete(lars, c.id, c.version), 200);
    expect(c.status).toBe('completed');
    expect(c.mitid?.issued).toMatchObject({ authenticator: 'app', replacedEarlier: false });
    expect((c.events as Array<{ action: string }>).map((e) => e.action)).toEqual([
      'start',
      'save_step',
      'save_step',
      'save_step',
      'save_step',
      'complete',
    ]);
    const [row] = await mitidRows(ctx.app, citizen.id);
    expect(row).toMatchObject({ caseId: c.id, authenticator: 'app', municipalityId: DEMO.aarhus.id, replacedAt: null });

    const pdf = await document(anna, c.id);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    for (const sentence of [
      'Aarhus Kommune',
      'Kvittering for udstedelse af MitID',
      'Poul Hansen',
      '090461-XXXX',
      'Identifikationsmiddel: MitID-appen.',
      'dansk billedlegitimation og kontrolspørgsmål',
      'Du må ikke lade andre bruge dit MitID',
    ]) {
      expect(text).toContain(sentence);
    }
    expect(text).not.toContain(citizen.cpr.slice(6));
  });

  it('a second identity check replaces the MitID and keeps the date the citizen first got one', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus;
    const c = await runMitId(anna, citizen.id, [
      ['applicant', IN_PERSON],
      ['documents', { documents: [{ kind: 'dk_driving_licence', showsCpr: true, temporary: false }] }],
      ['verification', CONTROL_QUESTIONS_PASSED],
      ['authenticator', { authenticator: 'kodeoplaeser' }],
    ]);
    expect(c.mitid?.issued).toMatchObject({ authenticator: 'kodeoplaeser', replacedEarlier: true });
    expect(await pdfText((await document(anna, c.id)).rawPayload)).toContain('Det nye MitID erstatter dit tidligere MitID');
    const rows = await mitidRows(ctx.app, citizen.id);
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.replacedAt === null)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.holderSince)).size).toBe(1);
  });
});

describe('MitID with a foreign passport and a sundhedskort', () => {
  it('accepts the combination and issues a kodeviser', async () => {
    const c = await runMitId(anna, DEMO_PERSONS.modulus11Failing.id, [
      ['applicant', IN_PERSON],
      [
        'documents',
        {
          documents: [
            { kind: 'foreign_passport', showsCpr: false, temporary: false },
            { kind: 'sundhedskort', showsCpr: true, temporary: false },
          ],
        },
      ],
      ['verification', CONTROL_QUESTIONS_PASSED],
      ['authenticator', { authenticator: 'kodeviser' }],
    ]);
    expect(c).toMatchObject({ status: 'completed', mitid: { issued: { authenticator: 'kodeviser' } } });
    const text = await pdfText((await document(anna, c.id)).rawPayload);
    expect(text).toContain('udenlandsk pas eller ID-kort sammen med sundhedskort eller bopælsattest');
  });
});

describe('MitID with a witness', () => {
  const father = DEMO_PERSONS.familyFather;

  it('looks the witness up by CPR in the body, stores only name and masked number, audits the witness, counts the act', async () => {
    const mark = await lastAuditId(ctx.app);
    const applicant = DEMO_PERSONS.noFixedAddress;
    let c = await saveSteps(anna, await startMitId(anna, applicant.id), [
      ['applicant', IN_PERSON],
      [
        'documents',
        {
          documents: [
            { kind: 'sundhedskort', showsCpr: true, temporary: false },
            { kind: 'birth_certificate', showsCpr: false, temporary: false },
          ],
        },
      ],
      ['verification', { method: 'witness', witnessCpr: '120384-0183', witnessPhotoIdShown: true, witnessMitIdConfirmed: true }],
      ['authenticator', { authenticator: 'chip' }],
    ]);
    expect(c.stepData.verification).toEqual({
      method: 'witness',
      witnessPersonId: father.id,
      witnessName: 'Mads Kristensen',
      witnessCprMasked: '120384-XXXX',
      witnessPhotoIdShown: true,
      witnessMitIdConfirmed: true,
    });
    expect(JSON.stringify(c)).not.toContain(father.cpr);
    c = expectOk<MitIdCase>(await complete(anna, c.id, c.version), 200);
    expect(c.mitid?.issued?.authenticator).toBe('chip');
    const acts = await ctx.app.db.select().from(schema.mitidWitnessActs).where(eq(schema.mitidWitnessActs.witnessPersonId, father.id));
    expect(acts).toMatchObject([{ caseId: c.id, municipalityId: DEMO.aarhus.id }]);
    const about = (await auditSince(mark)).filter((r) => r.subjectId === father.id).map((r) => r.action);
    expect(about).toEqual(['mitid.witness-lookup', 'mitid.witness-act']);
    const text = await pdfText((await document(anna, c.id)).rawPayload);
    expect(text).toContain('to dokumenter uden billede og et vidne');
    expect(text).not.toContain('Mads Kristensen');
  });

  it('refuses a witness over 3 acts in 120 days, counted across the municipality, and audits the look-up anyway', async () => {
    // Two more acts, by a colleague at another counter: three in all.
    const adults = (await residents(ctx.app, DEMO.aarhus.id)).filter(
      (r) => r.age >= 20 && r.age < 60 && r.status === 'active' && r.mitid === null,
    );
    const witness = { method: 'witness', witnessCpr: father.cpr, witnessPhotoIdShown: true, witnessMitIdConfirmed: true };
    for (const applicant of adults.slice(0, 2)) {
      await runMitId(lars, applicant.id, [
        ['applicant', IN_PERSON],
        ['documents', DANISH_PASSPORT],
        ['verification', witness],
        ['authenticator', { authenticator: 'app' }],
      ]);
    }
    const fourth = await saveSteps(anna, await startMitId(anna, adults[2]!.id), [
      ['applicant', IN_PERSON],
      ['documents', DANISH_PASSPORT],
    ]);
    const mark = await lastAuditId(ctx.app);
    const problem = expectProblem(await saveStep(anna, fourth.id, 'verification', fourth.version, witness), 409);
    expect(problem.code).toBe('witness-limit-reached');
    expect(problem.detail).toContain('Vidnet har allerede været vidne 3 gange inden for 120 dage. Højst 3 gange er tilladt.');
    expect((await auditSince(mark)).map((r) => [r.action, r.subjectId])).toEqual([['mitid.witness-lookup', father.id]]);

    // Another witness is fine.
    const other = await saveStep(anna, fourth.id, 'verification', fourth.version, {
      ...witness,
      witnessCpr: DEMO_PERSONS.protectedAddress.cpr,
    });
    expect(other.statusCode).toBe(200);
    // Each municipality counts its own witness acts: in Vejle the same witness has none.
    const mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
    const vejle = await saveSteps(mette, await startMitId(mette, DEMO_PERSONS.substituteNumber.id), [
      ['applicant', IN_PERSON],
      ['documents', DANISH_PASSPORT],
    ]);
    expect((await saveStep(mette, vejle.id, 'verification', vejle.version, witness)).statusCode).toBe(200);
  });

  it.each([
    ['MitID for exactly 30 days', DEMO_PERSONS.familyMother.cpr, 'Vidnet skal have haft MitID i mere end 30 dage.'],
    ['no MitID', DEMO_PERSONS.emigrated.cpr, 'Vidnet har ikke MitID.'],
    ['the applicant', DEMO_PERSONS.nearPension.cpr, 'Borgeren kan ikke være vidne for sig selv.'],
    ['no photo ID shown', DEMO_PERSONS.otherParent.cpr, 'Vidnet skal vise billedlegitimation.'],
  ])('refuses a witness with %s', async (name, cpr, message) => {
    const open = await startMitIdOrResume(DEMO_PERSONS.nearPension.id);
    const data = { method: 'witness', witnessCpr: cpr, witnessPhotoIdShown: name !== 'no photo ID shown', witnessMitIdConfirmed: true };
    const problem = expectProblem(await saveStep(anna, open.id, 'verification', open.version, data), 400);
    expect(problem.code).toBe('step-invalid');
    expect(problem.detail).toBe(message);
  });

  it('accepts a witness who has had MitID for 31 days, and refuses one under 18', async () => {
    const open = await startMitIdOrResume(DEMO_PERSONS.nearPension.id);
    const ok = await saveStep(anna, open.id, 'verification', open.version, {
      method: 'witness',
      witnessCpr: DEMO_PERSONS.otherParent.cpr,
      witnessPhotoIdShown: true,
      witnessMitIdConfirmed: true,
    });
    expect(ok.statusCode).toBe(200);
    const teen = (await residents(ctx.app, DEMO.aarhus.id)).find((r) => r.age >= 13 && r.age < 18 && r.mitid !== null);
    expect(teen, 'the demo data has a teenager with MitID').toBeDefined();
    const again = ok.json() as MitIdCase;
    const problem = expectProblem(
      await saveStep(anna, again.id, 'verification', again.version, {
        method: 'witness',
        witnessCpr: teen!.cpr,
        witnessPhotoIdShown: true,
        witnessMitIdConfirmed: true,
      }),
      400,
    );
    expect(problem.detail).toContain('Vidnet skal være fyldt 18 år.');
  });

  it('the audit chain still verifies', async () => {
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });
});

describe('rule values configured by an administrator', () => {
  it('a shorter MitID age for witnesses (digst.dk says 10 days) makes a 30-day holder a witness', async () => {
    const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    expect((await admin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { witnessMinMitidDays: 10 } })).statusCode).toBe(200);
    const open = await startMitIdOrResume(DEMO_PERSONS.nearPension.id);
    const response = await saveStep(anna, open.id, 'verification', open.version, {
      method: 'witness',
      witnessCpr: DEMO_PERSONS.familyMother.cpr,
      witnessPhotoIdShown: true,
      witnessMitIdConfirmed: true,
    });
    expect(response.statusCode).toBe(200);
  });
});

/** The citizen's open MitID draft in Aarhus, started when there is none. */
async function startMitIdOrResume(citizenId: string): Promise<MitIdCase> {
  const response = await anna({ method: 'POST', url: `/api/citizens/${citizenId}/cases`, payload: { type: 'mitid' } });
  if (response.statusCode === 201) return response.json() as MitIdCase;
  const caseId = (response.json() as { caseId: string }).caseId;
  return expectOk<MitIdCase>(await anna({ method: 'GET', url: `/api/cases/${caseId}` }), 200);
}
