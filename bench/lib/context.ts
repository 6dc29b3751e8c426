/** What every section of the benchmark shares: the fixture, API process A, its client and tokens, CPU accounting. */
import type { ChildProcess } from 'node:child_process';
import type { DatabaseHandle } from '../../db/src/index.ts';
import { cpuMeter, ownSeconds, treeSeconds, type CpuUse } from './cpu.ts';
import { resetQueue, keepBacklog, type Fixture } from './fixture.ts';
import type { JsonClient } from './http.ts';
import type { Tokens } from './targets.ts';

export interface Config {
  runs: number;
  saturated: { warmupMs: number; durationMs: number };
  atRate: { warmupMs: number; durationMs: number };
  rate: number;
  /** A second, low rate at which latency is also measured: what one request costs when nothing queues. */
  lowRate: number;
  concurrency: number;
  poolSize: number;
  backlog: number;
  sseRuns: number;
  sse: { clients: number; ratePerSecond: number; steadyMs: number; churnMs: number; dropAfterMs: number; gapMs: number };
  jwtSecret: string;
}

export interface Context {
  config: Config;
  fixture: Fixture;
  limitHandle: DatabaseHandle;
  api: { url: string; pid: number; process: ChildProcess };
  client: JsonClient;
  tokens: Tokens;
  postmaster: number;
  /** Processes whose CPU counts as "api" and as "load generator" (the benchmark itself is always counted). */
  pids: { api: number[]; fleets: number[] };
  cpu: Map<string, CpuUse[]>;
  errors: string[];
  log(message: string): void;
}

export function startCpuMeter(ctx: Context) {
  return cpuMeter({
    postgres: () => treeSeconds(ctx.postmaster),
    api: () => ctx.pids.api.reduce((s, p) => s + ownSeconds(p), 0),
    'load generator': () => ownSeconds(process.pid) + ctx.pids.fleets.reduce((s, p) => s + ownSeconds(p), 0),
  });
}

/**
 * One measured phase: the queue reset to the same state, optionally kept stocked with waiting tickets, CPU use
 * recorded under `name`, errors noted for the report.
 */
export async function phase<T extends { errors: { count: number; first?: string } }>(
  ctx: Context,
  name: string,
  run: () => Promise<T>,
  options: { refill?: boolean } = {},
): Promise<T> {
  await resetQueue(ctx.fixture, ctx.config.backlog);
  const stopRefill = options.refill ? keepBacklog(ctx.fixture, 300, 300, 120_000) : async () => {};
  const stop = startCpuMeter(ctx);
  try {
    const result = await run();
    ctx.cpu.set(name, [...(ctx.cpu.get(name) ?? []), stop()]);
    if (result.errors.count) ctx.errors.push(`${name}: ${result.errors.count} errors, first: ${result.errors.first}`);
    return result;
  } finally {
    await stopRefill();
  }
}
