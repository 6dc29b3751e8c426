import { DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { caseAuditSince, complete, expectOk, lastAuditId, saveStep, startCase, type CaseBody } from './cases-helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;
let mette: As;
let draft: CaseBody;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
  draft = expectOk<CaseBody>(await startCase(anna, DEMO_PERSONS.nearPensionAarhus.id), 201);
});
afterAll(() => ctx.close());

describe('optimistic concurrency and resuming', () => {
  it('a stale expectedVersion gets 409 with the current version, and changes nothing', async () => {
    const saved = expectOk<CaseBody>(await saveStep(anna, draft.id, 'applicant', 1, { applicantType: 'in_person' }), 200);
    const problem = expectProblem(
      await saveStep(anna, draft.id, 'applicant', 1, { applicantType: 'guardian', representativeName: 'X' }),
      409,
    );
    expect(problem).toMatchObject({ code: 'stale-version', currentVersion: saved.version });
    expectProblem(await complete(anna, draft.id, 1), 409);
    const now = expectOk<CaseBody>(await anna({ method: 'GET', url: `/api/cases/${draft.id}` }), 200);
    expect(now).toMatchObject({ version: saved.version, stepData: { applicant: { applicantType: 'in_person' } } });
  });

  it('a second start resumes nothing silently: 409 naming the open draft', async () => {
    const problem = expectProblem(await startCase(anna, DEMO_PERSONS.nearPensionAarhus.id), 409);
    expect(problem).toMatchObject({ code: 'case-already-open', caseId: draft.id });
  });

  it('the ID step waits for the applicant step; completing an unfinished case lists what is missing', async () => {
    const other = expectOk<CaseBody>(await startCase(anna, DEMO_PERSONS.familyFather.id), 201);
    expect(expectProblem(await saveStep(anna, other.id, 'identification', 1, { idDocument: 'pas' }), 409).code).toBe('step-out-of-order');
    const problem = expectProblem(await complete(anna, other.id, 1), 409);
    expect(problem.code).toBe('case-incomplete');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/stepData/applicant', '/stepData/identification', '/stepData/declaration']);
  });
});

describe('tenancy', () => {
  it("another municipality's case answers 404 to every operation, and leaves no audit record", async () => {
    const mark = await lastAuditId(ctx.app);
    for (const response of [
      await mette({ method: 'GET', url: `/api/cases/${draft.id}` }),
      await saveStep(mette, draft.id, 'applicant', 2, { applicantType: 'in_person' }),
      await complete(mette, draft.id, 2),
      await mette({ method: 'GET', url: `/api/cases/${draft.id}/document` }),
    ]) {
      expectProblem(response, 404);
    }
    const list = expectOk<{ cases: unknown[] }>(
      await mette({ method: 'GET', url: `/api/citizens/${DEMO_PERSONS.nearPensionAarhus.id}/cases` }),
      200,
    );
    expect(list.cases).toEqual([]);
    expect((await caseAuditSince(ctx.app, mark)).map((r) => r.action)).toEqual(['case.list']);
  });

  it("refuses another municipality's ticket", async () => {
    const problem = expectProblem(
      await startCase(anna, DEMO_PERSONS.familyMother.id, {
        type: 'digital_post_exemption',
        ticketId: '00000000-0000-4000-8000-00000000dead',
      }),
      404,
    );
    expect(problem.code).toBe('ticket-not-found');
  });
});

describe('bad input answers 400 problem+json', () => {
  it.each([
    ['unknown case type', () => startCase(anna, DEMO_PERSONS.familyMother.id, { type: 'pas' }), '/body/type'],
    [
      'extra property on start',
      () => startCase(anna, DEMO_PERSONS.familyMother.id, { type: 'digital_post_exemption', cpr: '0101010101' }),
      '/body/cpr',
    ],
    ['citizen id not a uuid', () => startCase(anna, '090461-1115'), '/params/id'],
    ['unknown applicant type', () => saveStep(anna, draft.id, 'applicant', 2, { applicantType: 'cousin' }), '/body/data/applicantType'],
    [
      'a documentation field (none may be demanded)',
      () => saveStep(anna, draft.id, 'declaration', 2, { declarationSigned: true, documentation: 'lægeerklæring' }),
      '/body/data/documentation',
    ],
    [
      'unknown ground',
      () => saveStep(anna, draft.id, 'declaration', 2, { declarationSigned: true, grounds: ['bored'] }),
      '/body/data/grounds/0',
    ],
    [
      'missing expectedVersion',
      () => anna({ method: 'PUT', url: `/api/cases/${draft.id}/steps/applicant`, payload: { data: {} } }),
      '/body/expectedVersion',
    ],
  ])('%s', async (_name, send, pointer) => {
    const problem = expectProblem(await send(), 400);
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  });

  it('an unknown step', async () => {
    expect(expectProblem(await saveStep(anna, draft.id, 'payment', 2, {}), 400).code).toBe('unknown-step');
  });

  it('needs a signed-in staff member', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/cases/${draft.id}` }), 401);
  });
});
