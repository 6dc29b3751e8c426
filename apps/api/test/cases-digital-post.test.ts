import { DEMO, DEMO_PERSONS, DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import {
  caseAuditSince,
  complete,
  expectOk,
  grantExemption,
  lastAuditId,
  pdfText,
  saveStep,
  startCase,
  type CaseBody,
} from './cases-helpers.ts';
import { atCounter, callNext, issue, SERVICES, type As } from './queue-helpers.ts';
import { insertPerson, recordRepresentation } from './representation-helpers.ts';

let ctx: TestContext;
let anna: As;
let lars: As;

beforeAll(async () => {
  ctx = await build();
  anna = await atCounter(ctx.app, 'anna', DEMO_QUEUE.dokk1Counters[0]!, [SERVICES['digital-post']]);
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
});
afterAll(() => ctx.close());

const document = (as: As, caseId: string) => as({ method: 'GET', url: `/api/cases/${caseId}/document` });
const exemptionOf = async (as: As, citizenId: string) =>
  expectOk<{ exemption: { state: string } | null }>(
    await as({ method: 'GET', url: `/api/citizens/${citizenId}/digital-post-exemption` }),
    200,
  ).exemption;

describe('Digital Post exemption, in person, from a queue ticket', () => {
  it('starts from the ticket, saves each step, completes, registers and hands over a readable Danish receipt', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus;
    await issue(lars, SERVICES['digital-post']);
    const ticket = await callNext(anna, DEMO_QUEUE.dokk1Counters[0]!);

    const started = expectOk<CaseBody>(await startCase(anna, citizen.id, { type: 'digital_post_exemption', ticketId: ticket.id }), 201);
    expect(started).toMatchObject({
      status: 'draft',
      currentStep: 'applicant',
      ticketId: ticket.id,
      version: 1,
      steps: ['applicant', 'identification', 'declaration'],
      citizen: { id: citizen.id, name: 'Poul Hansen', cprMasked: '090461-XXXX' },
      digitalPostExemption: null,
    });
    expect(JSON.stringify(started)).not.toContain(citizen.cpr);

    let c = expectOk<CaseBody>(await saveStep(anna, started.id, 'applicant', 1, { applicantType: 'in_person' }), 200);
    expect(c).toMatchObject({ version: 2, currentStep: 'identification' });
    // Resumable: the saved draft is there for whoever opens it next.
    const resumed = expectOk<CaseBody>(await lars({ method: 'GET', url: `/api/cases/${c.id}` }), 200);
    expect(resumed).toMatchObject({ version: 2, currentStep: 'identification', stepData: { applicant: { applicantType: 'in_person' } } });

    c = expectOk(await saveStep(anna, c.id, 'identification', 2, { idDocument: 'pas' }), 200);
    c = expectOk(await saveStep(anna, c.id, 'declaration', 3, { declarationSigned: true, grounds: ['no_computer_or_internet'] }), 200);
    expect(c.currentStep).toBeNull();
    c = expectOk(await complete(anna, c.id, 4), 200);
    expect(c).toMatchObject({
      status: 'completed',
      version: 5,
      digitalPostExemption: {
        state: 'active',
        applicantType: 'in_person',
        grounds: ['no_computer_or_internet'],
        lapsesOnReturn: false,
        revokedAt: null,
      },
    });
    expect((c.events as Array<{ action: string }>).map((e) => e.action)).toEqual([
      'start',
      'save_step',
      'save_step',
      'save_step',
      'complete',
    ]);
    expect(await exemptionOf(anna, citizen.id)).toMatchObject({ state: 'active' });

    const pdf = await document(anna, c.id);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    for (const sentence of [
      'Aarhus Kommune',
      'Kvittering for fritagelse fra Digital Post',
      'Poul Hansen',
      '090461-XXXX',
      'Du er fritaget for at modtage Digital Post fra det offentlige.',
      'Fritagelsen gælder, indtil du selv ophæver den. Den har ingen slutdato.',
      'Post fra det offentlige bliver sendt til dig på papir med almindelig post.',
      'uåbnet post fra de seneste 6 måneder',
      'SU og lønsedler',
      'lov om fravigelse fra obligatorisk digital selvbetjening § 2',
      'hos hver myndighed',
      'blanket FD 011',
      'Oplyst grund: ingen computer eller tablet med internet i hjemmet.',
    ]) {
      expect(text).toContain(sentence);
    }
    expect(text).toMatch(
      /Borgerservice, \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/,
    );
    expect(text).not.toContain(citizen.cpr.slice(6));
  });

  it('refuses a second active exemption (409), at start and at completion', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus;
    const problem = expectProblem(await startCase(anna, citizen.id), 409);
    expect(problem.code).toBe('already-exempt');
    expect(problem.detail).toContain('allerede fritaget');
  });

  it('revokes at any time: no longer active, the granting case is revoked, and a revocation receipt is handed over', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus;
    const revoke = (payload: object) => anna({ method: 'POST', url: `/api/citizens/${citizen.id}/digital-post-exemption/revoke`, payload });
    // FD 011 needs the same identification as the exemption: none, or an incomplete one, is refused and revokes nothing.
    expect(expectProblem(await revoke({ reason: 'Har fået MitID' }), 400).code).toBe('identification-required');
    const noId = expectProblem(await revoke({ identification: { applicantType: 'in_person' } }), 400);
    expect(noId.errors?.[0]?.pointer).toBe('/body/identification/idDocument');
    expect((await exemptionOf(anna, citizen.id))?.state).toBe('active');
    const response = await revoke({ reason: 'Har fået MitID', identification: { applicantType: 'in_person', idDocument: 'pas' } });
    const revocation = expectOk<CaseBody>(response, 201);
    expect(revocation).toMatchObject({ type: 'digital_post_revocation', status: 'completed', digitalPostExemption: { state: 'revoked' } });
    expect(await exemptionOf(anna, citizen.id)).toBeNull();
    const list = expectOk<{ cases: Array<{ type: string; status: string }> }>(
      await anna({ method: 'GET', url: `/api/citizens/${citizen.id}/cases` }),
      200,
    );
    expect(list.cases.map((c) => [c.type, c.status])).toEqual([
      ['digital_post_revocation', 'completed'],
      ['digital_post_exemption', 'revoked'],
    ]);
    const text = await pdfText((await document(anna, revocation.id)).rawPayload);
    expect(text).toContain('Kvittering for ophævelse af fritagelse fra Digital Post');
    expect(text).toContain('Fremover modtager du post fra det offentlige digitalt');
    expect(text).toContain('Bemærkning: Har fået MitID');
    expectProblem(await anna({ method: 'POST', url: `/api/citizens/${citizen.id}/digital-post-exemption/revoke`, payload: {} }), 409);
    // Once revoked, the citizen may be exempted again.
    expect((await grantExemption(anna, citizen.id)).digitalPostExemption).toMatchObject({ state: 'active' });
  });
});

describe('applicant and ID rules', () => {
  it('by fuldmagt: refuses the ID step without the signed power of attorney, in Danish', async () => {
    // The representative is checked against a recorded fuldmagt (issue 13), no longer typed as a name.
    const jens = await insertPerson(ctx.app.db, 'Jens', 'Jensen');
    await recordRepresentation(anna, DEMO_PERSONS.familyFather.id, jens.cpr, 'power_of_attorney');
    const c = expectOk<CaseBody>(await startCase(anna, DEMO_PERSONS.familyFather.id), 201);
    const applicant = expectOk<CaseBody>(
      await saveStep(anna, c.id, 'applicant', 1, { applicantType: 'power_of_attorney', representativeCpr: jens.cpr }),
      200,
    );
    const problem = expectProblem(await saveStep(anna, c.id, 'identification', applicant.version, { idDocument: 'koerekort' }), 400);
    expect(problem.code).toBe('step-invalid');
    expect(problem.detail).toContain('Fuldmagten (blanket FD 001F) skal være underskrevet');
    expect(problem.errors).toEqual([
      { pointer: '/body/data/powerOfAttorneySigned', detail: expect.stringContaining('FD 001F'), detailEn: expect.any(String) },
    ]);
  });

  it('re-checks everything at completion: changing the applicant after the ID step leaves the case incomplete (409)', async () => {
    const jens = await insertPerson(ctx.app.db, 'Jens', 'Jensen');
    await recordRepresentation(anna, DEMO_PERSONS.familyMother.id, jens.cpr, 'power_of_attorney');
    const c = expectOk<CaseBody>(await startCase(anna, DEMO_PERSONS.familyMother.id), 201);
    let v = expectOk<CaseBody>(await saveStep(anna, c.id, 'applicant', 1, { applicantType: 'in_person' }), 200).version;
    v = expectOk<CaseBody>(await saveStep(anna, c.id, 'identification', v, { idDocument: 'pas' }), 200).version;
    v = expectOk<CaseBody>(await saveStep(anna, c.id, 'declaration', v, { declarationSigned: true }), 200).version;
    v = expectOk<CaseBody>(
      await saveStep(anna, c.id, 'applicant', v, { applicantType: 'power_of_attorney', representativePersonId: jens.id }),
      200,
    ).version;
    const problem = expectProblem(await complete(anna, c.id, v), 409);
    expect(problem).toMatchObject({ code: 'case-incomplete', errors: [{ pointer: '/stepData/identification/powerOfAttorneySigned' }] });
    expect(problem.detail).toContain('Fuldmagten');
  });

  it('needs no grounds, and a guardian needs the værgebeskikkelse only', async () => {
    const karin = await insertPerson(ctx.app.db, 'Karin', 'Værge');
    await recordRepresentation(anna, DEMO_PERSONS.noFixedAddress.id, karin.cpr, 'guardian');
    const granted = await grantExemption(anna, DEMO_PERSONS.noFixedAddress.id, {
      applicant: { applicantType: 'guardian', representativeCpr: karin.cpr },
      identification: { idDocument: undefined, guardianshipCertificateShown: true },
    });
    expect(granted.digitalPostExemption).toMatchObject({ state: 'active', grounds: null, applicantType: 'guardian' });
    const text = await pdfText((await document(anna, granted.id)).rawPayload);
    expect(text).toContain('Du har ikke oplyst, hvilken grund der gælder. Det er heller ikke et krav.');
    expect(text).toContain('Repræsentant eller værge: Karin Værge');
  });

  it('an emigrated resident is always exempted, and the exemption lapses on return', async () => {
    const granted = await grantExemption(anna, DEMO_PERSONS.emigrated.id, { declaration: { grounds: ['emigrated'] } });
    expect(granted.digitalPostExemption).toMatchObject({ state: 'active', lapsesOnReturn: true, grounds: ['emigrated'] });
    const text = await pdfText((await document(anna, granted.id)).rawPayload);
    expect(text).toContain('Den bortfalder, når du igen bliver registreret med bopæl i Danmark.');
  });

  it('refuses the emigration ground for someone not registered as emigrated', async () => {
    const c = expectOk<CaseBody>(await startCase(anna, DEMO_PERSONS.modulus11Failing.id), 201);
    const problem = expectProblem(await saveStep(anna, c.id, 'declaration', 1, { declarationSigned: true, grounds: ['emigrated'] }), 400);
    expect(problem.detail).toContain('ikke registreret som udrejst');
  });

  it('only the municipality of residence decides (Grethe lives in Vejle)', async () => {
    const problem = expectProblem(await startCase(anna, DEMO_PERSONS.nearPension.id), 409);
    expect(problem).toMatchObject({ code: 'not-responsible-municipality' });
    expect(problem.detail).toContain('Vejle Kommune');
  });
});

describe('audit', () => {
  it('writes one record per action about the citizen, purpose = case type, details naming the case', async () => {
    const citizen = DEMO_PERSONS.singleParent; // Vejle: Mette's municipality
    const mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
    const mark = await lastAuditId(ctx.app);
    const granted = await grantExemption(mette, citizen.id);
    await mette({ method: 'GET', url: `/api/cases/${granted.id}` });
    await mette({ method: 'GET', url: `/api/citizens/${citizen.id}/cases` });
    await document(mette, granted.id);
    await mette({ method: 'GET', url: `/api/citizens/${citizen.id}/digital-post-exemption` });
    const rows = await caseAuditSince(ctx.app, mark);
    const counts = Object.fromEntries([...new Set(rows.map((r) => r.action))].map((a) => [a, rows.filter((r) => r.action === a).length]));
    expect(counts).toEqual({
      'case.start': 1,
      'case.save-step': 3,
      'case.complete': 1,
      'case.read': 1,
      'case.list': 1,
      'case.document': 1,
      'digital-post.read': 1,
    });
    for (const row of rows) {
      expect(row).toMatchObject({
        subjectType: 'citizen',
        subjectId: citizen.id,
        actorUserId: DEMO.users.mette,
        municipalityId: DEMO.vejle.id,
      });
      if (row.action !== 'case.list')
        expect(row).toMatchObject({ purpose: 'digital_post_exemption', details: expect.objectContaining({ caseId: granted.id }) });
    }
    expect(await verifyAuditChain(ctx.app.db, DEMO.vejle.id)).toBeNull();
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });
});
