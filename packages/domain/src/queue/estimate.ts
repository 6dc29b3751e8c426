export interface WaitEstimateInput {
  /** 1 = next */
  position: number;
  staffedCounters: number;
  averageHandlingMinutes: number;
}

export const DEFAULT_MIN_SAMPLES = 5;

/**
 * Minutes until this ticket is likely called; null when no counter serves the service (the UI says "ukendt").
 * The tickets ahead are shared out over the staffed counters in rounds: ceil((position − 1) / counters) rounds of
 * the average handling time, rounded to whole minutes. The next ticket (position 1) at a staffed service gets 0.
 */
export function estimateWaitMinutes(input: WaitEstimateInput): number | null {
  const { position, staffedCounters, averageHandlingMinutes } = input;
  if (!Number.isInteger(position) || position < 1) throw new RangeError(`Invalid queue position: ${position}`);
  if (!Number.isInteger(staffedCounters) || staffedCounters < 0) {
    throw new RangeError(`Invalid number of staffed counters: ${staffedCounters}`);
  }
  if (!Number.isFinite(averageHandlingMinutes) || averageHandlingMinutes < 0) {
    throw new RangeError(`Invalid average handling time: ${averageHandlingMinutes}`);
  }
  if (staffedCounters === 0) return null;
  return Math.round(Math.ceil((position - 1) / staffedCounters) * averageHandlingMinutes);
}

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
export function trafficLight(
  longestWaitMinutes: number,
  thresholds: { yellowMinutes: number; redMinutes: number },
): TrafficLight {
  const { yellowMinutes, redMinutes } = thresholds;
  if (Number.isNaN(longestWaitMinutes)) throw new RangeError('Longest wait is not a number');
  if (!(yellowMinutes >= 0 && redMinutes >= yellowMinutes && Number.isFinite(redMinutes))) {
    throw new RangeError(`Invalid thresholds: yellow ${yellowMinutes}, red ${redMinutes}`);
  }
  if (longestWaitMinutes >= redMinutes) return 'red';
  if (longestWaitMinutes >= yellowMinutes) return 'yellow';
  return 'green';
}
