import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, schema, type DatabaseHandle } from '@skranke/db';
import { freePort } from '@skranke/db/testing';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from './support/empty-database.ts';

/**
 * A production database starts empty (no demo data), and national fee tables cannot be made in the app: they must
 * come with every start, or orders fail with fee-table-missing. This starts the real server on an empty database.
 */
const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));
let database: EmptyDatabase;
let dataDir: string;
let handle: DatabaseHandle;

beforeAll(async () => {
  database = await createEmptyDatabase('t_empty');
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'skranke-start-'));
  handle = connectDatabase(database.url, { max: 1 });
});
afterAll(async () => {
  await handle.close();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts `pnpm start`'s server on the empty database without demo data, waits until it listens, stops it. */
async function startAndStop(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', server], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SKRANKE_APP_DATABASE_URL: database.url,
      SKRANKE_DEMO_DATA: 'false',
      NODE_ENV: 'development',
      SKRANKE_DATA_DIR: dataDir,
      SKRANKE_WEB_ROOT: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('Skranke kører') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return output;
}

const nationalTables = () =>
  handle.db
    .select({ product: schema.feeTables.product, year: schema.feeTables.year })
    .from(schema.feeTables)
    .where(isNull(schema.feeTables.municipalityId));
const adult2027 = () =>
  handle.db
    .select({ amountOre: schema.feeRates.amountOre })
    .from(schema.feeRates)
    .innerJoin(schema.feeTables, eq(schema.feeTables.id, schema.feeRates.feeTableId))
    .where(and(eq(schema.feeTables.product, 'passport'), eq(schema.feeTables.year, 2027), eq(schema.feeRates.code, 'adult')))
    .then((rows) => rows.map((r) => r.amountOre));

describe('the national fee tables on start', () => {
  it('an empty production-like database gets every national table, 2027 included, and no demo data', async () => {
    const output = await startAndStop();
    expect(output).toContain('Der er endnu ingen brugere');
    const tables = await nationalTables();
    for (const product of ['passport', 'driving_licence'] as const) {
      expect(tables.filter((t) => t.product === product).map((t) => t.year)).toEqual(expect.arrayContaining([2024, 2025, 2026, 2027]));
    }
    expect((await handle.db.select({ n: sql<number>`count(*)::int` }).from(schema.users))[0]!.n).toBe(0);
  }, 90_000);

  it('a later start never overwrites a table that exists (the operator may have loaded the real amounts)', async () => {
    await handle.db.execute(
      sql`update fee_rates set amount_ore = 99900 where code = 'adult' and fee_table_id in (select id from fee_tables where product = 'passport' and year = 2027)`,
    );
    const before = (await nationalTables()).length;
    await startAndStop();
    expect(await adult2027()).toEqual([99900]);
    expect(await nationalTables()).toHaveLength(before);
  }, 90_000);
});
