/**
 * `pnpm seed:history`: writes three years of front-desk history (≥ 1.5 million tickets) for Aarhus into
 * DATABASE_URL, or else into the embedded development database `pnpm start` uses (its server if running, otherwise
 * started here from SKRANKE_DATA_DIR, default .data/). Migrates and loads the demo data first when the database is
 * empty; refuses a database that is not marked for demo data, or one that already holds a history.
 *
 * Options (environment): HISTORY_SEED (default 20261122), HISTORY_TICKETS (default 1550000), HISTORY_YEARS (3),
 * HISTORY_LAST_DAY (YYYY-MM-DD, default yesterday).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { connectDatabase, runMigrations } from '../index.ts';
import { embeddedOwnerUrl, ensureDatabase, startEmbeddedPostgres } from '../embedded.ts';
import { users } from '../schema/index.ts';
import { markForDemoData, seedDemoData } from './demo.ts';
import { seedHistory } from './history.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const say = (message: string) => console.log(`[seed:history] ${message}`);

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function resolveTarget(): Promise<{ url: string; where: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, where: 'DATABASE_URL', stop: async () => {} };
  const port = Number(process.env.SKRANKE_PG_PORT ?? 54329);
  const dataDir = path.resolve(process.env.SKRANKE_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  const url = await embeddedOwnerUrl(path.join(dataDir, 'postgres'), port, 'skranke');
  if (await reachable(url)) return { url, where: `the running development database (port ${port})`, stop: async () => {} };
  say(`starting the embedded PostgreSQL (data in ${dataDir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port });
  await ensureDatabase(server, 'skranke');
  return { url: server.url('skranke'), where: `the embedded development database in ${dataDir}`, stop: () => server.stop() };
}

async function main() {
  const target = await resolveTarget();
  const handle = connectDatabase(target.url, { max: 2 });
  try {
    say(`target: ${target.where}`);
    await runMigrations(target.url);
    const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((row?.n ?? 0) === 0) {
      await markForDemoData(handle.db);
      await seedDemoData(handle.db);
      say('the database was empty: loaded the demo data first');
    }
    const result = await seedHistory(handle, {
      seed: process.env.HISTORY_SEED ? Number(process.env.HISTORY_SEED) : undefined,
      tickets: process.env.HISTORY_TICKETS ? Number(process.env.HISTORY_TICKETS) : undefined,
      years: process.env.HISTORY_YEARS ? Number(process.env.HISTORY_YEARS) : undefined,
      lastDay: process.env.HISTORY_LAST_DAY,
      log: say,
    });
    say(
      `wrote ${result.tickets.toLocaleString('da-DK')} tickets, ${result.appointments.toLocaleString('da-DK')} booked times and ` +
        `${result.sessions.toLocaleString('da-DK')} counter sessions for Aarhus ` +
        `(${result.firstDay} – ${result.lastDay}, 5 locations) in ${result.seconds.toFixed(1)} s, and rebuilt the statistics rollups`,
    );
  } finally {
    await handle.close();
    await target.stop();
  }
}

main().catch((error) => {
  console.error(`[seed:history] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
