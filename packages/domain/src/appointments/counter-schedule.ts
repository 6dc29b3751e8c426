import type { Weekday } from '../queue/clock.ts';
import { parseClockTime, type OpeningInterval } from '../queue/opening-hours.ts';
import { weekdayOf } from '../statistics/calendar.ts';
import type { AppointmentRule } from './slots.ts';

/**
 * Counter schedules (docs/appointments.md): how many of a place's counters take booked citizens, per weekday and
 * time band, with a lead's override for a single date.
 *
 * The rule, shared by every errand at the place: the booked citizens whose time STARTS at the same minute are at
 * most the counters scheduled for bookings at that minute. Each errand keeps its own "places per time" on top
 * (a time offers min(places per time, scheduled counters) to that errand), so two errands on one scheduled counter
 * cannot both book 10:00. A time belongs to the band its start lies in (from inclusive, to exclusive).
 *
 * - A weekday without bands has no extra limit (a place without a schedule books as before).
 * - A weekday (or an overridden date) with bands: a time outside every band takes no bookings; a band with 0 counters
 *   is walk-in only.
 * - A date override replaces the weekday's bands for that date; an override without bands means no bookings that day.
 */
export interface CounterBand {
  /** 'HH:MM' local, inclusive. */
  from: string;
  /** 'HH:MM' local, exclusive. */
  to: string;
  /** Counters taking booked citizens in the band (0 = walk-in only). */
  counters: number;
}

export interface WeeklyCounterBand extends CounterBand {
  weekday: Weekday;
}

export interface CounterScheduleDay {
  /** 'YYYY-MM-DD' local. */
  date: string;
  bands: readonly CounterBand[];
}

export interface CounterSchedule {
  weekly: readonly WeeklyCounterBand[];
  days: readonly CounterScheduleDay[];
}

/** The most counters a band may name (the rules' own ceiling for places per time). */
export const MAX_SCHEDULED_COUNTERS = 50;

/** The bands that apply on a local date: the date's override, else its weekday's; null: no schedule (no limit). */
export function counterBandsOn(schedule: CounterSchedule | undefined, date: string): readonly CounterBand[] | null {
  if (!schedule) return null;
  const override = schedule.days.find((d) => d.date === date);
  if (override) return override.bands;
  const weekday = weekdayOf(date);
  const weekly = schedule.weekly.filter((b) => b.weekday === weekday);
  return weekly.length > 0 ? weekly : null;
}

/**
 * Counters taking bookings at `minuteOfDay` (local minutes after midnight) under a date's bands: null when the date
 * has no schedule (no extra limit), 0 outside every band.
 */
export function scheduledCountersAt(bands: readonly CounterBand[] | null, minuteOfDay: number): number | null {
  if (bands === null) return null;
  const band = bands.find((b) => minutesOf(b.from) <= minuteOfDay && minuteOfDay < minutesOf(b.to));
  return band ? band.counters : 0;
}

/**
 * An errand's rule within the scheduled counters: places per time at most the counters, akuttider at most those
 * places (held back as before, from what is left). Null: the time takes no bookings (0 counters).
 */
export function ruleWithinCounters(rule: AppointmentRule, counters: number | null): AppointmentRule | null {
  if (counters === null) return rule;
  if (counters <= 0) return null;
  const capacity = Math.min(rule.capacity, counters);
  return { ...rule, capacity, acuteSeats: Math.min(rule.acuteSeats, capacity) };
}

/** A problem with a schedule, for the admin's or lead's form and the API's problem+json `errors[]`. */
export interface CounterBandProblem {
  /** Index of the band in the list the caller sent. */
  index: number;
  field: 'from' | 'to' | 'counters' | 'weekday';
  messageDa: string;
  messageEn: string;
}

/**
 * Problems with the bands of one schedule (weekly bands carry their weekday; a date's bands are checked against
 * `weekday`, the date's). A band must be a readable from < to inside the day's opening hours (between the first
 * opening and the last closing), must not overlap another band of the same day, and may name 0..the place's active
 * counters. Empty list: fine.
 */
export function validateCounterBands(
  bands: readonly (CounterBand & { weekday?: number })[],
  place: { hours: readonly OpeningInterval[]; activeCounters: number; weekday?: Weekday },
): CounterBandProblem[] {
  const problems: CounterBandProblem[] = [];
  const add = (index: number, field: CounterBandProblem['field'], messageDa: string, messageEn: string) =>
    problems.push({ index, field, messageDa, messageEn });
  const readable: Array<{ index: number; weekday: number; from: number; to: number }> = [];
  bands.forEach((band, index) => {
    const weekday = band.weekday ?? place.weekday;
    if (!weekday || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      add(index, 'weekday', 'Ugedagen skal være 1 (mandag) til 7 (søndag)', 'The weekday must be 1 (Monday) to 7 (Sunday)');
      return;
    }
    if (!Number.isInteger(band.counters) || band.counters < 0 || band.counters > place.activeCounters) {
      add(
        index,
        'counters',
        `Antal skranker skal være et helt tal fra 0 til stedets aktive skranker (${place.activeCounters})`,
        `Counters must be a whole number from 0 to the place's active counters (${place.activeCounters})`,
      );
    }
    const from = parseClockTime(band.from);
    const to = parseClockTime(band.to);
    if (from === null || to === null || from >= to) {
      add(index, 'to', 'Tidsrummet skal være TT:MM–TT:MM med slut efter start', 'The band must be HH:MM–HH:MM, ending after it starts');
      return;
    }
    const day = place.hours.filter((h) => h.weekday === weekday);
    const opens = Math.min(...day.map((h) => parseClockTime(h.opens) ?? Infinity));
    const closes = Math.max(...day.map((h) => parseClockTime(h.closes) ?? -Infinity));
    if (day.length === 0 || from < opens || to > closes) {
      add(index, 'from', 'Tidsrummet ligger uden for åbningstiden', 'The band lies outside the opening hours');
      return;
    }
    const overlapping = readable.find((o) => o.weekday === weekday && o.from < to && from < o.to);
    if (overlapping) {
      add(
        index,
        'from',
        `Tidsrummet overlapper et andet tidsrum samme dag (nr. ${overlapping.index + 1})`,
        `The band overlaps another band on the same day (no. ${overlapping.index + 1})`,
      );
      return;
    }
    readable.push({ index, weekday, from, to });
  });
  return problems;
}

/** Problems with a lead's bands for one local date ('YYYY-MM-DD'), read against that date's weekday. */
export function validateCounterDayBands(
  date: string,
  bands: readonly CounterBand[],
  place: { hours: readonly OpeningInterval[]; activeCounters: number },
): CounterBandProblem[] {
  return validateCounterBands(bands, { ...place, weekday: weekdayOf(date) });
}

function minutesOf(time: string): number {
  const minutes = parseClockTime(time);
  if (minutes === null) throw new RangeError(`Invalid time of day: ${JSON.stringify(time)}`);
  return minutes;
}
