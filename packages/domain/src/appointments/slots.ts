import { serviceDay } from '../queue/numbering.ts';
import { parseClockTime, type OpeningInterval } from '../queue/opening-hours.ts';
import { weekdayOf } from '../statistics/calendar.ts';
import { counterBandsOn, ruleWithinCounters, scheduledCountersAt, type CounterSchedule } from './counter-schedule.ts';
import { addLocalDays, copenhagenInstant, localDaysBetween } from './local-time.ts';

export { danishPublicHolidays, type DanishHoliday } from './holidays.ts';

const MINUTE_MS = 60_000;

/** How one service at one place is booked. Validate with `validateAppointmentRule` before saving. */
export interface AppointmentRule {
  /** Length of one time in minutes (5..240). */
  slotMinutes: number;
  /** Citizens per time in parallel (1..50), usually the counters serving the service. */
  capacity: number;
  /** Of capacity: akuttider, held back until the day itself (0..capacity). */
  acuteSeats: number;
  /** No booking later than this many minutes before the start (0..10080, a week). */
  cutoffMinutes: number;
  /** How many local days ahead one can book, today = day 0 (1..366). */
  horizonDays: number;
}

/** A blocked period (a staff meeting, a counter closed for a day); `endsAt` is exclusive. */
export interface ClosedPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** A bookable time; `seats` are the seats open to this booker now (bookings already made are the caller's business). */
export interface AppointmentSlot {
  startsAt: Date;
  endsAt: Date;
  seats: number;
  /**
   * The counters the place's schedule gives bookings at this time, shared by every errand there (absent: no schedule
   * that day, no limit beyond the rule). The caller takes one of them per booking (`appointments_counter_seat_key`).
   */
  counters?: number;
  /** The interval's place when it names one (a mobile Borgerservice's stop at that time). */
  place?: string;
}

/** The most local dates one call lists: a year and a day, the longest horizon. */
export const MAX_SLOT_DAYS = 367;

const LIMITS = {
  slotMinutes: { min: 5, max: 240, da: 'Tidens længde (minutter)' },
  capacity: { min: 1, max: 50, da: 'Antal borgere pr. tid' },
  cutoffMinutes: { min: 0, max: 10_080, da: 'Frist før start (minutter)' },
  horizonDays: { min: 1, max: 366, da: 'Antal dage frem' },
} as const;

/**
 * Problems with a rule, in Danish for the admin screen; an empty list means the rule is fine. `place.counters`: the
 * place's active counters. Citizens booked for the same time are served side by side, so a time cannot hold more of
 * them than the place has counters (Skranke keeps no staff rosters; the counters are the ceiling it knows).
 */
export function validateAppointmentRule(rule: AppointmentRule, place?: { counters: number }): string[] {
  const problems: string[] = [];
  for (const [field, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, (typeof LIMITS)[keyof typeof LIMITS]][]) {
    const value = rule[field];
    if (!Number.isInteger(value) || value < limit.min || value > limit.max) {
      problems.push(`${limit.da} skal være et helt tal fra ${limit.min} til ${limit.max}`);
    }
  }
  const capacityOk = Number.isInteger(rule.capacity) && rule.capacity >= 1;
  if (!Number.isInteger(rule.acuteSeats) || rule.acuteSeats < 0) {
    problems.push('Akuttider skal være et helt tal fra 0');
  } else if (capacityOk && rule.acuteSeats > rule.capacity) {
    problems.push(`Akuttider kan ikke være flere end antal borgere pr. tid (${rule.capacity})`);
  }
  if (place && capacityOk && rule.capacity > place.counters) {
    problems.push(
      place.counters === 0
        ? 'Stedet har ingen aktive skranker, så der kan ikke bestilles tid'
        : `Antal borgere pr. tid kan ikke være flere end stedets aktive skranker (${place.counters})`,
    );
  }
  return problems;
}

function assertRule(rule: AppointmentRule): void {
  const problems = validateAppointmentRule(rule);
  if (problems.length > 0) throw new RangeError(`Invalid appointment rule: ${problems.join('; ')}`);
}

function assertDate(at: Date, name: string): void {
  if (Number.isNaN(at.getTime())) throw new RangeError(`Invalid ${name}`);
}

/**
 * Seat numbers are 1..capacity; akuttider are the top `acuteSeats` numbers. The seats a booker at `now` may take at
 * `startsAt`: all of them on the booker's own local date (akuttider are released that morning), the ordinary ones
 * on later dates, none when the time starts before `now + cutoffMinutes` or lies beyond today + horizonDays.
 * Bookings already made are not subtracted: the caller takes a free number among these (one row per seat, so a
 * unique constraint keeps a seat from being given twice).
 */
export function bookableSeatNumbers(rule: AppointmentRule, startsAt: Date, now: Date): number[] {
  assertRule(rule);
  assertDate(startsAt, 'start');
  assertDate(now, 'now');
  const seats = seatCount(rule, startsAt.getTime(), now, localDaysBetween(serviceDay(now), serviceDay(startsAt)));
  return Array.from({ length: seats }, (_, i) => i + 1);
}

/** How many seats (numbers 1..n) a booker at `now` may take at `startsAt`, `daysAhead` local days after today. */
function seatCount(rule: AppointmentRule, startsAt: number, now: Date, daysAhead: number): number {
  if (startsAt < now.getTime() + rule.cutoffMinutes * MINUTE_MS || daysAhead > rule.horizonDays) return 0;
  return daysAhead <= 0 ? rule.capacity : rule.capacity - rule.acuteSeats;
}

function readTime(time: string): number {
  const minutes = parseClockTime(time);
  if (minutes === null) throw new RangeError(`Invalid time of day: ${JSON.stringify(time)}`);
  return minutes;
}

/**
 * Bookable times for `days` local dates from the local date of `from` (inclusive), for a booker at `now`. Each
 * weekly opening interval of a date is cut into `slotMinutes` steps from its opening that end by its closing;
 * a time overlapping a closed period or on a `closedDates` date ('YYYY-MM-DD', local) is left out, and so is a
 * time the booker may not take (`bookableSeatNumbers`: cut-off, horizon, akuttider; no seats, no time).
 * With a counter `schedule`, a time's places are at most the counters scheduled for bookings at its start
 * (`ruleWithinCounters`; 0 counters or outside every band of a scheduled date: no time).
 *
 * DST: opening and closing are read on the local wall clock of each date, and the steps between them are real
 * minutes, so on a 23- or 25-hour day a night interval holds one hour fewer or more. Sorted by start.
 * Hours must be valid (`validateOpeningHours`): an unreadable time throws, as does an invalid rule.
 */
export function appointmentSlots(input: {
  hours: readonly OpeningInterval[];
  rule: AppointmentRule;
  closed: readonly ClosedPeriod[];
  closedDates?: readonly string[];
  schedule?: CounterSchedule;
  from: Date;
  days: number;
  now: Date;
}): AppointmentSlot[] {
  const { hours, rule, closed, from, days, now } = input;
  assertRule(rule);
  assertDate(from, 'from');
  assertDate(now, 'now');
  if (!Number.isInteger(days) || days < 0 || days > MAX_SLOT_DAYS) throw new RangeError(`Invalid number of days: ${days}`);
  const closedDates = new Set(input.closedDates ?? []);
  const blocked = closed.map((p) => [p.startsAt.getTime(), p.endsAt.getTime()] as const);
  const today = serviceDay(now);
  const firstDate = serviceDay(from);
  const slotMs = rule.slotMinutes * MINUTE_MS;
  const slots: AppointmentSlot[] = [];

  for (let i = 0; i < days; i++) {
    const date = addLocalDays(firstDate, i);
    const daysAhead = localDaysBetween(today, date);
    if (daysAhead > rule.horizonDays) break;
    if (closedDates.has(date)) continue;
    const weekday = weekdayOf(date);
    const intervals = hours
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ opens: readTime(h.opens), closes: readTime(h.closes), place: h.place?.trim() || undefined }))
      .sort((a, b) => a.opens - b.opens);
    const seen = new Set<number>();
    const bands = counterBandsOn(input.schedule, date);
    for (const { opens, closes, place } of intervals) {
      const opensAt = copenhagenInstant(date, opens).getTime();
      const closesAt = copenhagenInstant(date, closes).getTime();
      for (let start = opensAt; start + slotMs <= closesAt; start += slotMs) {
        if (seen.has(start)) continue;
        seen.add(start);
        const end = start + slotMs;
        if (blocked.some(([s, e]) => start < e && s < end)) continue;
        const counters = scheduledCountersAt(bands, opens + (start - opensAt) / MINUTE_MS);
        const scheduled = ruleWithinCounters(rule, counters);
        const seats = scheduled ? seatCount(scheduled, start, now, daysAhead) : 0;
        if (seats > 0)
          slots.push({
            startsAt: new Date(start),
            endsAt: new Date(end),
            seats,
            ...(counters === null ? {} : { counters }),
            ...(place ? { place } : {}),
          });
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
