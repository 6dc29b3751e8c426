/**
 * The days of `pnpm seed:history` as data, without a database: every location's counter sessions and tickets, day by
 * day, in the order the fixed-seed PRNG draws them. `seedHistory` writes exactly these; the estimate benchmark
 * (`pnpm bench:estimates`) replays them. The draws follow one sequence from the first day, so a later day can only
 * be had by drawing every day before it (about two seconds for three years).
 */
import {
  dayWeight,
  exponential,
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
  locationId: string;
  serviceId: string;
  prefix: string;
  /** Per prefix and day, in order of arrival. */
  number: number;
  day: string;
  source: 'kiosk' | 'counter';
  state: 'done' | 'no_show' | 'cancelled';
  /** Epoch milliseconds. */
  arrived: number;
  called: number | null;
  finished: number;
  counterId: string | null;
  staffId: string | null;
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
  locations: Array<{ location: HistoryLocation; sessions: HistorySession[]; tickets: HistoryTicket[] }>;
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

/** Every service day of the period in order, holidays included (with no locations). */
export function* historyDays(period: HistoryPeriod): Generator<HistoryDay> {
  const days = historyDayList(period.lastDay, period.years);
  // Per location, the scale that makes its weighted open days add up to its share of the target.
  const scale = HISTORY_LOCATIONS.map((l) => {
    const weight = days.reduce((sum, d) => sum + (!isHoliday(d) && l.hours[isoWeekday(d)] ? dayWeight(d, isoWeekday(d)) : 0), 0);
    return (period.tickets * l.share) / weight;
  });
  const random = prng(period.seed);
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
      // Numbers per prefix in order of arrival, as the kiosk hands them out.
      tickets.sort((a, b) => a.arrived - b.arrived);
      const next = new Map<string, number>();
      for (const ticket of tickets) {
        ticket.number = (next.get(ticket.prefix) ?? 0) + 1;
        next.set(ticket.prefix, ticket.number);
      }
      locations.push({ location, sessions, tickets });
    }
    yield { day, dayIndex, locations };
  }
}
