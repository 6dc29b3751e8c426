import type { DbOrTx } from '@skranke/db';
import {
  addLocalDays,
  appointmentSlots,
  copenhagenInstant,
  danishPublicHolidays,
  serviceDay,
  type AppointmentRule as DomainRule,
} from '@skranke/domain';
import type { AppointmentRuleRow, AppointmentsRepository } from './appointments.repository.ts';

/** A bookable time with the seats still free for the asking booker (lowest first: the order seats are taken in). */
export interface FreeSlot {
  startsAt: Date;
  endsAt: Date;
  freeSeats: number[];
  /**
   * When the place's counter schedule limits this time: the counter seats still free, lowest first (every errand at
   * the place shares them; one per booking). Absent: no schedule, no limit beyond the rule.
   */
  counterSeats?: number[];
  /** The counters the schedule gives bookings at this time (with counterSeats). */
  counters?: number;
  /** A mobile Borgerservice's stop at this time (from its timetable), when the opening interval names one. */
  place?: string;
}

export const domainRule = (row: AppointmentRuleRow): DomainRule => ({
  slotMinutes: row.slotMinutes,
  capacity: row.capacity,
  acuteSeats: row.acuteSeats,
  cutoffMinutes: row.cutoffMinutes,
  horizonDays: row.horizonDays,
});

/** Public holidays (and the days closed by custom) of the years a range touches, as local dates. */
function holidayDates(firstDate: string, lastDate: string): string[] {
  const years = new Set([Number(firstDate.slice(0, 4)), Number(lastDate.slice(0, 4))]);
  return [...years].flatMap((year) => danishPublicHolidays(year).map((h) => h.date));
}

/**
 * The times of a service at a location for `days` local dates from `fromDate`, as a booker at `now` sees them:
 * the pure rule (opening hours, slot length, cut-off, horizon, akuttider, blocked periods, public holidays) minus
 * the seats live bookings hold. `withTaken: false` leaves bookings out (is this a time at all?).
 */
export async function freeSlots(
  repo: AppointmentsRepository,
  tx: DbOrTx,
  args: { locationId: string; serviceId: string; rule: AppointmentRuleRow; fromDate: string; days: number; now: Date; withTaken?: boolean },
): Promise<FreeSlot[]> {
  const rule = domainRule(args.rule);
  const lastDate = addLocalDays(args.fromDate, args.days);
  const from = copenhagenInstant(args.fromDate, 0);
  const to = copenhagenInstant(lastDate, 0);
  const withTaken = args.withTaken !== false;
  const [hours, blocks, taken, schedule] = await Promise.all([
    repo.openingHours(args.locationId, tx),
    repo.blocks(args.locationId, args.serviceId, from, to, tx),
    withTaken ? repo.liveSeats(args.locationId, args.serviceId, from, to, tx) : Promise.resolve([]),
    repo.counterSchedule(args.locationId, args.fromDate, lastDate, tx),
  ]);
  const held = new Map<number, Set<number>>();
  for (const t of taken) held.set(t.startsAt.getTime(), new Set(t.seats));
  const slots = appointmentSlots({
    hours,
    rule,
    closed: blocks,
    closedDates: holidayDates(args.fromDate, lastDate),
    schedule,
    from,
    days: args.days,
    now: args.now,
  });
  // The counters a schedule gives a time are shared by the place's errands: read what every errand's bookings hold.
  const counterUse = new Map<number, { seats: Set<number>; unseated: number }>();
  if (withTaken && slots.some((s) => s.counters !== undefined)) {
    for (const t of await repo.liveCounterSeats(args.locationId, from, to, tx))
      counterUse.set(t.startsAt.getTime(), { seats: new Set(t.seats), unseated: t.unseated });
  }
  const result: FreeSlot[] = [];
  for (const slot of slots) {
    // appointmentSlots has applied bookableSeatNumbers' rule (cut-off, horizon, akuttider): the booker may take seats
    // 1..slot.seats. Not calling it again per time keeps a month's list cheap (it reads the Copenhagen date each call).
    const seats = held.get(slot.startsAt.getTime());
    const freeSeats: number[] = [];
    for (let n = 1; n <= slot.seats; n++) if (!seats?.has(n)) freeSeats.push(n);
    const counterSeats = slot.counters === undefined ? undefined : freeCounterSeats(slot.counters, counterUse.get(slot.startsAt.getTime()));
    if (freeSeats.length > 0 && (!counterSeats || counterSeats.length > 0))
      result.push({
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        freeSeats,
        ...(counterSeats ? { counterSeats, counters: slot.counters } : {}),
        ...(slot.place ? { place: slot.place } : {}),
      });
  }
  return result;
}

/**
 * The counter seats a booking may take at a scheduled time: 1..counters less one per booking that holds no seat
 * (made before a schedule applied), without those live bookings hold. Numbers above that are never taken, so the
 * unique index `appointments_counter_seat_key` keeps the time's bookings within the counters under any concurrency.
 */
export function freeCounterSeats(counters: number, use: { seats: ReadonlySet<number>; unseated: number } | undefined): number[] {
  const free: number[] = [];
  for (let n = 1; n <= counters - (use?.unseated ?? 0); n++) if (!use?.seats.has(n)) free.push(n);
  return free;
}

/** The first free time from `now` on, within the rule's horizon (null: fully booked). */
export async function nextFreeSlot(
  repo: AppointmentsRepository,
  tx: DbOrTx,
  args: { locationId: string; serviceId: string; rule: AppointmentRuleRow; now: Date; after?: Date },
): Promise<FreeSlot | null> {
  const today = serviceDay(args.now);
  const total = args.rule.horizonDays + 1;
  // The first week alone (a desk with free times soon answers quickly), then the rest of the horizon in one read.
  for (const [offset, days] of [
    [0, Math.min(7, total)],
    [7, total - 7],
  ] as const) {
    if (days <= 0) break;
    const slots = await freeSlots(repo, tx, { ...args, fromDate: addLocalDays(today, offset), days });
    const found = slots.find((s) => !args.after || s.startsAt.getTime() > args.after.getTime());
    if (found) return found;
  }
  return null;
}
