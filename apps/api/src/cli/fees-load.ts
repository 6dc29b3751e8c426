/**
 * `pnpm fees:load <file.json> [--replace] [--operator <name>]`: loads a national fee table (a product's fees for one
 * year, e.g. the passport fees of pasloven §§ 4a/4b once the year's bekendtgørelse is out) from a JSON file. National
 * tables are read-only in the app; this is how the platform operator adds next year's before 1 January. The file is
 * checked first (see docs/operations.md for its format); an existing table for the product and year is kept unless
 * `--replace` is given. The load is audited in every municipality's trail. Connects as the database owner.
 *
 * Exit codes: 0 loaded; 1 the table exists (use --replace); 2 bad arguments or a bad file.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connectDatabase, runMigrations } from '@skranke/db';
import { formatKroner, parseFeeTableFile } from '@skranke/domain';
import { FeeTableExistsError, loadNationalFeeTable } from '../modules/fees/national-load.ts';
import { resolveDatabase, type ResolvedDatabase } from '../runtime.ts';

export interface CliIo {
  log(line: string): void;
  error(line: string): void;
  /** The database to load into; default: DATABASE_URL or the embedded one, as the server resolves it. */
  database?: ResolvedDatabase;
}

const USAGE = 'Brug: pnpm fees:load <fil.json> [--replace] [--operator <navn>]';

export async function main(argv: string[], io: CliIo = { log: console.log, error: console.error }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { replace: { type: 'boolean', default: false }, operator: { type: 'string' } },
    });
  } catch (error) {
    io.error(`fees:load: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    io.error(`fees:load: angiv præcis én fil.\n${USAGE}`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    io.error(`fees:load: ${file} kan ikke læses som JSON: ${(error as Error).message}`);
    return 2;
  }
  const result = parseFeeTableFile(input);
  if (!result.ok) {
    io.error(`fees:load: ${file} er ikke en gyldig gebyrtabel:`);
    for (const p of result.problems) io.error(`  ${p.field || '/'}: ${p.da}`);
    return 2;
  }
  const { table } = result;
  const operator = parsed.values.operator?.trim() || os.userInfo().username;

  const database = io.database ?? (await resolveDatabase(io.log));
  try {
    await runMigrations(database.url);
    const handle = connectDatabase(database.url, { max: 1 });
    try {
      const loaded = await loadNationalFeeTable(handle.db, table, { replace: parsed.values.replace, operator });
      io.log(
        `${loaded.replaced ? 'Erstattet' : 'Indlæst'}: landstabel for ${table.product} ${table.year}${table.approximate ? ' (✱ tilnærmet)' : ''}, kilde: ${table.source}`,
      );
      for (const rate of table.rates) io.log(`  ${rate.code.padEnd(12)} ${formatKroner(rate.amountOre)}  ${rate.labelDa}`);
      io.log(`Revisionsspor: registreret i ${loaded.audited} kommuner (handling fee-table.national.load, operatør ${operator}).`);
      return 0;
    } catch (error) {
      if (!(error instanceof FeeTableExistsError)) throw error;
      io.error(
        `fees:load: der findes allerede en landstabel for ${table.product} ${table.year}. Den er ikke ændret. Brug --replace for at erstatte den.`,
      );
      return 1;
    } finally {
      await handle.close();
    }
  } finally {
    if (!io.database) await database.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exit(await main(process.argv.slice(2)));
}
