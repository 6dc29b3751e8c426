import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let clock = new Date('2026-11-15T10:00:00Z');
let lars: As;
let admin: As;
let anna: As;

beforeAll(async () => {
  ctx = await build({ now: () => clock });
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const status = async (as: As) => {
  const response = await as({ method: 'GET', url: '/api/fee-tables/next-year-status' });
  expect(response.statusCode).toBe(200);
  return response.json() as { asOf: string; year: number; warningPeriod: boolean; missing: string[] };
};

describe('GET /api/fee-tables/next-year-status', () => {
  it.each([
    [
      '30 November 2027, late evening in Copenhagen: not yet',
      '2027-11-30T21:00:00Z',
      { asOf: '2027-11-30', year: 2028, warningPeriod: false, missing: [] },
    ],
    [
      '1 December 2027 just after midnight in Copenhagen (still 30 November in UTC): every product missing',
      '2027-11-30T23:30:00Z',
      { asOf: '2027-12-01', year: 2028, warningPeriod: true, missing: ['passport', 'driving_licence', 'health_card'] },
    ],
    [
      '1 December 2026: the 2027 national tables ship with Skranke, nothing missing',
      '2026-12-01T09:00:00Z',
      { asOf: '2026-12-01', year: 2027, warningPeriod: true, missing: [] },
    ],
  ])('%s', async (_name, at, expected) => {
    clock = new Date(at);
    expect(await status(lars)).toEqual(expected);
    expect(await status(admin)).toEqual(expected);
  });

  it("counts the municipality's own table for next year: orders will not fail there", async () => {
    clock = new Date('2027-12-06T09:00:00Z');
    const band = (code: string, from: number | 'pension_age', to: number | 'pension_age' | null) => ({
      code,
      labelDa: code,
      labelEn: code,
      from,
      to,
      amountOre: 100,
    });
    const rates = [band('child', 0, 12), band('youth', 12, 18), band('adult', 18, 'pension_age'), band('pensioner', 'pension_age', null)];
    const put = await admin({
      method: 'PUT',
      url: '/api/admin/fee-tables/passport/2028',
      payload: { scope: 'municipality', approximate: false, source: 'Test', rates },
    });
    expect(put.statusCode).toBe(200);
    expect((await status(lars)).missing).toEqual(['driving_licence', 'health_card']);
  });

  it('is for leads and administrators', async () => {
    expectProblem(await anna({ method: 'GET', url: '/api/fee-tables/next-year-status' }), 403);
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/fee-tables/next-year-status' }), 401);
  });
});
