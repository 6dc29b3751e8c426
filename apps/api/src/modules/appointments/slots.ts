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
  const [hours, blocks, taken] = await Promise.all([
    repo.openingHours(args.locationId, tx),
    repo.blocks(args.locationId, args.serviceId, from, to, tx),
    args.withTaken === false ? Promise.resolve([]) : repo.liveSeats(args.locationId, args.serviceId, from, to, tx),
  ]);
  const held = new Map<number, Set<number>>();
  for (const t of taken) held.set(t.startsAt.getTime(), new Set(t.seats));
  const slots = appointmentSlots({
    hours,
    rule,
    closed: blocks,
    closedDates: holidayDates(args.fromDate, lastDate),
    from,
    days: args.days,
    now: args.now,
  });
  const result: FreeSlot[] = [];
  for (const slot of slots) {
    // appointmentSlots has applied bookableSeatNumbers' rule (cut-off, horizon, akuttider): the booker may take seats
    // 1..slot.seats. Not calling it again per time keeps a month's list cheap (it reads the Copenhagen date each call).
    const seats = held.get(slot.startsAt.getTime());
    const freeSeats: number[] = [];
    for (let n = 1; n <= slot.seats; n++) if (!seats?.has(n)) freeSeats.push(n);
    if (freeSeats.length > 0)
      result.push({ startsAt: slot.startsAt, endsAt: slot.endsAt, freeSeats, ...(slot.place ? { place: slot.place } : {}) });
  }
  return result;
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
