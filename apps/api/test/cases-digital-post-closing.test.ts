import { schema } from '@skranke/db';
import { DEMO_PERSONS, DEMO_QUEUE } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { expectOk, lastAuditId, pdfText, saveStep, startCase, type CaseBody } from './cases-helpers.ts';
import { walkSelfService } from './cases-self-service-helpers.ts';
import { atCounter, SERVICES, type As } from './queue-helpers.ts';
import { insertPerson, recordRepresentation } from './representation-helpers.ts';

interface ClosedCase extends CaseBody {
  events: Array<{ action: string; fromStatus: string | null; toStatus: string; note: string | null }>;
}

let ctx: TestContext;
let anna: As;
let mette: As;

beforeAll(async () => {
  ctx = await build();
  anna = await atCounter(ctx.app, 'anna', DEMO_QUEUE.dokk1Counters[0]!, [SERVICES['digital-post']]);
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const cancel = (as: As, id: string, payload: object) => as({ method: 'POST', url: `/api/cases/${id}/cancel`, payload });
const refuse = (as: As, id: string, payload: object) => as({ method: 'POST', url: `/api/cases/${id}/refuse`, payload });
const auditsSince = (mark: number, action: string) =>
  ctx.app.db
    .select()
    .from(schema.auditEvents)
    .where(and(gt(schema.auditEvents.id, mark), eq(schema.auditEvents.action, action)));

describe('refusing a Digital Post exemption (afslag)', () => {
  it('refuses a draft with its reason: status, timeline, audit and a readable refusal letter; nothing registered', async () => {
    const citizen = DEMO_PERSONS.familyFather;
    // The representative is checked against a recorded fuldmagt (issue 13), no longer typed as a name.
    const jens = await insertPerson(ctx.app.db, 'Jens', 'Jensen');
    await recordRepresentation(anna, citizen.id, jens.cpr, 'power_of_attorney');
    let c = expectOk<CaseBody>(await startCase(anna, citizen.id), 201);
    c = expectOk(
      await saveStep(anna, c.id, 'applicant', c.version, { applicantType: 'power_of_attorney', representativeCpr: jens.cpr }),
      200,
    );
    const mark = await lastAuditId(ctx.app);

    const refused = expectOk<ClosedCase>(
      await refuse(anna, c.id, { expectedVersion: c.version, reason: 'Fuldmagten er ikke underskrevet af borgeren.' }),
      200,
    );
    expect(refused).toMatchObject({ status: 'refused', currentStep: null, digitalPostExemption: null });
    expect(refused.events.at(-1)).toMatchObject({
      action: 'refuse',
      fromStatus: 'draft',
      toStatus: 'refused',
      note: 'Fuldmagten er ikke underskrevet af borgeren.',
    });
    expect(await auditsSince(mark, 'case.refuse')).toMatchObject([
      { subjectId: citizen.id, purpose: 'digital_post_exemption', details: { caseId: c.id } },
    ]);
    expect(
      await ctx.app.db.select().from(schema.digitalPostExemptions).where(eq(schema.digitalPostExemptions.personId, citizen.id)),
    ).toEqual([]);

    const letter = await anna({ method: 'GET', url: `/api/cases/${c.id}/document` });
    expect(letter.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(letter.rawPayload);
    expect(text).toContain('Afslag på fritagelse fra Digital Post');
    expect(text).toContain('Begrundelse Fuldmagten er ikke underskrevet af borgeren.');
    expect(text).toContain('Jens Jensen');
    expect(text).not.toContain(citizen.cpr.slice(6));

    // A refused case is final here: neither refused again, cancelled nor stepped.
    expect(expectProblem(await refuse(anna, c.id, { expectedVersion: refused.version, reason: 'Igen' }), 409).code).toBe(
      'illegal-transition',
    );
    expect(expectProblem(await cancel(anna, c.id, { expectedVersion: refused.version }), 409).code).toBe('illegal-transition');
    // And a new request can be started.
    expectOk(await startCase(anna, citizen.id), 201);
  });

  it('needs a reason, the current version and the responsible municipality', async () => {
    const c = expectOk<CaseBody>(await startCase(anna, DEMO_PERSONS.familyMother.id), 201);
    expectProblem(await refuse(anna, c.id, { expectedVersion: c.version }), 400);
    expectProblem(await refuse(anna, c.id, { expectedVersion: c.version, reason: '' }), 400);
    expect(expectProblem(await refuse(anna, c.id, { expectedVersion: c.version, reason: '   ' }), 409).code).toBe('reason-required');
    expect(expectProblem(await refuse(anna, c.id, { expectedVersion: c.version + 1, reason: 'x' }), 409).code).toBe('stale-version');
    // Another municipality cannot even see the case.
    expectProblem(await refuse(mette, c.id, { expectedVersion: c.version, reason: 'x' }), 404);
    expectProblem(await refuse(anna, '00000000-0000-4000-8200-999999999999', { expectedVersion: 1, reason: 'x' }), 404);
  });

  it('does not refuse a self-service case this way (it has its own decision step)', async () => {
    const c = await walkSelfService(anna, DEMO_PERSONS.otherParent.id);
    expect(expectProblem(await refuse(anna, c.id, { expectedVersion: c.version, reason: 'x' }), 409).code).toBe('refusal-not-supported');
  });
});

describe('cancelling a draft', () => {
  it('cancels any workflow’s draft with an optional reason, audited; the citizen can start again', async () => {
    const citizen = DEMO_PERSONS.modulus11Failing;
    const c = expectOk<CaseBody>(await startCase(anna, citizen.id), 201);
    const mark = await lastAuditId(ctx.app);
    const cancelled = expectOk<ClosedCase>(await cancel(anna, c.id, { expectedVersion: c.version, reason: 'Borgeren fortrød' }), 200);
    expect(cancelled).toMatchObject({ status: 'cancelled', currentStep: null });
    expect(cancelled.events.map((e) => [e.action, e.toStatus, e.note])).toEqual([
      ['start', 'draft', null],
      ['cancel', 'cancelled', 'Borgeren fortrød'],
    ]);
    expect(await auditsSince(mark, 'case.cancel')).toHaveLength(1);
    expect(expectProblem(await anna({ method: 'GET', url: `/api/cases/${c.id}/document` }), 409).code).toBe('no-document');
    expect(expectProblem(await saveStep(anna, c.id, 'applicant', cancelled.version, { applicantType: 'in_person' }), 409).code).toBe(
      'illegal-transition',
    );

    const selfService = await walkSelfService(anna, citizen.id);
    expect(expectOk<CaseBody>(await cancel(anna, selfService.id, { expectedVersion: selfService.version }), 200).status).toBe('cancelled');
    expectOk(await startCase(anna, citizen.id), 201);
  });

  it('rejects unknown fields and a missing version', async () => {
    const c = expectOk<CaseBody>(await startCase(anna, DEMO_PERSONS.protectedAddress.id), 201);
    expectProblem(await cancel(anna, c.id, {}), 400);
    expectProblem(await cancel(anna, c.id, { expectedVersion: c.version, extra: true }), 400);
    expectProblem(await ctx.app.inject({ method: 'POST', url: `/api/cases/${c.id}/cancel`, payload: { expectedVersion: 1 } }), 401);
  });
});
