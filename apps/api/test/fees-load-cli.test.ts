import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/fees-load.ts';
import { feeFor } from '../src/modules/fees/fees.service.ts';
import { build, type TestContext } from './helpers.ts';

let ctx: TestContext;
let dir: string;
beforeAll(async () => {
  ctx = await build();
  dir = await mkdtemp(path.join(os.tmpdir(), 'skranke-fees-load-'));
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

const band = (code: string, from: number | 'pension_age', to: number | 'pension_age' | null, amountOre: number) => ({
  code,
  labelDa: `Takst ${code}`,
  labelEn: `Rate ${code}`,
  from,
  to,
  amountOre,
});
const passport = (year: number, adultOre: number) => ({
  product: 'passport',
  year,
  approximate: false,
  source: `Bekendtgørelse om pas ${year}`,
  rates: [
    band('child', 0, 12, 15500),
    band('youth', 12, 18, 18300),
    band('adult', 18, 'pension_age', adultOre),
    band('pensioner', 'pension_age', null, 38500),
  ],
});

async function load(content: unknown, ...flags: string[]) {
  const file = path.join(dir, `table-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([file, ...flags], {
    log: (l) => out.push(l),
    error: (l) => err.push(l),
    database: { url: ctx.database.url, embedded: false, stop: async () => {} },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const loads = (year: number) =>
  ctx.owner
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.action, 'fee-table.national.load'), eq(schema.auditEvents.subjectType, 'fee_table')))
    .then((rows) => rows.filter((r) => (r.details as { year: number }).year === year));
const adultFee = (year: number, municipalityId: string) =>
  feeFor(ctx.app.db, { municipalityId, product: 'passport', birthDate: '1980-01-01', on: `${year}-02-01` }).then((q) => q.rate.amountOre);

describe('pnpm fees:load', () => {
  it('loads a new year for every municipality and audits it in each trail with the operator', async () => {
    await expect(adultFee(2028, DEMO.aarhus.id)).rejects.toMatchObject({ code: 'fee-table-missing' });
    const result = await load(passport(2028, 91000), '--operator', 'Driftsvagt Jensen');
    expect(result).toMatchObject({ code: 0 });
    expect(result.out).toContain('Indlæst: landstabel for passport 2028, kilde: Bekendtgørelse om pas 2028');
    expect(result.out).toContain('910,00 kr.');
    expect(await adultFee(2028, DEMO.aarhus.id)).toBe(91000);
    expect(await adultFee(2028, DEMO.vejle.id)).toBe(91000);
    const audit = await loads(2028);
    expect(audit.map((a) => a.municipalityId).sort()).toEqual([DEMO.aarhus.id, DEMO.vejle.id].sort());
    expect(audit[0]!.details).toMatchObject({
      product: 'passport',
      scope: 'national',
      replaced: false,
      operator: 'Driftsvagt Jensen',
      before: null,
      after: { approximate: false },
    });
  });

  it('refuses to overwrite the shipped 2027 table without --replace, and replaces it with', async () => {
    const shipped = await adultFee(2027, DEMO.aarhus.id);
    const refused = await load(passport(2027, 92000));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('der findes allerede en landstabel for passport 2027. Den er ikke ændret. Brug --replace');
    expect(await adultFee(2027, DEMO.aarhus.id)).toBe(shipped);
    expect(await loads(2027)).toHaveLength(0);

    const replaced = await load(passport(2027, 92000), '--replace');
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('Erstattet: landstabel for passport 2027');
    expect(await adultFee(2027, DEMO.vejle.id)).toBe(92000);
    const [table] = await ctx.owner
      .select()
      .from(schema.feeTables)
      .where(and(eq(schema.feeTables.product, 'passport'), eq(schema.feeTables.year, 2027)));
    expect(table).toMatchObject({ approximate: false, source: 'Bekendtgørelse om pas 2027', municipalityId: null });
    const audit = await loads(2027);
    expect(audit).toHaveLength(2);
    expect(audit[0]!.details).toMatchObject({ replaced: true, before: { approximate: true }, after: { approximate: false } });
  });

  it('refuses a bad file, names each problem, and stores nothing', async () => {
    const bad = await load({
      ...passport(2029, 91000),
      rates: passport(2029, 91000).rates.map((r) => (r.code === 'adult' ? { ...r, amountOre: 910.5 } : r)),
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('/rates/2/amountOre: amountOre skal være et helt antal øre');
    expect((await load('{ not json')).code).toBe(2);
    await expect(adultFee(2029, DEMO.aarhus.id)).rejects.toMatchObject({ code: 'fee-table-missing' });
    expect(await loads(2029)).toHaveLength(0);
  });

  it('runs as a command (pnpm fees:load), with an exit code', async () => {
    const cli = fileURLToPath(new URL('../src/cli/fees-load.ts', import.meta.url));
    const error = await promisify(execFile)(process.execPath, ['--import', 'tsx', cli], {
      env: { ...process.env, DATABASE_URL: ctx.database.url },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('angiv præcis én fil') });
  }, 60_000);
});
