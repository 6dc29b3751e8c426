/**
 * The days of `pnpm seed:history` as data, without a database: every location's counter sessions and tickets, day by
 * day, in the order the fixed-seed PRNG draws them. `seedHistory` writes exactly these; the estimate benchmark
 * (`pnpm bench:estimates`) replays them. The draws follow one sequence from the first day, so a later day can only
 * be had by drawing every day before it (about two seconds for three years).
 */
import {
  BOOKED_SHARE,
  bookingCapacity,
  bookingOffices,
  CANCELLED_SHARE,
  dayWeight,
  exponential,
  HISTORY_BOOKABLE,
  NO_SHOW_SHARE,
  HISTORY_LOCATIONS,
  HISTORY_STAFF,
  hourWeight,
  isHoliday,
  pickService,
  prng,
  spread,
  type HistoryLocation,
} from './history-model.ts';

const DAY_MS = 86_400_000;

export interface HistoryTicket {
  /** Set for a booked visit's ticket (its appointment points to it); null: the database gives one. */
  id: string | null;
  locationId: string;
  serviceId: string;
  prefix: string;
  /** Per prefix and day, in order of arrival. */
  number: number;
  day: string;
  source: 'kiosk' | 'counter' | 'appointment';
  state: 'done' | 'no_show' | 'cancelled';
  /** Epoch milliseconds. */
  arrived: number;
  called: number | null;
  finished: number;
  counterId: string | null;
  staffId: string | null;
}

/** A booked time: checked in (with its ticket), a no-show, or cancelled. */
export interface HistoryAppointment {
  id: string;
  locationId: string;
  serviceId: string;
  /** Epoch milliseconds. */
  startsAt: number;
  endsAt: number;
  seat: number;
  status: 'checked_in' | 'no_show' | 'cancelled';
  channel: 'public' | 'phone' | 'counter';
  ticketId: string | null;
  createdAt: number;
  checkedInAt: number | null;
  cancelledAt: number | null;
  noShowAt: number | null;
}

export interface HistorySession {
  locationId: string;
  counterId: string;
  staffId: string;
  startedAt: number;
  endedAt: number;
}

export interface HistoryDay {
  day: string;
  dayIndex: number;
  /** Every location open that day, with its sessions and its tickets in order of arrival. */
  locations: Array<{ location: HistoryLocation; sessions: HistorySession[]; tickets: HistoryTicket[]; appointments: HistoryAppointment[] }>;
}

export interface HistoryPeriod {
  seed: number;
  /** The last service day (inclusive). */
  lastDay: string;
  years: number;
  /** Tickets to aim for over the whole period. */
  tickets: number;
}

const offsetFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', hourCycle: 'h23' });
/** Copenhagen's offset from UTC in hours at noon that day (clocks change at night, outside opening hours). */
const offsetHours = (day: string) => Number(offsetFormatter.format(new Date(`${day}T12:00:00Z`))) - 12;
const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The service days of the period: from the day after `lastDay` minus `years` years, through `lastDay`. */
export function historyDayList(lastDay: string, years: number): string[] {
  const firstDay = `${Number(lastDay.slice(0, 4)) - years}${lastDay.slice(4)}`;
  const days: string[] = [];
  for (let ms = Date.parse(`${firstDay}T00:00:00Z`) + DAY_MS; ms <= Date.parse(`${lastDay}T00:00:00Z`); ms += DAY_MS) days.push(dayAt(ms));
  return days;
}

/** Per location, the scale that makes its weighted open days add up to its share of the target (tickets per weighted day). */
function locationScales(period: HistoryPeriod, days: readonly string[]): number[] {
  return HISTORY_LOCATIONS.map((l) => {
    const weight = days.reduce((sum, d) => sum + (!isHoliday(d) && l.hours[isoWeekday(d)] ? dayWeight(d, isoWeekday(d)) : 0), 0);
    return (period.tickets * l.share) / weight;
  });
}

/** The booking rules the history's appointments follow: seats per time, by `locationId|serviceId` (see bookingCapacity). */
export function historyBookingRules(period: HistoryPeriod): Map<string, { slotMinutes: number; capacity: number }> {
  const scale = locationScales(period, historyDayList(period.lastDay, period.years));
  const rules = new Map<string, { slotMinutes: number; capacity: number }>();
  for (const location of bookingOffices()) {
    const perDay = scale[HISTORY_LOCATIONS.indexOf(location)]!;
    for (const b of HISTORY_BOOKABLE) {
      rules.set(`${location.id}|${b.id}`, { slotMinutes: b.slotMinutes, capacity: bookingCapacity(perDay, location, b.slotMinutes, b.id) });
    }
  }
  return rules;
}

const historyUuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

/**
 * Turns about 60 % of the served visits of bookable errands into booked ones, in the bookings' own random stream (so
 * the walk-in draws stay the same): a time at or after the draw's arrival while it has a seat, arrival 2–12 minutes
 * before it, called a few minutes either side of it (now and then later), the handling unchanged; plus no-shows
 * (about 5 % of bookings) and a few cancellations at the same times.
 */
function bookVisits(
  tickets: HistoryTicket[],
  rules: Map<string, { slotMinutes: number; capacity: number }>,
  random: () => number,
  day: { opensAt: number; closesAt: number },
  next: () => number,
): HistoryAppointment[] {
  const appointments: HistoryAppointment[] = [];
  const held = new Map<string, number>();
  const takeSeat = (key: string, capacity: number) => {
    const taken = held.get(key) ?? 0;
    if (taken >= capacity) return null;
    held.set(key, taken + 1);
    return taken + 1;
  };
  const channel = (): HistoryAppointment['channel'] => {
    const r = random();
    return r < 0.75 ? 'public' : r < 0.95 ? 'phone' : 'counter';
  };
  for (const ticket of tickets) {
    const rule = rules.get(`${ticket.locationId}|${ticket.serviceId}`);
    if (!rule || ticket.state !== 'done' || random() >= BOOKED_SHARE) continue;
    const slotMs = rule.slotMinutes * 60_000;
    const startsAt = day.opensAt + Math.ceil((ticket.arrived - day.opensAt) / slotMs) * slotMs;
    const endsAt = startsAt + slotMs;
    if (endsAt > day.closesAt) continue;
    const key = `${ticket.serviceId}|${startsAt}`;
    const seat = takeSeat(key, rule.capacity);
    if (seat === null) continue;
    const handling = ticket.finished - ticket.called!;
    const deviation = ((random() + random() + random() - 1.5) * 4 + (random() < 0.1 ? exponential(random, 6) : 0)) * 60_000;
    const createdAt = startsAt - Math.round(Math.min(30, 0.1 + exponential(random, 6)) * 86_400_000);
    ticket.id = historyUuid('8010', next());
    ticket.source = 'appointment';
    ticket.arrived = startsAt - Math.round((2 + random() * 10) * 60_000);
    ticket.called = Math.max(ticket.arrived + 30_000, Math.round(startsAt + deviation));
    ticket.finished = ticket.called + handling;
    const base = { locationId: ticket.locationId, serviceId: ticket.serviceId, startsAt, endsAt, cancelledAt: null, noShowAt: null };
    appointments.push({
      ...base,
      id: historyUuid('8011', next()),
      seat,
      status: 'checked_in',
      channel: channel(),
      ticketId: ticket.id,
      createdAt,
      checkedInAt: ticket.arrived,
    });
    if (random() < NO_SHOW_SHARE / (1 - NO_SHOW_SHARE)) {
      // Someone else booked for this time, or the first later time with a seat left, and never came.
      let at = startsAt;
      let other = takeSeat(key, rule.capacity);
      while (other === null && at + 2 * slotMs <= day.closesAt) {
        at += slotMs;
        other = takeSeat(`${ticket.serviceId}|${at}`, rule.capacity);
      }
      if (other !== null) {
        appointments.push({
          ...base,
          startsAt: at,
          endsAt: at + slotMs,
          noShowAt: at + 10 * 60_000,
          id: historyUuid('8011', next()),
          seat: other,
          status: 'no_show',
          channel: channel(),
          ticketId: null,
          createdAt,
          checkedInAt: null,
        });
      }
    }
    if (random() < CANCELLED_SHARE) {
      // A cancelled booking holds no seat (the seat index covers live bookings only).
      appointments.push({
        ...base,
        id: historyUuid('8011', next()),
        seat: 1,
        status: 'cancelled',
        channel: channel(),
        ticketId: null,
        createdAt,
        checkedInAt: null,
        cancelledAt: Math.round((createdAt + startsAt) / 2),
      });
    }
  }
  return appointments;
}

/** Every service day of the period in order, holidays included (with no locations). */
export function* historyDays(period: HistoryPeriod): Generator<HistoryDay> {
  const days = historyDayList(period.lastDay, period.years);
  const scale = locationScales(period, days);
  const bookingRules = historyBookingRules(period);
  const random = prng(period.seed);
  // The bookings draw from their own stream, so adding them left every walk-in draw as it was.
  const bookingRandom = prng(period.seed ^ 0x5eedb00c);
  let serial = 0;
  const nextSerial = () => ++serial;
  for (const [dayIndex, day] of days.entries()) {
    const weekday = isoWeekday(day);
    if (isHoliday(day)) {
      yield { day, dayIndex, locations: [] };
      continue;
    }
    const offset = offsetHours(day) * 3_600_000;
    const midnight = Date.parse(`${day}T00:00:00Z`) - offset;
    const locations: HistoryDay['locations'] = [];
    for (const [l, location] of HISTORY_LOCATIONS.entries()) {
      const open = location.hours[weekday];
      if (!open) continue;
      const [opens, closes] = open;
      const dw = dayWeight(day, weekday);
      const count = Math.round(scale[l]! * dw * (0.85 + 0.3 * random()));
      const openHours = closes - opens;
      const staffed = Math.min(location.counters.length, Math.max(1, Math.ceil(count / (openHours * 5.5))));
      const desks = Array.from({ length: staffed }, (_, c) => {
        const staff = HISTORY_STAFF.filter((s) => s.locationId === location.id)[(dayIndex + c) % 8]!;
        return { counterId: location.counters[c]!, staffId: staff.id };
      });
      const sessions = desks.map((desk) => ({
        locationId: location.id,
        counterId: desk.counterId,
        staffId: desk.staffId,
        startedAt: midnight + opens * 3_600_000 - 5 * 60_000,
        endedAt: midnight + closes * 3_600_000 + 10 * 60_000,
      }));
      const hourWeights = Array.from({ length: openHours }, (_, h) => hourWeight(opens + h, opens, closes));
      const totalWeight = hourWeights.reduce((a, b) => a + b, 0);
      const tickets: HistoryTicket[] = [];
      for (let i = 0; i < count; i++) {
        let r = random() * totalWeight;
        let h = 0;
        while (h < openHours - 1 && (r -= hourWeights[h]!) > 0) h++;
        const arrived = midnight + (opens + h) * 3_600_000 + Math.floor(random() * 3_600_000);
        const service = pickService(random, Number(day.slice(5, 7)));
        const load = hourWeights[h]! * dw;
        const waitMs = exponential(random, Math.max(2, 3 + 9 * (load - 0.6))) * 60_000;
        const desk = desks[Math.floor(random() * desks.length)]!;
        const fate = random();
        const state = fate < 0.04 ? 'cancelled' : fate < 0.1 ? 'no_show' : 'done';
        const called = state === 'cancelled' ? null : arrived + Math.round(waitMs);
        const finished =
          state === 'cancelled'
            ? arrived + Math.round(waitMs * 0.7)
            : state === 'no_show'
              ? called! + 60_000 + Math.floor(random() * 120_000)
              : called! + Math.round(spread(random, service.minutes) * 60_000);
        tickets.push({
          id: null,
          locationId: location.id,
          serviceId: service.id,
          prefix: service.prefix,
          number: 0,
          day,
          source: random() < 0.92 ? 'kiosk' : 'counter',
          state,
          arrived,
          called,
          finished,
          counterId: called === null ? null : desk.counterId,
          staffId: called === null ? null : desk.staffId,
        });
      }
      const appointments = bookVisits(
        tickets,
        bookingRules,
        bookingRandom,
        { opensAt: midnight + opens * 3_600_000, closesAt: midnight + closes * 3_600_000 },
        nextSerial,
      );
      // Numbers per prefix in order of arrival, as the kiosk hands them out.
      tickets.sort((a, b) => a.arrived - b.arrived);
      const next = new Map<string, number>();
      for (const ticket of tickets) {
        ticket.number = (next.get(ticket.prefix) ?? 0) + 1;
        next.set(ticket.prefix, ticket.number);
      }
      locations.push({ location, sessions, tickets, appointments });
    }
    yield { day, dayIndex, locations };
  }
}
