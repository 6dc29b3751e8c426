import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

// What a refused request says per field: a Danish sentence (`detail`) with its English (`detailEn`), never the schema
// validator's own words ("must match pattern …").

let ctx: TestContext;
let anna: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

type FieldProblem = { detail: string; detailEn: string; errors: Array<{ pointer: string; detail: string; detailEn: string }> };

describe('request schema errors (ajv)', () => {
  it('a missing and an unknown property', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'anna', admin: true } });
    const problem = expectProblem(response, 400) as ReturnType<typeof expectProblem> & FieldProblem;
    expect(problem.code).toBe('validation-error');
    expect(problem.detail).toBe('Nogle felter er ikke udfyldt rigtigt. Ret dem og prøv igen.');
    expect(problem.detailEn).toBe('Some fields are not filled in correctly. Correct them and try again.');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/password', detail: 'Adgangskoden skal udfyldes.', detailEn: 'The password is required.' },
        { pointer: '/body/admin', detail: 'Feltet "admin" kendes ikke.', detailEn: 'The field "admin" is not known.' },
      ]),
    );
  });

  it('a passport number that does not match its pattern is described in words', async () => {
    // The body is checked before the case is looked up: any case id will do.
    const response = await anna({
      method: 'POST',
      url: `/api/cases/${randomUUID()}/passport/ready`,
      payload: { expectedVersion: 1, passportNumber: 'kort' },
    });
    const problem = expectProblem(response, 400) as ReturnType<typeof expectProblem> & FieldProblem;
    expect(problem.errors).toEqual([
      {
        pointer: '/body/passportNumber',
        detail: 'Pasnummeret skal være 8 eller 9 store bogstaver eller cifre (A–Z, 0–9) uden mellemrum.',
        detailEn: 'The passport number must be 8 or 9 capital letters or digits (A–Z, 0–9) without spaces.',
      },
    ]);
    expect(response.body).not.toMatch(/must match|\^\[A-Z0-9\]/);
  });
});
