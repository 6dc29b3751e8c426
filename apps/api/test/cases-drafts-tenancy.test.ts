import { DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { expectOk, startCase, type CaseBody } from './cases-helpers.ts';
import type { As } from './queue-helpers.ts';

// An open draft belongs to its municipality: it blocks a second start there (which is told to resume it), never a
// case in another municipality, which could neither see nor resume it.
// A passport may be applied for at any municipality's desk (Digital Post exemptions only at the home municipality).
const passport = { type: 'passport' };
let ctx: TestContext;
let anna: As;
let mette: As;
beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

describe('open drafts across municipalities', () => {
  it("Vejle's open draft does not block Aarhus's case for the same citizen", async () => {
    const citizen = DEMO_PERSONS.familyFather.id;
    const vejle = expectOk<CaseBody>(await startCase(mette, citizen, passport), 201);
    const aarhus = expectOk<CaseBody>(await startCase(anna, citizen, passport), 201);
    expect(aarhus.id).not.toBe(vejle.id);
    // Within a municipality the rule stands, and names the draft to resume.
    expect(expectProblem(await startCase(anna, citizen, passport), 409)).toMatchObject({ code: 'case-already-open', caseId: aarhus.id });
    expect(expectProblem(await startCase(mette, citizen, passport), 409)).toMatchObject({ code: 'case-already-open', caseId: vejle.id });
  });
});
