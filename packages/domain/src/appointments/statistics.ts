import { serviceDay } from '../queue/numbering.ts';
import { weekdayOf } from '../statistics/calendar.ts';
import { addLocalDays, localDaysBetween } from './local-time.ts';
import type { AppointmentSlot } from './slots.ts';

/** Nearest rank (as `histogramPercentile` in statistics/figures.ts): always a value that occurred. */
function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length - 1e-9)) - 1] as number;
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 === 1 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
}

/**
 * Punctuality of booked visits from their deviations in minutes (called minus booked time; negative = called
 * early). `median` is the middle value (mean of the two middle ones for an even count), `p90` the 90th percentile
 * by nearest rank of the signed deviations (how late the latest tenth is called), and `p90Absolute` that of the
 * absolute deviations, the figure behind "called within ±5 minutes of the time for 9 in 10". Nulls when empty.
 */
export function punctualitySummary(minutes: readonly number[]): {
  median: number | null;
  p90: number | null;
  p90Absolute: number | null;
  count: number;
} {
  if (minutes.some((m) => !Number.isFinite(m))) throw new RangeError('Punctuality minutes must be finite numbers');
  if (minutes.length === 0) return { median: null, p90: null, p90Absolute: null, count: 0 };
  const sorted = [...minutes].sort((a, b) => a - b);
  const absolute = minutes.map(Math.abs).sort((a, b) => a - b);
  return { median: median(sorted), p90: nearestRank(sorted, 90), p90Absolute: nearestRank(absolute, 90), count: minutes.length };
}

/** Share (0–1) of booked visits that were no-shows; null when nothing was booked. */
export function noShowRate(booked: number, noShows: number): number | null {
  if (!Number.isSafeInteger(booked) || !Number.isSafeInteger(noShows) || booked < 0 || noShows < 0 || noShows > booked) {
    throw new RangeError(`Invalid counts: ${noShows} no-shows of ${booked} booked`);
  }
  return booked === 0 ? null : noShows / booked;
}

/**
 * Lead time, the figure municipalities promise ("a time within seven days"): local days (Copenhagen) from today to
 * the date of the first free time, 0 when one is free today; null when there is none. Pass the slots with the seats
 * still free (`seats` minus bookings); times with no seat left or already started are ignored.
 */
export function leadTimeDays(slots: readonly AppointmentSlot[], now: Date): number | null {
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid now');
  let first: number | null = null;
  for (const slot of slots) {
    const start = slot.startsAt.getTime();
    if (slot.seats > 0 && start >= now.getTime() && (first === null || start < first)) first = start;
  }
  return first === null ? null : localDaysBetween(serviceDay(now), serviceDay(new Date(first)));
}

/**
 * Lead time in working days, for promises such as Slagelse's "a time within seven working days": the working days
 * (Monday–Friday, not in `closedDates`) after today up to and including the date of the first free time; 0 when one is
 * free today; null when there is none.
 */
export function leadTimeWorkingDays(slots: readonly AppointmentSlot[], now: Date, closedDates: readonly string[] = []): number | null {
  const days = leadTimeDays(slots, now);
  if (days === null) return null;
  const today = serviceDay(now);
  const closed = new Set(closedDates);
  let working = 0;
  for (let i = 1; i <= days; i++) {
    const date = addLocalDays(today, i);
    if (weekdayOf(date) <= 5 && !closed.has(date)) working++;
  }
  return working;
}

/** The longest period the appointment statistics cover (a year and a day, as the booking horizon). */
export const APPOINTMENT_STATISTICS_MAX_DAYS = 366;

/** A period of local dates (both included) the appointment statistics accept: in order and at most 366 days. */
export function checkAppointmentPeriod(from: string, to: string): 'from-after-to' | 'too-long' | null {
  if (from > to) return 'from-after-to';
  return localDaysBetween(from, to) + 1 > APPOINTMENT_STATISTICS_MAX_DAYS ? 'too-long' : null;
}

/** Minutes from the booked time to the call (negative: called early), as `punctualitySummary` takes them. */
export function punctualityMinutes(bookedAt: Date, calledAt: Date): number {
  const ms = calledAt.getTime() - bookedAt.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid booked or called time');
  return ms / 60_000;
}

/** Share (0–1, or above 1 when more was booked than the plan offers) of the offered seats that were booked; null when none was offered. */
export function slotUtilisation(bookedSeats: number, offeredSeats: number): number | null {
  if (!Number.isSafeInteger(bookedSeats) || !Number.isSafeInteger(offeredSeats) || bookedSeats < 0 || offeredSeats < 0) {
    throw new RangeError(`Invalid counts: ${bookedSeats} booked of ${offeredSeats} offered`);
  }
  return offeredSeats === 0 ? null : bookedSeats / offeredSeats;
}

/**
 * The seats a plan offers: every time the rule cuts from the opening hours, at its full capacity (akuttider
 * included, as the week plan counts them), so a time for three citizens is three seats.
 */
export function offeredSeats(slots: readonly AppointmentSlot[], capacity: number): number {
  if (!Number.isSafeInteger(capacity) || capacity < 0) throw new RangeError(`Invalid capacity: ${capacity}`);
  return slots.length * capacity;
}
