import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { desc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feeFor } from '../src/modules/fees/fees.service.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAdmin: ReturnType<typeof injectAs>;
let asLead: ReturnType<typeof injectAs>;
let asCounter: ReturnType<typeof injectAs>;

beforeAll(async () => {
  ctx = await build();
  asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  asLead = injectAs(ctx.app, await login(ctx.app, 'lars'));
  asCounter = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const passportBands = (adult: number) => [
  { code: 'child', labelDa: 'Barn 0-11 år', labelEn: 'Child 0-11', from: 0, to: 12, amountOre: 15000 },
  { code: 'youth', labelDa: 'Barn 12-17 år', labelEn: 'Child 12-17', from: 12, to: 18, amountOre: 18000 },
  { code: 'adult', labelDa: 'Voksen', labelEn: 'Adult', from: 18, to: 'pension_age', amountOre: adult },
  { code: 'pensioner', labelDa: 'Folkepensionsalder', labelEn: 'Pension age', from: 'pension_age', to: null, amountOre: 38000 },
];

async function lastAudit(action: string) {
  const [row] = await ctx.app.db
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .orderBy(desc(schema.auditEvents.id))
    .limit(1);
  return row;
}

describe('fee tables: seeded', () => {
  it('lists the seeded passport tables, the verified ones exact and the unverified ones marked approximate', async () => {
    const response = await asAdmin({ method: 'GET', url: '/api/admin/fee-tables?product=passport' });
    expect(response.statusCode).toBe(200);
    const tables = response.json().tables as Array<{
      year: number;
      approximate: boolean;
      scope: string;
      rates: Array<{ code: string; amountOre: number; from: unknown; to: unknown }>;
    }>;
    expect(tables.map((t) => t.year)).toEqual([2027, 2026, 2025, 2024, 2023, 2021]);
    const y2023 = tables.find((t) => t.year === 2023)!;
    expect(y2023).toMatchObject({ approximate: false, scope: 'national' });
    expect(Object.fromEntries(y2023.rates.map((r) => [r.code, r.amountOre]))).toEqual({
      child: 15000,
      youth: 17900,
      adult: 89100,
      pensioner: 37900,
    });
    expect(y2023.rates.find((r) => r.code === 'adult')).toMatchObject({ from: 18, to: 'pension_age' });
    expect(y2023.rates.find((r) => r.code === 'pensioner')).toMatchObject({ from: 'pension_age', to: null });
    expect(tables.find((t) => t.year === 2026)!.approximate).toBe(true);
  });

  it('filters by year', async () => {
    const response = await asAdmin({ method: 'GET', url: '/api/admin/fee-tables?product=passport&year=2021' });
    expect(response.json().tables).toHaveLength(1);
    expect(response.json().tables[0].rates.find((r: { code: string }) => r.code === 'adult').amountOre).toBe(89000);
  });
});

describe('feeFor', () => {
  it.each([
    // birth date, date charged, band, øre
    ['2015-06-10', '2026-06-09', 'child', 15000],
    ['2014-06-10', '2026-06-10', 'youth', 17900],
    ['2008-06-10', '2026-06-09', 'youth', 17900],
    ['2008-06-10', '2026-06-10', 'adult', 89300],
    ['1959-05-01', '2026-04-30', 'adult', 89300],
    ['1959-05-01', '2026-05-01', 'pensioner', 37900],
  ])('born %s, charged %s: %s (%i øre)', async (birthDate, on, code, amountOre) => {
    const quote = await feeFor(ctx.app.db, { product: 'passport', birthDate, on });
    expect(quote).toMatchObject({ year: 2026, approximate: true, scope: 'national', rate: { code, amountOre } });
  });

  it('uses the year of the date charged', async () => {
    const quote = await feeFor(ctx.app.db, { product: 'passport', birthDate: '1980-01-01', on: '2023-12-31' });
    expect(quote).toMatchObject({ year: 2023, approximate: false, rate: { code: 'adult', amountOre: 89100 } });
  });

  it('says so when there is no table for the year', async () => {
    await expect(feeFor(ctx.app.db, { product: 'passport', birthDate: '1980-01-01', on: '2022-05-05' })).rejects.toMatchObject({
      status: 409,
      code: 'fee-table-missing',
    });
    await expect(feeFor(ctx.app.db, { product: 'driving_licence', birthDate: '1980-01-01', on: '2099-05-05' })).rejects.toMatchObject({
      status: 409,
      code: 'fee-table-missing',
    });
  });
});

describe('fee tables: changes by an administrator', () => {
  it("creates the municipality's own table for a new year, audited with no before", async () => {
    const response = await asAdmin({
      method: 'PUT',
      url: '/api/admin/fee-tables/passport/2028',
      payload: { scope: 'municipality', approximate: false, source: 'Test', rates: passportBands(90000) },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ year: 2028, scope: 'municipality', approximate: false, source: 'Test' });
    const audit = await lastAudit('admin.fee-table.create');
    expect(audit).toMatchObject({ actorUserId: DEMO.users.admin, subjectType: 'fee_table', subjectId: response.json().id });
    expect(audit!.details).toMatchObject({
      product: 'passport',
      year: 2028,
      scope: 'municipality',
      before: null,
      after: { approximate: false },
    });
    const quote = await feeFor(ctx.app.db, {
      municipalityId: DEMO.aarhus.id,
      product: 'passport',
      birthDate: '1980-01-01',
      on: '2028-02-01',
    });
    expect(quote).toMatchObject({ scope: 'municipality', rate: { amountOre: 90000 } });
    // Another municipality has no table for 2028: neither its own nor a national one (2027 ships as reference data).
    await expect(
      feeFor(ctx.app.db, { municipalityId: DEMO.vejle.id, product: 'passport', birthDate: '1980-01-01', on: '2028-02-01' }),
    ).rejects.toMatchObject({ status: 409, code: 'fee-table-missing' });
  });

  it('replaces a year, audited with before and after', async () => {
    const put = (amount: number) =>
      asAdmin({
        method: 'PUT',
        url: '/api/admin/fee-tables/passport/2026',
        payload: { scope: 'municipality', approximate: amount === 95000, source: 'Bekendtgørelse', rates: passportBands(amount) },
      });
    expect((await put(95000)).statusCode).toBe(200);
    expect((await put(96000)).statusCode).toBe(200);
    const audit = await lastAudit('admin.fee-table.update');
    const details = audit!.details as {
      before: { approximate: boolean; rates: Array<{ code: string; amountOre: number }> };
      after: { approximate: boolean; rates: Array<{ code: string; amountOre: number }> };
    };
    expect(details.before.approximate).toBe(true);
    expect(details.before.rates.find((r) => r.code === 'adult')!.amountOre).toBe(95000);
    expect(details.after.rates.find((r) => r.code === 'adult')!.amountOre).toBe(96000);
    const tables = (await asAdmin({ method: 'GET', url: '/api/admin/fee-tables?product=passport&year=2026' })).json().tables as Array<{
      scope: string;
      rates: unknown[];
    }>;
    expect(tables.map((t) => t.scope).sort()).toEqual(['municipality', 'national']);
    expect(tables.every((t) => t.rates.length === 4)).toBe(true);
  });

  it("prefers the municipality's own table in that municipality only", async () => {
    const here = await feeFor(ctx.app.db, {
      municipalityId: DEMO.aarhus.id,
      product: 'passport',
      birthDate: '1980-01-01',
      on: '2026-02-01',
    });
    const there = await feeFor(ctx.app.db, {
      municipalityId: DEMO.vejle.id,
      product: 'passport',
      birthDate: '1980-01-01',
      on: '2026-02-01',
    });
    expect([here.scope, here.rate.amountOre, there.scope, there.rate.amountOre]).toEqual(['municipality', 96000, 'national', 89300]);
  });

  it("refuses to change a national table: fees set by law are not one municipality's to change (403, nothing written)", async () => {
    const before = (await asAdmin({ method: 'GET', url: '/api/admin/fee-tables?product=passport&year=2026' }))
      .json()
      .tables.find((t: { scope: string }) => t.scope === 'national');
    const feeAudits = () => ctx.app.db.$count(schema.auditEvents, like(schema.auditEvents.action, 'admin.fee-table.%'));
    const audits = await feeAudits();
    for (const year of [2026, 2030]) {
      const problem = expectProblem(
        await asAdmin({
          method: 'PUT',
          url: `/api/admin/fee-tables/passport/${year}`,
          payload: { scope: 'national', approximate: false, rates: passportBands(1) },
        }),
        403,
      );
      expect(problem).toMatchObject({ code: 'national-fee-table-read-only' });
      expect(problem.detail).toContain('Landstakst');
    }
    const after = (await asAdmin({ method: 'GET', url: '/api/admin/fee-tables?product=passport&year=2026' }))
      .json()
      .tables.find((t: { scope: string }) => t.scope === 'national');
    expect(after).toEqual(before);
    expect((await asAdmin({ method: 'GET', url: '/api/admin/fee-tables?product=passport&year=2030' })).json().tables).toEqual([]);
    expect(await feeAudits()).toBe(audits);
  });

  it('refuses bands that leave an age uncovered or cover it twice (422, with pointers)', async () => {
    const gap = passportBands(90000).map((r) => (r.code === 'youth' ? { ...r, from: 13 } : r));
    const response = await asAdmin({
      method: 'PUT',
      url: '/api/admin/fee-tables/passport/2029',
      payload: { scope: 'municipality', approximate: false, rates: gap },
    });
    const problem = expectProblem(response, 422);
    expect(problem).toMatchObject({ code: 'invalid-fee-table' });
    expect(problem.detail).toContain('Ingen takst dækker 12 år');
    const overlap = passportBands(90000).map((r) => (r.code === 'adult' ? { ...r, to: null } : r));
    expect(
      expectProblem(
        await asAdmin({
          method: 'PUT',
          url: '/api/admin/fee-tables/passport/2029',
          payload: { scope: 'municipality', approximate: false, rates: overlap },
        }),
        422,
      ).detail,
    ).toContain('Flere takster');
    expect((await asAdmin({ method: 'GET', url: '/api/admin/fee-tables?year=2029' })).json().tables).toEqual([]);
  });

  it('refuses bad input by schema (400)', async () => {
    const bad = [
      { url: '/api/admin/fee-tables/passport/1999', payload: { scope: 'municipality', approximate: false, rates: passportBands(1) } },
      { url: '/api/admin/fee-tables/bicycle/2027', payload: { scope: 'municipality', approximate: false, rates: passportBands(1) } },
      { url: '/api/admin/fee-tables/passport/2027', payload: { scope: 'municipality', approximate: false, rates: [] } },
      {
        url: '/api/admin/fee-tables/passport/2027',
        payload: { scope: 'municipality', approximate: false, rates: [{ ...passportBands(1)[0], amountOre: -5 }] },
      },
      {
        url: '/api/admin/fee-tables/passport/2027',
        payload: { scope: 'municipality', approximate: false, rates: [{ ...passportBands(1)[0], code: 'Voksen!' }] },
      },
    ];
    for (const { url, payload } of bad) expectProblem(await asAdmin({ method: 'PUT', url, payload }), 400);
  });

  it('lets a driving-licence table hold overlapping variants chosen by code', async () => {
    const rates = [
      { code: 'renewal', labelDa: 'Fornyelse', labelEn: 'Renewal', from: 0, to: null, amountOre: 18000 },
      { code: 'duplicate', labelDa: 'Duplikat', labelEn: 'Duplicate', from: 0, to: null, amountOre: 36000 },
    ];
    expect(
      (
        await asAdmin({
          method: 'PUT',
          url: '/api/admin/fee-tables/driving_licence/2027',
          payload: { scope: 'municipality', approximate: true, rates },
        })
      ).statusCode,
    ).toBe(200);
    const quote = await feeFor(ctx.app.db, {
      municipalityId: DEMO.aarhus.id,
      product: 'driving_licence',
      birthDate: '1980-01-01',
      on: '2027-03-03',
      code: 'duplicate',
    });
    expect(quote.rate.amountOre).toBe(36000);
  });

  it('is for administrators only', async () => {
    expectProblem(await asCounter({ method: 'GET', url: '/api/admin/fee-tables' }), 403);
    expectProblem(
      await asLead({
        method: 'PUT',
        url: '/api/admin/fee-tables/passport/2029',
        payload: { scope: 'municipality', approximate: false, rates: passportBands(1) },
      }),
      403,
    );
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/admin/fee-tables' }), 401);
  });
});
