import { compareForCalling, type QueueCandidate } from './ordering.ts';

/** A waiting ticket as the estimate sees it: its place in call order, its service, and a counter it was sent to. */
export interface EstimateTicket extends QueueCandidate {
  serviceId: string;
  /** Sent to one counter (a transfer): only that counter calls it, whatever its profile. */
  targetCounterId: string | null;
}

/** An open counter: the services it takes (its work profile) and the ticket it is busy with, if any. */
export interface EstimateCounter {
  counterId: string;
  serviceIds: readonly string[];
  /** The ticket at the counter (called or serving): its service and since when (called, or serving started). */
  current: { serviceId: string; since: Date } | null;
}

export interface WaitEstimateInput {
  /** The ticket to estimate; it need not be in `waiting`. */
  ticket: EstimateTicket;
  /** The location's waiting tickets (any order; those behind the ticket in call order are ignored). */
  waiting: readonly EstimateTicket[];
  /** The location's open counters (paused or closed ones left out). */
  counters: readonly EstimateCounter[];
  /** Mean handling minutes per service (averageHandlingMinutes) for every service of a waiting or current ticket. */
  handlingMinutes: ReadonlyMap<string, number>;
  now: Date;
}

/**
 * A counter that holds no ticket while a ticket it could call has waited this long is not calling (an unnoticed
 * break, a session left open): it is left out of the estimate, so its apparent free capacity never promises a
 * citizen "shortly".
 */
export const IDLE_COUNTER_GRACE_MINUTES = 5;

/**
 * A ticket at a counter that has taken longer than its service's mean is assumed to need at least this share of the
 * mean more (handling times have a long tail); so a busy counter is never counted as free.
 */
export const OVERDUE_REMAINING_SHARE = 0.25;

const MINUTE = 60_000;

/**
 * Minutes until this ticket is likely called, or null when no open counter takes it (the UI says "ukendt").
 *
 * The open counters are played forward in the real call order (`compareForCalling`, so head starts and the fairness
 * bound count as they do for call-next): each counter, when it becomes free, takes the first waiting ticket of its
 * work profile (or one sent to it) and is busy for that service's mean handling time. A counter that takes several
 * services is one counter shared by all of them, and the tickets ahead of every service it takes use it up. The
 * estimate is the moment one of the ticket's counters takes it. 0 ("shortly") only when a counter that takes it is
 * free now and nothing it would call first is waiting; any other answer is at least 1 minute.
 *
 * Runs in O(n log n + n·k) for n waiting tickets and profiles of k services (one sort, then one step per ticket
 * ahead with a heap of counters).
 */
export function estimateWaitMinutes(input: WaitEstimateInput): number | null {
  const { ticket, handlingMinutes, now } = input;
  const mean = (serviceId: string) => {
    const minutes = handlingMinutes.get(serviceId);
    if (minutes === undefined || !Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`No valid handling minutes for service ${serviceId}: ${minutes}`);
    }
    return minutes * MINUTE;
  };
  const takes = (counter: EstimateCounter, t: EstimateTicket) =>
    t.targetCounterId === null ? counter.serviceIds.includes(t.serviceId) : t.targetCounterId === counter.counterId;

  const ahead = input.waiting.filter((t) => t.id !== ticket.id && compareForCalling(t, ticket) < 0).sort(compareForCalling);
  const queue = [...ahead, ticket];

  // Idle counters with a long-waiting ticket they could call are not calling.
  const oldestFor = new Map<string, number>();
  for (const t of ahead) {
    const key = t.targetCounterId === null ? `s:${t.serviceId}` : `c:${t.targetCounterId}`;
    oldestFor.set(key, Math.min(oldestFor.get(key) ?? Infinity, t.arrivedAt.getTime()));
  }
  const idleSince = now.getTime() - IDLE_COUNTER_GRACE_MINUTES * MINUTE;
  const neglects = (counter: EstimateCounter) =>
    (oldestFor.get(`c:${counter.counterId}`) ?? Infinity) <= idleSince ||
    counter.serviceIds.some((s) => (oldestFor.get(`s:${s}`) ?? Infinity) <= idleSince);
  const working = input.counters.filter((c) => c.current !== null || !neglects(c));
  if (!working.some((c) => takes(c, ticket))) return null;

  // Per service and per target counter, the tickets in call order; a counter looks at the heads of its own queues.
  const queues = new Map<string, { items: number[]; head: number }>();
  for (const [index, t] of queue.entries()) {
    const key = t.targetCounterId === null ? `s:${t.serviceId}` : `c:${t.targetCounterId}`;
    let q = queues.get(key);
    if (!q) queues.set(key, (q = { items: [], head: 0 }));
    q.items.push(index);
  }
  const ownQueues = working.map((c) => [`c:${c.counterId}`, ...c.serviceIds.map((s) => `s:${s}`)].flatMap((k) => queues.get(k) ?? []));

  const heap = new CounterHeap();
  for (const [i, counter] of working.entries()) {
    let freeAt = 0;
    if (counter.current) {
      const expected = mean(counter.current.serviceId);
      const elapsed = now.getTime() - counter.current.since.getTime();
      freeAt = Math.max(expected - elapsed, expected * OVERDUE_REMAINING_SHARE);
    }
    heap.push({ at: freeAt, index: i, counterId: counter.counterId });
  }
  const mine = queue.length - 1;
  for (let free = heap.pop(); free; free = heap.pop()) {
    let best: { items: number[]; head: number } | null = null;
    for (const q of ownQueues[free.index]!) {
      if (q.head < q.items.length && (best === null || q.items[q.head]! < best.items[best.head]!)) best = q;
    }
    if (!best) continue; // nothing left that this counter takes: it does not call our ticket
    const next = best.items[best.head++]!;
    if (next === mine) return free.at === 0 ? 0 : Math.max(1, Math.round(free.at / MINUTE));
    heap.push({ ...free, at: free.at + mean(queue[next]!.serviceId) });
  }
  return null; // unreachable: a counter that takes the ticket reaches it once everything before it is called
}

interface FreeCounter {
  at: number;
  index: number;
  counterId: string;
}

/** Binary min-heap of counters by the moment they are free (ties: counter id, so the result is deterministic). */
class CounterHeap {
  private items: FreeCounter[] = [];
  private static before(a: FreeCounter, b: FreeCounter) {
    return a.at < b.at || (a.at === b.at && a.counterId < b.counterId);
  }
  push(item: FreeCounter) {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!CounterHeap.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): FreeCounter | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && CounterHeap.before(items[l]!, items[m]!)) m = l;
        if (r < items.length && CounterHeap.before(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

export const DEFAULT_MIN_SAMPLES = 5;

/**
 * Recent average handling time: mean of the last durations (minutes), falling back to the service's expected
 * minutes when fewer than `minSamples` (default 5). The caller chooses how many recent durations to pass.
 */
export function averageHandlingMinutes(
  recentDurations: readonly number[],
  expectedMinutes: number,
  minSamples: number = DEFAULT_MIN_SAMPLES,
): number {
  if (!Number.isFinite(expectedMinutes) || expectedMinutes < 0) {
    throw new RangeError(`Invalid expected minutes: ${expectedMinutes}`);
  }
  if (!Number.isInteger(minSamples) || minSamples < 1) throw new RangeError(`Invalid minimum samples: ${minSamples}`);
  for (const duration of recentDurations) {
    if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`Invalid handling duration: ${duration}`);
  }
  if (recentDurations.length < minSamples) return expectedMinutes;
  return recentDurations.reduce((sum, d) => sum + d, 0) / recentDurations.length;
}

export type TrafficLight = 'green' | 'yellow' | 'red';

/** Load indicator for the team lead. Thresholds are inclusive: a wait of exactly `redMinutes` is red. */
export function trafficLight(longestWaitMinutes: number, thresholds: { yellowMinutes: number; redMinutes: number }): TrafficLight {
  const { yellowMinutes, redMinutes } = thresholds;
  if (Number.isNaN(longestWaitMinutes)) throw new RangeError('Longest wait is not a number');
  if (!(yellowMinutes >= 0 && redMinutes >= yellowMinutes && Number.isFinite(redMinutes))) {
    throw new RangeError(`Invalid thresholds: yellow ${yellowMinutes}, red ${redMinutes}`);
  }
  if (longestWaitMinutes >= redMinutes) return 'red';
  if (longestWaitMinutes >= yellowMinutes) return 'yellow';
  return 'green';
}
