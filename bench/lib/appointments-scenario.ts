/**
 * The simulated day's visits, from a seeded generator (mulberry32), modelled on the domain's merged simulation
 * (packages/domain/src/appointments/merged.simulation.test.ts): handling times uniform in 3–15 minutes; the booked
 * share on the day's seats drawn at random from the real slot rule; 5 % of bookings never come, 10 % check in
 * late within the grace, the rest 0–15 minutes early; walk-ins as a Poisson process over the opening hours (the
 * count fixed, the times uniform: a Poisson process given its count).
 */
import { mulberry32 } from '../../db/src/seed/demo-persons.ts';
import { appointmentSlots, copenhagenInstant, type Weekday } from '../../packages/domain/src/index.ts';

const MINUTE = 60_000;

export interface DayShape {
  date: string;
  opensMinute: number;
  openMinutes: number;
  counters: number;
  slotMinutes: number;
  graceMinutes: number;
}

export interface Visit {
  index: number;
  booked: boolean;
  /** The booked time (ms), or null for a walk-in. */
  startsAt: number | null;
  /** Arrival at the kiosk (walk-in) or check-in (booked); null for a no-show. */
  arrivesAt: number | null;
  lateWithinGrace: boolean;
  handlingMs: number;
}

const handling = (random: () => number) => Math.round((3 + random() * 12) * 60) * 1000;

function walkIns(random: () => number, count: number, day: DayShape, firstIndex: number): Visit[] {
  const opens = copenhagenInstant(day.date, day.opensMinute).getTime();
  return Array.from({ length: count }, () => opens + Math.floor(random() * day.openMinutes * 60) * 1000)
    .sort((a, b) => a - b)
    .map((at, i) => ({
      index: firstIndex + i,
      booked: false,
      startsAt: null,
      arrivesAt: at,
      lateWithinGrace: false,
      handlingMs: handling(random),
    }));
}

/** `visits` planned visits, `bookedShare` of them booked (no-shows among those), the rest walk-ins. */
export function mergedDay(seed: number, day: DayShape, visits: number, bookedShare: number): Visit[] {
  const random = mulberry32(seed);
  const slots = appointmentSlots({
    hours: [{ weekday: weekdayOf(day.date), opens: hhmm(day.opensMinute), closes: hhmm(day.opensMinute + day.openMinutes) }],
    rule: { slotMinutes: day.slotMinutes, capacity: day.counters, acuteSeats: 0, cutoffMinutes: 0, horizonDays: 60 },
    closed: [],
    from: copenhagenInstant(day.date, 0),
    days: 1,
    now: copenhagenInstant(day.date, 0),
  });
  const seats = slots.flatMap((slot) => Array.from({ length: slot.seats }, () => slot.startsAt.getTime()));
  const bookings = Math.min(seats.length, Math.round(visits * bookedShare));
  const booked: Visit[] = [];
  for (let i = 0; i < bookings; i++) {
    const [startsAt] = seats.splice(Math.floor(random() * seats.length), 1) as [number];
    const fate = random();
    const lateness = random();
    const handlingMs = handling(random);
    const noShow = fate < 0.05;
    const late = !noShow && fate < 0.15;
    // Late within the grace: up to a second before its end; early: 0–15 minutes, to the second.
    const offsetMs = late ? Math.floor(lateness * (day.graceMinutes * 60 - 1)) * 1000 : -Math.floor(lateness * 15 * 60) * 1000;
    booked.push({ index: i, booked: true, startsAt, arrivesAt: noShow ? null : startsAt + offsetMs, lateWithinGrace: late, handlingMs });
  }
  return [...booked, ...walkIns(random, visits - bookings, day, bookings)];
}

/** The same number of visits, all walk-ins: the comparison day of the same load. */
export function walkInDay(seed: number, day: DayShape, visits: number): Visit[] {
  return walkIns(mulberry32(seed), visits, day, 0);
}

function weekdayOf(date: string): Weekday {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return (d === 0 ? 7 : d) as Weekday;
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export { MINUTE };
