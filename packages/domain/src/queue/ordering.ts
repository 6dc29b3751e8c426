/** Default fairness bound H in minutes; each municipality may set its own. See docs/queue-rules.md. */
export const DEFAULT_FAIRNESS_BOUND_MINUTES = 15;

export interface QueueCandidate {
  id: string;
  arrivedAt: Date;
  headStartMinutes: number;
}

/**
 * A priority class's head start, clamped to [0, H]. Clamp when the class is configured: the fairness promise
 * (nobody is passed by someone who arrived H or more minutes later) holds only for clamped head starts.
 */
export function clampHeadStart(minutes: number, fairnessBoundMinutes: number = DEFAULT_FAIRNESS_BOUND_MINUTES): number {
  if (!Number.isFinite(fairnessBoundMinutes) || fairnessBoundMinutes < 0) {
    throw new RangeError(`Invalid fairness bound: ${fairnessBoundMinutes}`);
  }
  if (Number.isNaN(minutes)) throw new RangeError('Head start is not a number');
  return Math.min(Math.max(minutes, 0), fairnessBoundMinutes);
}

/**
 * Call key: arrival minus the priority class's head start. The queue is called in ascending key order
 * (ties: earlier arrival, then id).
 */
export function callKey(arrivedAt: Date, headStartMinutes: number): Date {
  return new Date(arrivedAt.getTime() - headStartMinutes * 60_000);
}

/** Negative when `a` is to be called before `b`. */
export function compareForCalling(a: QueueCandidate, b: QueueCandidate): number {
  const arrivedA = a.arrivedAt.getTime();
  const arrivedB = b.arrivedAt.getTime();
  // callKey's arithmetic without a Date per comparison: the wait estimate sorts a few hundred tickets on every issue.
  return (
    arrivedA - a.headStartMinutes * 60_000 - (arrivedB - b.headStartMinutes * 60_000) ||
    arrivedA - arrivedB ||
    // Plain code-unit order, not localeCompare: the order must not depend on the server's locale.
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The queue in the order counters call it; the input is left as it is. */
export function orderForCalling<T extends QueueCandidate>(tickets: readonly T[]): T[] {
  return [...tickets].sort(compareForCalling);
}
