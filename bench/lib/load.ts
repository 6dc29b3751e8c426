/**
 * Two ways of applying load, both bounded in time and in count:
 * - closed loop: N workers, each starting its next operation as soon as the last one ends (saturated throughput);
 * - open loop: operations start on a fixed schedule whether or not earlier ones have finished (latency at a rate).
 *   Latency runs from the scheduled start, so a stalled server cannot hide its queue (no coordinated omission).
 */

const now = () => performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ErrorTally {
  count: number;
  first?: string;
}

function tally(errors: ErrorTally, error: unknown) {
  errors.count++;
  errors.first ??= error instanceof Error ? error.message : String(error);
}

export interface ThroughputResult {
  ops: number;
  seconds: number;
  opsPerSecond: number;
  errors: ErrorTally;
}

/** Runs `op` on `workers` workers; counts operations that end within the measured window after the warm-up. */
export async function closedLoop(options: {
  workers: number;
  warmupMs: number;
  durationMs: number;
  maxOps: number;
  op: (worker: number) => Promise<void>;
}): Promise<ThroughputResult> {
  const start = now();
  const measureFrom = start + options.warmupMs;
  const measureTo = measureFrom + options.durationMs;
  const errors: ErrorTally = { count: 0 };
  let started = 0;
  let ops = 0;
  await Promise.all(
    Array.from({ length: options.workers }, async (_, worker) => {
      while (now() < measureTo && started < options.maxOps) {
        started++;
        try {
          await options.op(worker);
          const t = now();
          if (t >= measureFrom && t <= measureTo) ops++;
        } catch (error) {
          tally(errors, error);
          if (errors.count > 100) throw new Error(`too many errors, first: ${errors.first}`);
        }
      }
    }),
  );
  const seconds = (Math.min(now(), measureTo) - measureFrom) / 1000;
  return { ops, seconds, opsPerSecond: ops / seconds, errors };
}

export interface RateResult {
  sent: number;
  /** Milliseconds from each operation's scheduled start to its end (after the warm-up; all, if cut short in it). */
  latencies: number[];
  /** Milliseconds from the actual start (after waiting for a free resource) to the end. */
  serviceTimes: number[];
  errors: ErrorTally;
  /** Seconds into the run at which more than `maxInFlight` operations were outstanding and the run was cut short. */
  overloadedAfter: number | null;
  /** Operations completed per second over the run (what the server actually sustained). */
  completedPerSecond: number;
}

/**
 * Starts operation i at start + i / rate. `op` gets the scheduled time and reports when it actually began (it may
 * first wait for a free counter); the driver records both latencies.
 */
export async function fixedRate(options: {
  rate: number;
  warmupMs: number;
  durationMs: number;
  maxInFlight: number;
  op: (i: number) => Promise<{ begunAt: number }>;
}): Promise<RateResult> {
  const interval = 1000 / options.rate;
  const total = Math.round(((options.warmupMs + options.durationMs) / 1000) * options.rate);
  const warmupCount = Math.round((options.warmupMs / 1000) * options.rate);
  const result: RateResult = {
    sent: 0,
    latencies: [],
    serviceTimes: [],
    errors: { count: 0 },
    overloadedAfter: null,
    completedPerSecond: 0,
  };
  let completed = 0;
  const inFlight = new Set<Promise<void>>();
  const start = now() + 20;
  const hardStop = start + options.warmupMs + options.durationMs + 30_000;
  // Every outcome is kept with its index: the warm-up is dropped afterwards unless the run was cut short in it.
  const outcomes: Array<{ i: number; latency: number; service: number }> = [];
  for (let i = 0; i < total && now() < hardStop; i++) {
    const due = start + i * interval;
    const wait = due - now();
    if (wait > 0.5) await sleep(wait);
    if (inFlight.size >= options.maxInFlight) {
      // The server is not keeping up: going on would only grow the queue (and the run time) without bound.
      result.overloadedAfter = (now() - start) / 1000;
      break;
    }
    result.sent++;
    const running = options
      .op(i)
      .then(({ begunAt }) => {
        const end = now();
        completed++;
        outcomes.push({ i, latency: end - due, service: end - begunAt });
      })
      .catch((error) => tally(result.errors, error))
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  }
  await Promise.race([Promise.all(inFlight), sleep(30_000)]);
  result.completedPerSecond = completed / ((now() - start) / 1000);
  const cutInWarmup = result.overloadedAfter !== null && result.overloadedAfter * 1000 < options.warmupMs;
  for (const o of outcomes) {
    if (o.i < warmupCount && !cutInWarmup) continue;
    result.latencies.push(o.latency);
    result.serviceTimes.push(o.service);
  }
  return result;
}

/** A pool of things (counters) that one operation at a time may hold. */
export class Pool<T> {
  private free: T[];
  private waiting: Array<(item: T) => void> = [];

  constructor(items: T[]) {
    this.free = [...items];
  }

  acquire(): Promise<T> {
    const item = this.free.pop();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(item: T) {
    const next = this.waiting.shift();
    if (next) next(item);
    else this.free.push(item);
  }
}
