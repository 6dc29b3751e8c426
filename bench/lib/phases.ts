/** The measured phases, each applied to a Target (the in-process limit or the API over HTTP). */
import type { Desk } from './fixture.ts';
import { closedLoop, fixedRate, Pool, type RateResult, type ThroughputResult } from './load.ts';
import type { Target } from './targets.ts';

export interface Timing {
  warmupMs: number;
  durationMs: number;
}

const MAX_OPS = 200_000;

/** Saturated issueTicket: `workers` issuers back to back. */
export function saturatedIssue(target: Target, workers: number, timing: Timing): Promise<ThroughputResult> {
  let n = 0;
  return closedLoop({ workers, ...timing, maxOps: MAX_OPS, op: () => target.issue(n++) });
}

/** Saturated callNextTicket: each desk calls the next ticket and finishes it, back to back; one op = one pair. */
export function saturatedCalls(target: Target, desks: Desk[], timing: Timing): Promise<ThroughputResult> {
  return closedLoop({
    workers: desks.length,
    ...timing,
    maxOps: MAX_OPS,
    op: async (worker) => {
      const desk = desks[worker]!;
      await target.finish(desk, await target.callNext(desk));
    },
  });
}

export function issueAtRate(target: Target, rate: number, timing: Timing): Promise<RateResult> {
  return fixedRate({
    rate,
    ...timing,
    maxInFlight: rate,
    op: async (i) => {
      const begunAt = performance.now();
      await target.issue(i);
      return { begunAt };
    },
  });
}

export interface CallRateResult extends RateResult {
  /** Latency of the finish that follows each call (not on the fixed schedule: it starts when the call returns). */
  finishLatencies: number[];
}

/**
 * callNextTicket at a fixed rate: each scheduled call takes a free desk, calls, and the desk finishes the ticket in
 * the background before it is free again. Only the call is on the schedule; finishes add the same rate again.
 */
export async function callsAtRate(target: Target, desks: Desk[], rate: number, timing: Timing): Promise<CallRateResult> {
  const free = new Pool(desks);
  const finishLatencies: number[] = [];
  const finishing = new Set<Promise<void>>();
  const finishErrors: string[] = [];
  const warmupCount = Math.round((timing.warmupMs / 1000) * rate);
  const result = await fixedRate({
    rate,
    ...timing,
    maxInFlight: rate,
    op: async (i) => {
      const desk = await free.acquire();
      const begunAt = performance.now();
      let ticket;
      try {
        ticket = await target.callNext(desk);
      } catch (error) {
        free.release(desk);
        throw error;
      }
      const f0 = performance.now();
      const done = target
        .finish(desk, ticket)
        .then(() => {
          if (i >= warmupCount) finishLatencies.push(performance.now() - f0);
        })
        .catch((error: unknown) => void finishErrors.push(String(error)))
        .finally(() => {
          finishing.delete(done);
          free.release(desk);
        });
      finishing.add(done);
      return { begunAt };
    },
  });
  await Promise.all(finishing);
  if (finishErrors.length) {
    result.errors.count += finishErrors.length;
    result.errors.first ??= finishErrors[0];
  }
  return { ...result, finishLatencies };
}
