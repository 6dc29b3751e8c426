/**
 * `pnpm bench`: throughput and latency of the walk-in queue, the API against the in-process limit, and SSE fan-out
 * over two API processes. Prints a markdown block and writes it into docs/benchmarks.md. Not a test: nothing here
 * asserts timings; the targets are reported PASS or FAIL.
 *
 * Environment: BENCH_RUNS (default 3), BENCH_SECONDS (saturated window, default 6), BENCH_ONLY=queue|sse (one
 * section), BENCH_QUICK=1 (a short smoke run). Only a full run (neither BENCH_QUICK nor BENCH_ONLY) writes the docs.
 */
import os from 'node:os';
import { connectDatabase } from '../db/src/index.ts';
import { parentOf } from './lib/cpu.ts';
import type { Config, Context } from './lib/context.ts';
import { startFixture } from './lib/fixture.ts';
import { JsonClient } from './lib/http.ts';
import { fdLimits, fdNotes, startApi } from './lib/processes.ts';
import { runQueueBench } from './lib/queue-bench.ts';
import { renderReport, writeDocs, type Figures } from './lib/report.ts';
import { runSseBench } from './lib/sse-bench.ts';
import type { SseResult } from './lib/sse.ts';
import { Tokens } from './lib/targets.ts';

const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY;
const CONFIG: Config = {
  runs: Number(process.env.BENCH_RUNS ?? (quick ? 1 : 3)),
  saturated: { warmupMs: 1000, durationMs: Number(process.env.BENCH_SECONDS ?? (quick ? 2 : 6)) * 1000 },
  atRate: { warmupMs: 1000, durationMs: quick ? 3000 : 8000 },
  rate: 200,
  lowRate: 20,
  concurrency: 16,
  poolSize: 20,
  backlog: 200,
  sseRuns: Number(process.env.BENCH_RUNS ?? (quick ? 1 : 3)),
  sse: {
    clients: quick ? 100 : 1000,
    ratePerSecond: 20,
    steadyMs: quick ? 3000 : 8000,
    churnMs: quick ? 3000 : 7000,
    dropAfterMs: 1000,
    gapMs: 1000,
  },
  jwtSecret: 'benchmark-secret-that-is-long-enough-for-hs256-0123456789',
};
const WATCHDOG_MS = 20 * 60_000;

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const cleanups: Array<() => Promise<unknown>> = [];
async function cleanup() {
  for (const fn of cleanups.reverse()) await fn().catch((error) => console.error('cleanup:', error));
  cleanups.length = 0;
}

async function main() {
  const began = performance.now();
  const loadBefore = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const limits = fdLimits();
  log(`file descriptors: soft ${limits.soft}, hard ${limits.hard}`);

  log('starting a throw-away PostgreSQL and the benchmark database');
  const fixture = await startFixture(CONFIG.concurrency);
  cleanups.push(() => fixture.stop());
  const limitHandle = connectDatabase(fixture.databaseUrl, { max: CONFIG.poolSize });
  cleanups.push(() => limitHandle.close());
  const backend = await fixture.admin.pool.query<{ pid: number }>('select pg_backend_pid() as pid');
  // Read now: an idle pool closes its connection after 10 s, and that backend's parent is then unknown.
  const postmaster = parentOf(backend.rows[0]!.pid);

  // Each API process holds half the SSE clients, plus its pool and listener.
  const fdPerApi = CONFIG.sse.clients / 2 + 200;
  const api = await startApi(fixture.databaseUrl, {
    poolSize: CONFIG.poolSize,
    jwtSecret: CONFIG.jwtSecret,
    fdNeeded: fdPerApi,
    label: 'API process A',
  });
  cleanups.push(() => api.stop());
  log(`API process A (pid ${api.pid}) at ${api.url}`);
  const client = new JsonClient(api.url, 64);
  cleanups.push(async () => client.close());

  const ctx: Context = {
    config: CONFIG,
    fixture,
    limitHandle,
    api,
    client,
    tokens: new Tokens(client),
    postmaster,
    pids: { api: [api.pid], fleets: [] },
    cpu: new Map(),
    errors: [],
    log,
  };
  let runs: Figures[] = [];
  let sse: SseResult[] = [];
  // A section that fails is reported as such; the other's figures are still written.
  if (only !== 'sse')
    runs = await runQueueBench(ctx).catch((error: Error) => (ctx.errors.push(`queue section failed: ${error.message}`), []));
  if (only !== 'queue')
    sse = await runSseBench(ctx, cleanups, fdPerApi).catch((error: Error) => (ctx.errors.push(`SSE section failed: ${error.message}`), []));

  const cpus = os.cpus();
  const markdown = renderReport({
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cores: `${cpus.length} (${cpus[0]?.model.trim() ?? 'unknown'})`,
    machine: [
      `cores: ${cpus.length} (${cpus[0]?.model.trim() ?? 'unknown'}), shared with everything else on the machine; load average before: ${loadBefore}, after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
      `Node ${process.version}, ${os.type()} ${os.release()}`,
      `${fixture.postgresVersion} (embedded, throw-away cluster, fsync on)`,
      `file descriptors: soft ${limits.soft}, hard ${limits.hard}; ${fdNotes.length ? fdNotes.join('; ') : 'enough for every process, nothing raised'}`,
    ],
    config: [
      `saturated: ${CONFIG.concurrency} concurrent issuers / ${CONFIG.concurrency} counters, pool ${CONFIG.poolSize} on both sides, ${CONFIG.saturated.warmupMs / 1000} s warm-up + ${CONFIG.saturated.durationMs / 1000} s measured`,
      `fixed rate: ${CONFIG.rate} and ${CONFIG.lowRate} requests/s open loop, ${CONFIG.atRate.warmupMs / 1000} s warm-up + ${CONFIG.atRate.durationMs / 1000} s measured, latency from the scheduled start; a run more than 1 s behind is cut short`,
      `every phase starts from ${CONFIG.backlog} waiting tickets at Dokk1; call-next phases keep 300–600 waiting`,
      `SSE: ${CONFIG.sse.clients} clients (half per API process, two client processes), tickets issued at ${CONFIG.sse.ratePerSecond}/s for ${(CONFIG.sse.steadyMs + CONFIG.sse.churnMs) / 1000} s; half the clients dropped ${(CONFIG.sse.steadyMs + CONFIG.sse.dropAfterMs) / 1000} s in, resumed ${CONFIG.sse.gapMs / 1000} s later on the other process with Last-Event-ID`,
    ],
    runs,
    cpu: ctx.cpu,
    sse,
    errors: ctx.errors,
    runtimeSeconds: (performance.now() - began) / 1000,
  });
  console.log(`\n${markdown}\n`);
  if (quick || only) log('BENCH_QUICK or BENCH_ONLY: docs/benchmarks.md left as it is');
  else log(`written to ${await writeDocs(markdown)}`);
  if (ctx.errors.length) process.exitCode = 1;
}

const watchdog = setTimeout(() => {
  console.error(`[bench] still running after ${WATCHDOG_MS / 60_000} min: stopping`);
  void cleanup().finally(() => process.exit(2));
}, WATCHDOG_MS);
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

main()
  .catch((error) => {
    console.error('[bench] failed:', error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    clearTimeout(watchdog);
  });
