/** Calendar rules for statistics: service days are Copenhagen dates (YYYY-MM-DD), weekdays ISO (1 = Monday). */
import { copenhagenClock, type Weekday } from '../queue/clock.ts';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): number {
  const m = DATE.exec(day);
  if (!m) throw new RangeError(`not a date: ${day}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`not a date: ${day}`);
  return ms;
}
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** ISO weekday of a civil date (calendar arithmetic: no time zone involved). */
export function weekdayOf(day: string): Weekday {
  const sunday0 = new Date(parseDay(day)).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as Weekday;
}

export function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + days * DAY_MS);
}

/** Days from `from` to `to`, both included. */
export function daysBetweenInclusive(from: string, to: string): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS) + 1;
}

/** The service day and hour (0–23) of a moment on the Copenhagen wall clock, summer time included. */
export function copenhagenDayAndHour(at: Date): { day: string; hour: number; minutesOfDay: number } {
  const clock = copenhagenClock(at);
  return { day: clock.date, hour: Math.floor(clock.minutesOfDay / 60), minutesOfDay: clock.minutesOfDay };
}

/** The `count` same weekdays before `day`, nearest first (today's comparison base). */
export function sameWeekdaysBefore(day: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(day, -7 * (i + 1)));
}

export const MAX_PERIOD_DAYS = 3 * 366 + 1;

export type PeriodProblem = 'from-after-to' | 'too-long';

/** Whether a period is usable: from ≤ to, and at most about three years (the history kept). */
export function checkPeriod(from: string, to: string): PeriodProblem | null {
  if (parseDay(from) > parseDay(to)) return 'from-after-to';
  if (daysBetweenInclusive(from, to) > MAX_PERIOD_DAYS) return 'too-long';
  return null;
}

/** Splits a period into consecutive chunks of at most `days` days (for batched exports). */
export function periodChunks(from: string, to: string, days: number): Array<{ from: string; to: string }> {
  const chunks: Array<{ from: string; to: string }> = [];
  for (let start = from; parseDay(start) <= parseDay(to); start = addDays(start, days)) {
    const end = addDays(start, days - 1);
    chunks.push({ from: start, to: parseDay(end) < parseDay(to) ? end : to });
  }
  return chunks;
}

/**
 * Today so far next to the same weekday's average: the mean over the earlier days that count (null: the location had
 * no tickets that day, e.g. a holiday, so it is not an average day, or the figure is undefined that day), and today's
 * difference from it as a share of the average (null when there is no base or the average is 0).
 */
export function compareWithAverage(
  today: number | null,
  earlier: ReadonlyArray<number | null>,
): { average: number | null; difference: number | null; basedOnDays: number } {
  const counted = earlier.filter((v): v is number => v !== null);
  if (counted.length === 0) return { average: null, difference: null, basedOnDays: 0 };
  const average = counted.reduce((s, v) => s + v, 0) / counted.length;
  const difference = today === null || average === 0 ? null : (today - average) / average;
  return { average, difference, basedOnDays: counted.length };
}

/**
 * Splits a period into the whole calendar months inside it (read from monthly rollups) and the days left over at
 * either end (read from daily rollups). `months` is null when no whole month fits.
 */
export function splitPeriod(
  from: string,
  to: string,
): { months: { from: string; to: string } | null; days: Array<{ from: string; to: string }> } {
  const firstOfMonth = (day: string) => `${day.slice(0, 8)}01`;
  const firstWhole = from.endsWith('-01') ? from : addMonths(firstOfMonth(from), 1);
  const afterLastWhole = firstOfMonth(addDays(to, 1)) === addDays(to, 1) ? addDays(to, 1) : firstOfMonth(to);
  if (parseDay(firstWhole) >= parseDay(afterLastWhole)) return { months: null, days: [{ from, to }] };
  const days: Array<{ from: string; to: string }> = [];
  if (from !== firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
  if (parseDay(afterLastWhole) <= parseDay(to)) days.push({ from: afterLastWhole, to });
  return { months: { from: firstWhole, to: addMonths(afterLastWhole, -1) }, days };
}

/** The first of the month `months` after the month of `firstOfMonth` (which must be a first of a month). */
function addMonths(firstOfMonth: string, months: number): string {
  const d = new Date(parseDay(firstOfMonth));
  return formatDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}
