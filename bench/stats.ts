/**
 * `pnpm bench:stats`: every statistics request on three years of history. Starts a throw-away embedded PostgreSQL
 * (never .data/), writes the history with `seedHistory` (≥ 1.5 million tickets), starts the API in its own process,
 * then runs each request BENCH_STATS_N times (default 30, after 3 warm-ups) over HTTP one after another and prints
 * p50/p95 per request, plus EXPLAIN ANALYZE of the queries behind them. Target: p95 < 200 ms for every request.
 * Not a test: it reports PASS or FAIL. BENCH_STATS_WRITE=1 writes the block into docs/benchmarks.md between the
 * statistics markers. BENCH_STATS_TICKETS makes a smaller history for a smoke run.
 * BENCH_STATS_KEEP_DIR=<dir> keeps the seeded server's data directory there: the first run seeds it, later runs
 * only apply new migrations to it and skip the nine-minute seed (delete the directory to start over).
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase, runMigrations, type DatabaseHandle } from '../db/src/index.ts';
import { ensureAppRole, grantAppPrivileges } from '../db/src/app-role.ts';
import { startEmbeddedPostgres } from '../db/src/embedded.ts';
import { markForDemoData, seedDemoData } from '../db/src/seed/demo.ts';
import { DEMO } from '../db/src/seed/demo.ts';
import { seedHistory } from '../db/src/seed/history.ts';
import { createTestDatabase, freePort, startTestPostgres } from '../db/src/testing.ts';
import { expectStatus, JsonClient } from './lib/http.ts';
import { REPO_ROOT, startApi } from './lib/processes.ts';
import { summarise } from './lib/stats.ts';
import { explainStatistics } from './stats-explain.ts';

const N = Number(process.env.BENCH_STATS_N ?? 30);
const WARMUP = 3;
const TARGET_MS = 200;
const START = '<!-- bench:stats:start -->';
const END = '<!-- bench:stats:end -->';
const log = (m: string) => console.log(`[bench:stats ${new Date().toISOString().slice(11, 19)}] ${m}`);

const cleanups: Array<() => Promise<unknown>> = [];
async function cleanup() {
  for (const fn of cleanups.reverse()) await fn().catch((e) => console.error('cleanup:', e));
  cleanups.length = 0;
}

async function main() {
  const loadBefore = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const lastDay = process.env.HISTORY_LAST_DAY ?? '2026-11-21';
  const { database, handle, reused } = process.env.BENCH_STATS_KEEP_DIR
    ? await keptDatabase(process.env.BENCH_STATS_KEEP_DIR)
    : await freshDatabase();
  let history;
  if (reused) {
    log('reusing the kept history (BENCH_STATS_KEEP_DIR); new migrations applied');
    history = await historyOf(handle);
  } else {
    log('writing the history (seedHistory) …');
    history = await seedHistory(handle, {
      lastDay,
      tickets: process.env.BENCH_STATS_TICKETS ? Number(process.env.BENCH_STATS_TICKETS) : undefined,
      log,
    });
  }
  log(
    `history: ${history.tickets} tickets, ${history.sessions} sessions, ${history.firstDay} – ${history.lastDay}, ${history.seconds.toFixed(1)} s`,
  );
  const sizes = await handle.pool.query<{ rel: string; rows: string; size: string }>(
    `select relname as rel, n_live_tup::text as rows, pg_size_pretty(pg_total_relation_size(relid)) as size
     from pg_stat_user_tables where relname in ('tickets', 'ticket_rollups', 'ticket_staff_stats', 'counter_sessions') order by relname`,
  );

  const api = await startApi(database.url, {
    poolSize: 10,
    jwtSecret: 'benchmark-secret-that-is-long-enough-for-hs256-0123456789',
    fdNeeded: 256,
    label: 'API',
  });
  cleanups.push(() => api.stop());
  const client = new JsonClient(api.url, 4);
  cleanups.push(async () => client.close());
  const login = await client.request<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
    username: 'lars',
    password: DEMO.password,
  });
  const token = expectStatus(login, [200], 'login lars').accessToken;

  const dokk1 = DEMO.aarhus.dokk1;
  const month = `from=2026-10-22&to=${lastDay}`;
  const year = `from=2025-11-22&to=${lastDay}`;
  const all = `from=${history.firstDay}&to=${lastDay}`;
  const requests: Array<[string, string]> = [];
  for (const g of ['location', 'service', 'counter', 'staff', 'day', 'weekday', 'hour']) {
    requests.push([`getTicketStatistics ${g}, 30 days`, `/api/statistics/tickets?${month}&groupBy=${g}`]);
    requests.push([`getTicketStatistics ${g}, 1 year`, `/api/statistics/tickets?${year}&groupBy=${g}`]);
    requests.push([`getTicketStatistics ${g}, 3 years`, `/api/statistics/tickets?${all}&groupBy=${g}`]);
  }
  requests.push(
    ['getTicketStatistics hour, 1 year, Dokk1', `/api/statistics/tickets?${year}&groupBy=hour&locationId=${dokk1}`],
    [
      'getTicketStatistics service, 1 year, Dokk1, pas',
      `/api/statistics/tickets?${year}&groupBy=day&locationId=${dokk1}&serviceId=00000000-0000-4000-8003-000000000001`,
    ],
    ['getStaffingByHour, 30 days', `/api/statistics/staffing?${month}`],
    ['getStaffingByHour, 1 year', `/api/statistics/staffing?${year}`],
    ['getStaffingByHour, 3 years', `/api/statistics/staffing?${all}`],
    ['getTodayStatistics, 8 weeks', '/api/statistics/today'],
    ['getTodayStatistics, Dokk1, 52 weeks', `/api/statistics/today?locationId=${dokk1}&weeks=52`],
    ['getCaseStatistics, 1 year', `/api/statistics/cases?${year}`],
    ['exportTicketStatisticsCsv day, 3 years', `/api/statistics/tickets.csv?${all}&groupBy=day`],
    ['exportTicketStatisticsCsv hour, 1 year', `/api/statistics/tickets.csv?${year}&groupBy=hour`],
    ['exportStaffingByHourCsv, 1 year', `/api/statistics/staffing.csv?${year}`],
  );

  const results: Array<{ name: string; p50: number; p95: number; max: number }> = [];
  for (const [name, url] of requests) {
    const times: number[] = [];
    for (let i = 0; i < WARMUP + N; i++) {
      const t0 = performance.now();
      const response = await client.request('GET', url, token);
      const ms = performance.now() - t0;
      expectStatus(response, [200], name);
      if (i >= WARMUP) times.push(ms);
    }
    const s = summarise(times);
    const p95 = [...times].sort((a, b) => a - b)[Math.ceil(0.95 * times.length) - 1]!;
    results.push({ name, p50: s.p50, p95, max: s.max });
    log(`${name}: p50 ${s.p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
  }
  const loadAfter = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

  log('EXPLAIN ANALYZE of the queries behind the requests …');
  const plans = await explainStatistics(handle, { from: '2025-11-22', to: lastDay, all: history.firstDay, municipalityId: DEMO.aarhus.id });

  const worst = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const block = [
    START,
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `load average ${loadBefore} before and ${loadAfter} after (1, 5, 15 min). **The machine was shared with other work during this run**; ` +
      `figures on a quiet machine should be lower.`,
    '',
    `History: ${history.tickets.toLocaleString('da-DK')} tickets and ${history.sessions.toLocaleString('da-DK')} counter sessions, ` +
      `${history.firstDay} – ${history.lastDay}, written by \`seedHistory\` ${Number.isNaN(history.seconds) ? 'in an earlier run (kept database, BENCH_STATS_KEEP_DIR)' : `in ${history.seconds.toFixed(0)} s (including the rollup rebuild and VACUUM ANALYZE)`}.`,
    '',
    '| table | rows | size |',
    '|---|---:|---:|',
    ...sizes.rows.map((r) => `| ${r.rel} | ${Number(r.rows).toLocaleString('da-DK')} | ${r.size} |`),
    '',
    `${N} sequential requests each over HTTP after ${WARMUP} warm-ups, signed in as a lead. Target p95 < ${TARGET_MS} ms: ` +
      `${worst.p95 < TARGET_MS ? '**PASS**' : '**FAIL**'} (worst p95 ${worst.p95.toFixed(1)} ms, ${worst.name}).`,
    '',
    '| request | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|',
    ...results.map((r) => `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`),
    '',
    ...plans.flatMap((p) => [`<details><summary>Plan: ${p.name}</summary>`, '', '```', p.plan, '```', '', '</details>', '']),
    END,
  ].join('\n');
  console.log(`\n${block}\n`);
  if (process.env.BENCH_STATS_WRITE === '1') {
    const file = path.join(REPO_ROOT, 'docs/benchmarks.md');
    const text = await readFile(file, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    if (start < 0 || end < 0) throw new Error(`docs/benchmarks.md has no ${START} … ${END} markers`);
    await writeFile(file, text.slice(0, start) + block + text.slice(end + END.length));
    log('wrote the results into docs/benchmarks.md');
  }
}

async function freshDatabase() {
  const server = await startTestPostgres();
  cleanups.push(() => server.stop());
  const database = await createTestDatabase(server.adminUrl);
  const handle = connectDatabase(database.url, { max: 2 });
  cleanups.push(() => handle.close());
  return { database, handle, reused: false };
}

/** The server in `dir` (created on first use) with database bench_stats: seeded once, migrated on every run. */
async function keptDatabase(dir: string) {
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort() });
  cleanups.push(() => server.stop());
  const admin = connectDatabase(server.url('postgres'), { max: 1 });
  const exists = (await admin.pool.query(`select 1 from pg_database where datname = 'bench_stats'`)).rowCount === 1;
  if (!exists) await admin.pool.query('create database bench_stats');
  await admin.close();
  const url = server.url('bench_stats');
  await runMigrations(url);
  const handle = connectDatabase(url, { max: 2 });
  cleanups.push(() => handle.close());
  const seeded = exists && (await handle.pool.query<{ n: number }>(`select count(*)::int as n from tickets`)).rows[0]!.n > 100_000;
  if (!seeded) {
    await markForDemoData(handle.db);
    await seedDemoData(handle.db);
  }
  await ensureAppRole(server.url('postgres'), 'bench-kept-app-password');
  await grantAppPrivileges(url);
  await handle.pool.query('analyze');
  return { database: { url }, handle, reused: seeded };
}

async function historyOf(handle: DatabaseHandle) {
  const r = await handle.pool.query<{ tickets: number; sessions: number; first: string; last: string }>(
    `select (select count(*)::int from tickets) as tickets, (select count(*)::int from counter_sessions) as sessions,
            (select min(service_day)::text from tickets) as first, (select max(service_day)::text from tickets) as last`,
  );
  const row = r.rows[0]!;
  return { tickets: row.tickets, sessions: row.sessions, firstDay: row.first, lastDay: row.last, seconds: Number.NaN };
}

const watchdog = setTimeout(() => {
  console.error('bench:stats took more than 40 minutes; stopping');
  void cleanup().then(() => process.exit(2));
}, 40 * 60_000);
main()
  .then(cleanup)
  .then(() => {
    clearTimeout(watchdog);
    process.exit(0);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
