/**
 * What a replayed day shows: punctuality of the booked visits (called minus booked time, as the statistics compute
 * it), walk-ins' waits, and each walk-in's wait against Claim 2's bound of docs/queue-rules.md with the tickets'
 * call keys as the API stored them: wait ≤ L + (handling of the tickets ordered before it and called after it
 * arrived) / c, L the day's longest handling time, c the counters.
 */
import { punctualitySummary } from '../../packages/domain/src/index.ts';
import type { DayReplay, Served } from './appointments-day.ts';
import { MINUTE, type Visit } from './appointments-scenario.ts';
import { median, summarise } from './stats.ts';

export interface DayFigures {
  visits: number;
  bookings: number;
  noShows: number;
  walkIns: number;
  served: number;
  uncalled: number;
  arrivals: Record<string, number>;
  /** Handling minutes over the counters' open minutes. */
  load: number;
  punctuality: ReturnType<typeof punctualitySummary>;
  withinFive: number;
  calledEarly: number;
  walkInWait: { median: number; p90: number; max: number; count: number };
  bound: { over: number; largestShare: number; smallestMarginMinutes: number };
  replay: DayReplay;
}

const before = (a: Served, b: Served) =>
  a.callKey !== b.callKey ? a.callKey < b.callKey : a.arrivedAt !== b.arrivedAt ? a.arrivedAt < b.arrivedAt : a.ticketId < b.ticketId;

export function dayFigures(visits: readonly Visit[], replay: DayReplay, counters: number, openMinutes: number): DayFigures {
  const { served } = replay;
  const booked = served.filter((s) => s.visit.booked);
  const walkIns = served.filter((s) => !s.visit.booked);
  const deviations = booked.map((s) => (s.calledAt - s.visit.startsAt!) / MINUTE);
  const longest = Math.max(...served.map((s) => s.visit.handlingMs));
  let over = 0;
  let largestShare = 0;
  let smallestMargin = Infinity;
  const waits: number[] = [];
  for (const a of walkIns) {
    const wait = a.calledAt - a.arrivedAt;
    waits.push(wait / MINUTE);
    const ahead = served
      .filter((x) => x !== a && x.calledAt >= a.arrivedAt && before(x, a))
      .reduce((sum, x) => sum + x.visit.handlingMs, 0);
    const bound = longest + ahead / counters;
    if (wait > bound) over++;
    largestShare = Math.max(largestShare, wait / bound);
    smallestMargin = Math.min(smallestMargin, (bound - wait) / MINUTE);
  }
  const w = summarise(waits);
  const handlingMinutes = visits.filter((v) => v.arrivesAt !== null).reduce((sum, v) => sum + v.handlingMs, 0) / MINUTE;
  return {
    visits: visits.length,
    bookings: visits.filter((v) => v.booked).length,
    noShows: visits.filter((v) => v.booked && v.arrivesAt === null).length,
    walkIns: visits.filter((v) => !v.booked).length,
    served: served.length,
    uncalled: replay.uncalled,
    arrivals: replay.arrivals,
    load: handlingMinutes / (counters * openMinutes),
    punctuality: punctualitySummary(deviations),
    withinFive: deviations.length ? deviations.filter((d) => Math.abs(d) <= 5).length / deviations.length : Number.NaN,
    calledEarly: deviations.filter((d) => d < 0).length,
    walkInWait: { median: median(waits), p90: w.p90, max: w.max, count: waits.length },
    bound: { over, largestShare, smallestMarginMinutes: smallestMargin },
    replay,
  };
}
