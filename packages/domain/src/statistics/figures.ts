/**
 * Statistics figures from settled tickets (docs/statistics.md). Waiting times are whole minutes (⌊seconds / 60⌋),
 * kept as a histogram minute → count, so medians and percentiles over any period are exact without the tickets.
 */

/** Whole minutes waited → number of tickets; -1 (never called) is not a waiting time and is ignored. */
export type WaitHistogram = ReadonlyMap<number, number>;

/** The default service-level target when a service has none of its own: called within 15 minutes. */
export const DEFAULT_SERVICE_LEVEL_MINUTES = 15;

function sortedBuckets(histogram: WaitHistogram): Array<[number, number]> {
  return [...histogram.entries()].filter(([minute, count]) => minute >= 0 && count > 0).sort((a, b) => a[0] - b[0]);
}

/** The value at 1-based rank `rank` in the sorted list the histogram stands for. */
function valueAtRank(buckets: Array<[number, number]>, rank: number): number {
  let seen = 0;
  for (const [minute, count] of buckets) {
    seen += count;
    if (seen >= rank) return minute;
  }
  throw new RangeError(`rank ${rank} beyond ${seen} values`);
}

export function histogramCount(histogram: WaitHistogram): number {
  return sortedBuckets(histogram).reduce((sum, [, count]) => sum + count, 0);
}

/** The median: the middle value, or the mean of the two middle values of an even count; null when empty. */
export function histogramMedian(histogram: WaitHistogram): number | null {
  const buckets = sortedBuckets(histogram);
  const n = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  if (n % 2 === 1) return valueAtRank(buckets, (n + 1) / 2);
  return (valueAtRank(buckets, n / 2) + valueAtRank(buckets, n / 2 + 1)) / 2;
}

/**
 * The p-th percentile by nearest rank: the smallest value with at least p % of the values at or below it (rank
 * ⌈p/100 · n⌉). Always a value that occurred; null when empty.
 */
export function histogramPercentile(histogram: WaitHistogram, p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const buckets = sortedBuckets(histogram);
  const n = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  return valueAtRank(buckets, Math.max(1, Math.ceil((p / 100) * n - 1e-9)));
}

/** Share (0–1) of called tickets that waited less than the target; null when none was called. */
export function serviceLevelShare(histogram: WaitHistogram, targetMinutes: number): number | null {
  const met = serviceLevelMet(histogram, targetMinutes);
  return met.called === 0 ? null : met.within / met.called;
}

/** How many called tickets waited less than `targetMinutes` (⌊wait⌋ < target ⇔ wait < target for a whole target). */
export function serviceLevelMet(histogram: WaitHistogram, targetMinutes: number): { within: number; called: number } {
  let within = 0;
  let called = 0;
  for (const [minute, count] of sortedBuckets(histogram)) {
    called += count;
    if (minute < targetMinutes) within += count;
  }
  return { within, called };
}

/** Sums a rollup carries per group. */
export interface TicketMeasures {
  tickets: number;
  served: number;
  noShows: number;
  cancelled: number;
  /** Tickets that were called (have a waiting time). */
  called: number;
  waitSeconds: number;
  handled: number;
  handlingSeconds: number;
}

export const EMPTY_MEASURES: TicketMeasures = {
  tickets: 0,
  served: 0,
  noShows: 0,
  cancelled: 0,
  called: 0,
  waitSeconds: 0,
  handled: 0,
  handlingSeconds: 0,
};

export function addMeasures(a: TicketMeasures, b: TicketMeasures): TicketMeasures {
  return {
    tickets: a.tickets + b.tickets,
    served: a.served + b.served,
    noShows: a.noShows + b.noShows,
    cancelled: a.cancelled + b.cancelled,
    called: a.called + b.called,
    waitSeconds: a.waitSeconds + b.waitSeconds,
    handled: a.handled + b.handled,
    handlingSeconds: a.handlingSeconds + b.handlingSeconds,
  };
}

export interface TicketFigures {
  tickets: number;
  served: number;
  noShows: number;
  cancelled: number;
  /** Minutes, one decimal. Null when nothing to measure. */
  waitMeanMinutes: number | null;
  waitMedianMinutes: number | null;
  waitP90Minutes: number | null;
  handlingMeanMinutes: number | null;
  /** 0–1; null without a target or without called tickets. */
  serviceLevelShare: number | null;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The figures of one group. `serviceLevel` is the count of called tickets within their own service's target (targets
 * differ per service, so the caller counts per service and adds up); omit it to leave the share out.
 */
export function ticketFigures(
  measures: TicketMeasures,
  histogram: WaitHistogram,
  serviceLevel?: { within: number; called: number },
): TicketFigures {
  return {
    tickets: measures.tickets,
    served: measures.served,
    noShows: measures.noShows,
    cancelled: measures.cancelled,
    waitMeanMinutes: measures.called > 0 ? oneDecimal(measures.waitSeconds / measures.called / 60) : null,
    waitMedianMinutes: histogramMedian(histogram),
    waitP90Minutes: histogramPercentile(histogram, 90),
    handlingMeanMinutes: measures.handled > 0 ? oneDecimal(measures.handlingSeconds / measures.handled / 60) : null,
    serviceLevelShare: serviceLevel && serviceLevel.called > 0 ? serviceLevel.within / serviceLevel.called : null,
  };
}
