import { describe, expect, it } from 'vitest';
import { averageHandlingMinutes, estimateWaitMinutes, type EstimateCounter, type EstimateTicket } from './estimate.ts';
import { compareForCalling } from './ordering.ts';

// Seeded days at one location, played event by event through the real call order (each free counter calls the first
// waiting ticket of its profile in compareForCalling order, as call-next does). Every ticket is estimated when it is
// issued and compared with its real wait. The fuller measurement, with the history generator's days and the old
// method beside this one, is `pnpm bench:estimates` (docs/benchmarks.md); this pins the targets of issue 9.

const MINUTE = 60_000;
const MINUTES: Record<string, number> = { P: 12, K: 10, M: 15, S: 6, D: 10, V: 8 };
const MIX: Array<[string, number]> = [
  ['P', 0.32],
  ['K', 0.16],
  ['M', 0.2],
  ['S', 0.12],
  ['D', 0.08],
  ['V', 0.12],
];
const MEAN = MIX.reduce((sum, [s, share]) => sum + share * MINUTES[s]!, 0);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Counter {
  counterId: string;
  serviceIds: string[];
  busyUntil: number | null;
  current: EstimateCounter['current'];
  handling: number;
}

interface Outcome {
  estimate: number | null;
  wait: number | null;
}

/** 7 hours of arrivals at `load` × the counters' capacity, the first hour at 1.6 × that; then the queue drains. */
function day(profiles: string[][], load: number, seed: number, recent: Map<string, number[]>): Outcome[] {
  const random = mulberry32(seed);
  const start = Date.UTC(2026, 4, 4, 8);
  const arrivals: Array<EstimateTicket & { handlingMs: number }> = [];
  for (let hour = 0; hour < 7; hour++) {
    const perMinute = ((hour === 0 ? 1.6 : 0.9) * load * profiles.length) / MEAN;
    for (let minute = -Math.log(1 - random()) / perMinute; minute < 60; minute += -Math.log(1 - random()) / perMinute) {
      let r = random();
      const service = MIX.find(([, share]) => (r -= share) <= 0)?.[0] ?? 'V';
      arrivals.push({
        id: `t${String(arrivals.length).padStart(4, '0')}`,
        serviceId: service,
        targetCounterId: null,
        arrivedAt: new Date(start + (hour * 60 + minute) * MINUTE),
        headStartMinutes: random() < 0.1 ? 15 : 0,
        handlingMs: MINUTES[service]! * Math.exp((random() + random() + random() - 1.5) * 0.6) * MINUTE,
      });
    }
  }
  const counters: Counter[] = profiles.map((serviceIds, i) => ({
    counterId: `k${i}`,
    serviceIds,
    busyUntil: null,
    current: null,
    handling: 0,
  }));
  const outcomes = new Map<string, Outcome>();
  const waiting: typeof arrivals = [];
  const call = (counter: Counter, now: number) => {
    const index = waiting.findIndex((t) => counter.serviceIds.includes(t.serviceId));
    if (index < 0) return;
    const [ticket] = waiting.splice(index, 1);
    outcomes.get(ticket!.id)!.wait = (now - ticket!.arrivedAt.getTime()) / MINUTE;
    counter.busyUntil = now + ticket!.handlingMs;
    counter.current = { serviceId: ticket!.serviceId, since: new Date(now) };
    counter.handling = ticket!.handlingMs;
  };
  for (let next = 0; ;) {
    const free = counters.filter((c) => c.busyUntil !== null).sort((a, b) => a.busyUntil! - b.busyUntil!)[0];
    const arrival = arrivals[next];
    if (free && (!arrival || free.busyUntil! <= arrival.arrivedAt.getTime())) {
      const now = free.busyUntil!;
      const list = recent.get(free.current!.serviceId) ?? [];
      recent.set(free.current!.serviceId, [...list, free.handling / MINUTE].slice(-20));
      free.busyUntil = null;
      free.current = null;
      call(free, now);
    } else if (arrival) {
      next++;
      const now = arrival.arrivedAt;
      const handlingMinutes = new Map(Object.keys(MINUTES).map((s) => [s, averageHandlingMinutes(recent.get(s) ?? [], MINUTES[s]!)]));
      const estimate = estimateWaitMinutes({ ticket: arrival, waiting, counters, handlingMinutes, now });
      outcomes.set(arrival.id, { estimate, wait: null });
      const at = waiting.findIndex((t) => compareForCalling(arrival, t) < 0);
      waiting.splice(at < 0 ? waiting.length : at, 0, arrival);
      for (const counter of counters) if (counter.busyUntil === null) call(counter, now.getTime());
    } else {
      break;
    }
  }
  return [...outcomes.values()];
}

const SIX_MIXED = [
  ['P', 'K'],
  ['P', 'M'],
  ['M', 'D'],
  ['S', 'V', 'K'],
  ['P', 'K', 'M', 'S', 'D', 'V'],
  ['P', 'S', 'V'],
];
const FOUR_MIXED = [
  ['P', 'K', 'S'],
  ['M', 'D', 'V'],
  ['P', 'M'],
  ['P', 'K', 'M', 'S', 'D', 'V'],
];

describe('wait estimates against simulated days (issue 9 targets)', () => {
  it.each<[string, string[][], number]>([
    ['6 counters, mixed profiles, load 0.85', SIX_MIXED, 0.85],
    ['6 counters, mixed profiles, load 1.0', SIX_MIXED, 1.0],
    ['4 counters, mixed profiles, load 0.85', FOUR_MIXED, 0.85],
    ['4 counters, mixed profiles, load 1.0', FOUR_MIXED, 1.0],
  ])('%s: mean absolute error below 5 minutes, never "shortly" for a wait over 10', (_label, profiles, load) => {
    const recent = new Map<string, number[]>();
    const outcomes = Array.from({ length: 8 }, (_, i) => day(profiles, load, 7000 + i, recent)).flat();
    expect(outcomes.every((o) => o.wait !== null && o.estimate !== null)).toBe(true);
    const errors = outcomes.map((o) => Math.abs(o.estimate! - o.wait!));
    const mae = errors.reduce((a, b) => a + b, 0) / errors.length;
    expect(mae).toBeLessThan(5);
    expect(outcomes.filter((o) => o.estimate === 0 && o.wait! > 10)).toEqual([]);
    // The days are busy enough to matter: people wait, and many of them long.
    expect(outcomes.filter((o) => o.wait! > 10).length).toBeGreaterThan(outcomes.length / 5);
  });
});
