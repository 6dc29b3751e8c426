/**
 * Geometry for the statistics page's hand-drawn SVG charts: value axes with round tick steps, bands for the
 * categories, bars within a band. Pure, so the numbers can be checked without a browser.
 */

export interface ValueAxis {
  /** The top of the axis: the smallest multiple of `step` at or above the largest value. */
  max: number;
  step: number;
  /** From 0 to `max`, every `step`. */
  ticks: number[];
}

/** Steps are 1, 2, 2.5 or 5 times a power of ten, so tick labels read as round numbers. */
const STEP_MULTIPLIERS = [1, 2, 2.5, 5, 10];

/**
 * A value axis from 0 covering `maxValue` with at most `maxTicks` intervals. Axes start at 0 because bar lengths
 * are compared. With nothing above 0 the axis still runs to 1, so an empty chart has a scale.
 * `integer` keeps steps whole (counts of people or counters).
 */
export function valueAxis(maxValue: number, { maxTicks = 5, integer = false }: { maxTicks?: number; integer?: boolean } = {}): ValueAxis {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 0;
  if (top === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = top / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = magnitude * (STEP_MULTIPLIERS.find((m) => m * magnitude >= rough - 1e-9) ?? 10);
  if (integer) step = Math.max(1, Math.ceil(step));
  // Rounded so 0.1 + 0.2 style sums do not reach the labels.
  const round = (v: number) => Number(v.toPrecision(12));
  step = round(step);
  const intervals = Math.ceil(round(top / step));
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => round(i * step));
  return { max: ticks[ticks.length - 1]!, step, ticks };
}

/** Position along an axis of `length` pixels for `value` on an axis from 0 to `max` (clamped to the axis). */
export function scale(value: number, max: number, length: number): number {
  if (max <= 0) return 0;
  return (Math.min(Math.max(value, 0), max) / max) * length;
}

export interface Band {
  /** Start of the category's slot. */
  start: number;
  /** Width of the slot. */
  size: number;
  /** Middle of the slot, where its label and line point go. */
  center: number;
}

/** `count` equal slots along `length` pixels, starting at `offset`. */
export function bands(count: number, length: number, offset = 0): Band[] {
  if (count <= 0) return [];
  const size = length / count;
  return Array.from({ length: count }, (_, i) => ({ start: offset + i * size, size, center: offset + (i + 0.5) * size }));
}

/**
 * Bars of `seriesCount` series side by side in one slot: `padding` of the slot (a share, 0–1) is left empty and the
 * rest split evenly, each bar at most `maxSize` thick (so a chart of one hour does not draw a wall), the group
 * centred in the slot. Returns each bar's start and thickness.
 */
export function groupedBars(
  band: Band,
  seriesCount: number,
  padding = 0.3,
  maxSize = Number.POSITIVE_INFINITY,
): { start: number; size: number }[] {
  if (seriesCount <= 0) return [];
  const size = Math.min((band.size * (1 - padding)) / seriesCount, maxSize);
  const first = band.center - (size * seriesCount) / 2;
  return Array.from({ length: seriesCount }, (_, i) => ({ start: first + i * size, size }));
}

/**
 * Show every n-th category label so labels about `labelWidth` wide do not overlap in slots `bandSize` wide.
 * 1 means every label.
 */
export function labelEvery(bandSize: number, labelWidth: number): number {
  if (bandSize <= 0) return 1;
  return Math.max(1, Math.ceil(labelWidth / bandSize));
}
