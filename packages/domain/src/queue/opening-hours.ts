import { copenhagenClock, type Weekday } from './clock.ts';

/**
 * Weekly opening hours: weekday 1 = Monday … 7 = Sunday, times 'HH:MM' local (Europe/Copenhagen). Several intervals
 * per day allowed. An interval includes its opening minute and excludes its closing minute; it cannot run past
 * midnight. A mobile Borgerservice bus uses the same type for its timetable stops.
 */
export interface OpeningInterval {
  weekday: Weekday;
  opens: string;
  closes: string;
  /** A mobile Borgerservice's stop during this interval (where the bus stands); null or absent for an office. */
  place?: string | null;
}

/** A date on which the place is closed all day, e.g. a public holiday. */
export interface DateException {
  /** YYYY-MM-DD, local */
  date: string;
  closed: true;
}

export const WEEKDAY_NAMES_DA: Record<Weekday, string> = {
  1: 'Mandag',
  2: 'Tirsdag',
  3: 'Onsdag',
  4: 'Torsdag',
  5: 'Fredag',
  6: 'Lørdag',
  7: 'Søndag',
};

/** 'HH:MM' (00:00–23:59) to minutes after midnight, or null when it is not such a time. */
export function parseClockTime(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

function minutesOrThrow(time: string): number {
  const minutes = parseClockTime(time);
  if (minutes === null) throw new RangeError(`Invalid time of day: ${JSON.stringify(time)}`);
  return minutes;
}

/**
 * Whether the place is open at `at`. Validate hours with `validateOpeningHours` when they are saved; here an
 * unreadable time throws rather than quietly closing the place.
 */
export function isOpenAt(hours: readonly OpeningInterval[], at: Date, exceptions: readonly DateException[] = []): boolean {
  const clock = copenhagenClock(at);
  if (exceptions.some((e) => e.closed && e.date === clock.date)) return false;
  return hours.some(
    (interval) =>
      interval.weekday === clock.weekday &&
      minutesOrThrow(interval.opens) <= clock.minutesOfDay &&
      clock.minutesOfDay < minutesOrThrow(interval.closes),
  );
}

interface ReadableInterval {
  opens: number;
  closes: number;
  label: string;
}

/** Problems with a week of opening hours, in Danish for the admin screen; an empty list means the hours are fine. */
export function validateOpeningHours(hours: readonly OpeningInterval[]): string[] {
  const problems: string[] = [];
  const byDay = new Map<Weekday, ReadableInterval[]>();
  for (const interval of hours) {
    const dayName = WEEKDAY_NAMES_DA[interval.weekday] as string | undefined;
    if (dayName === undefined) {
      problems.push(`Ugyldig ugedag: ${String(interval.weekday)} (brug 1 = mandag til 7 = søndag)`);
      continue;
    }
    const opens = parseClockTime(interval.opens);
    const closes = parseClockTime(interval.closes);
    if (opens === null) problems.push(`${dayName}: ugyldig åbningstid "${interval.opens}" (brug TT:MM)`);
    if (closes === null) problems.push(`${dayName}: ugyldig lukketid "${interval.closes}" (brug TT:MM)`);
    if (opens === null || closes === null) continue;
    if (closes < opens) problems.push(`${dayName}: lukketid før åbningstid`);
    else if (closes === opens) problems.push(`${dayName}: lukketid er den samme som åbningstid`);
    else {
      const day = byDay.get(interval.weekday) ?? [];
      day.push({ opens, closes, label: `${interval.opens}–${interval.closes}` });
      byDay.set(interval.weekday, day);
    }
  }
  for (const [weekday, intervals] of [...byDay].sort(([a], [b]) => a - b)) {
    intervals.sort((a, b) => a.opens - b.opens || a.closes - b.closes);
    // Compare each interval with the one reaching furthest so far, so a long interval that swallows several
    // short ones is reported against each of them. Touching intervals (12:00–12:30 and 12:30–15:00) are fine.
    let furthest: ReadableInterval | undefined;
    for (const interval of intervals) {
      if (furthest && interval.opens < furthest.closes) {
        problems.push(`${WEEKDAY_NAMES_DA[weekday]}: ${furthest.label} og ${interval.label} overlapper`);
      }
      if (!furthest || interval.closes > furthest.closes) furthest = interval;
    }
  }
  return problems;
}

/**
 * Where the place stands at `at` by its timetable: the `place` of the weekly interval holding that local time (a
 * mobile Borgerservice's stop), or undefined (no interval names one, or closed then). Times as in `OpeningInterval`.
 */
export function placeAt(hours: readonly OpeningInterval[], at: Date): string | undefined {
  const { weekday, minutesOfDay } = copenhagenClock(at);
  const interval = hours.find(
    (h) => h.weekday === weekday && minutesOrThrow(h.opens) <= minutesOfDay && minutesOfDay < minutesOrThrow(h.closes),
  );
  return interval?.place?.trim() || undefined;
}
