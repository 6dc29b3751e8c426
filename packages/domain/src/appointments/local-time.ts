import { copenhagenClock } from '../queue/clock.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a civil date 'YYYY-MM-DD', or null when it is not a real date (2026-02-30). */
export function civilDateMs(date: string): number | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : null;
}

/** The Copenhagen wall clock at `at` read as if it were UTC: UTC offset = this − at. */
function wallClockAsUtcMs(at: number): number {
  const clock = copenhagenClock(new Date(at));
  return (civilDateMs(clock.date) as number) + Math.round(clock.minutesOfDay * MINUTE_MS);
}

const offsetAt = (at: number) => wallClockAsUtcMs(at) - at;

/**
 * The instant at which the Copenhagen wall clock shows `minutesOfDay` on the local `date` (0 ≤ minutes ≤ 1440;
 * 1440 is the next midnight). DST: a time that occurs twice (02:30 on the last Sunday of October) is its first
 * occurrence; a time that does not exist (02:30 on the last Sunday of March) is read with the offset before the
 * change, so it lands after the gap (03:30 summer time), as a clock that was not put forward would show it.
 */
export function copenhagenInstant(date: string, minutesOfDay: number): Date {
  const dayMs = civilDateMs(date);
  if (dayMs === null) throw new RangeError(`Invalid date: ${JSON.stringify(date)}`);
  if (!Number.isFinite(minutesOfDay) || minutesOfDay < 0 || minutesOfDay > 1440) {
    throw new RangeError(`Invalid minutes of day: ${minutesOfDay}`);
  }
  const wall = dayMs + Math.round(minutesOfDay * MINUTE_MS);
  // The offset a day before and a day after: Copenhagen changes offset at most once in 48 hours.
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const candidates = [wall - before, wall - after].filter((at) => wallClockAsUtcMs(at) === wall).sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
}

/** The local date `days` after `date` (calendar arithmetic, no time zone). */
export function addLocalDays(date: string, days: number): string {
  const dayMs = civilDateMs(date);
  if (dayMs === null) throw new RangeError(`Invalid date: ${JSON.stringify(date)}`);
  return new Date(dayMs + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole local days from `from` to `to` (negative when `to` is earlier). */
export function localDaysBetween(from: string, to: string): number {
  const a = civilDateMs(from);
  const b = civilDateMs(to);
  if (a === null || b === null) throw new RangeError(`Invalid date: ${JSON.stringify(a === null ? from : to)}`);
  return Math.round((b - a) / DAY_MS);
}
