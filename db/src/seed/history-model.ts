/**
 * The model behind `pnpm seed:history`: a large municipality's front desks over years, drawn from a fixed-seed
 * PRNG so every run writes the same tickets. Rhythms: opening hours per location, a Monday peak and a quiet Friday,
 * a morning rush and a lunch bump, a spring passport season, closed public holidays around Christmas and New Year.
 */
import { DEMO } from './demo.ts';
import { DEMO_QUEUE } from './demo-queue.ts';

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

export interface HistoryLocation {
  id: string;
  name: string;
  /** Only the two extra offices are created by the history seed; the others come from the demo data. */
  created?: { address: string };
  /** Share of the municipality's tickets. */
  share: number;
  counters: string[];
  /** ISO weekday → [opens, closes] in whole local hours. */
  hours: Partial<Record<number, [number, number]>>;
}

const S = DEMO_QUEUE.aarhusServices;

/** Service mix (shares of tickets), expected handling minutes, and the spring passport season. */
export const SERVICE_MIX = [
  { id: S.pas, prefix: 'P', share: 0.3, minutes: 12 },
  { id: S.koerekort, prefix: 'K', share: 0.16, minutes: 10 },
  { id: S.mitid, prefix: 'M', share: 0.2, minutes: 15 },
  { id: S.sundhedskort, prefix: 'S', share: 0.12, minutes: 6 },
  { id: S['digital-post'], prefix: 'D', share: 0.06, minutes: 10 },
  { id: S.selvbetjening, prefix: 'F', share: 0.04, minutes: 12 },
  { id: S.vejledning, prefix: 'V', share: 0.12, minutes: 8 },
] as const;

export const HISTORY_LOCATIONS: HistoryLocation[] = [
  {
    id: DEMO.aarhus.dokk1,
    name: 'Borgerservice Dokk1',
    share: 0.5,
    counters: DEMO_QUEUE.dokk1Counters,
    hours: { 1: [10, 17], 2: [10, 17], 3: [10, 17], 4: [10, 18], 5: [10, 14], 6: [10, 14] },
  },
  {
    id: uuid('8001', 4),
    name: 'Borgerservice Viby',
    created: { address: 'Skanderborgvej 170, 8260 Viby J' },
    share: 0.22,
    counters: [31, 32, 33, 34].map((n) => uuid('8004', n)),
    hours: { 1: [10, 17], 2: [10, 17], 3: [10, 17], 4: [10, 18], 5: [10, 14] },
  },
  {
    id: uuid('8001', 5),
    name: 'Borgerservice Tilst',
    created: { address: 'Tilst Bibliotek, Tilst Skolevej 2, 8381 Tilst' },
    share: 0.12,
    counters: [41, 42, 43].map((n) => uuid('8004', n)),
    hours: { 1: [10, 16], 2: [10, 16], 3: [10, 16], 4: [10, 17], 5: [10, 14] },
  },
  {
    id: DEMO.aarhus.lystrup,
    name: 'Borgerservice Lystrup',
    share: 0.11,
    counters: DEMO_QUEUE.lystrupCounters,
    hours: { 1: [10, 14], 3: [10, 14], 4: [10, 14] },
  },
  { id: DEMO.aarhus.bus, name: 'Borgerservicebussen', share: 0.05, counters: DEMO_QUEUE.busCounters, hours: { 2: [9, 12], 4: [13, 16] } },
];

/** History staff (no password: they cannot sign in), eight per location. */
export const HISTORY_STAFF = HISTORY_LOCATIONS.flatMap((location, l) =>
  Array.from({ length: 8 }, (_, i) => ({
    id: uuid('8006', l * 10 + i + 1),
    username: `historik-${l + 1}-${i + 1}`,
    locationId: location.id,
  })),
);

/** Relative arrivals by weekday (Monday busiest) and by month (spring passport season, quiet July and December). */
const WEEKDAY_WEIGHT: Record<number, number> = { 1: 1.3, 2: 1.05, 3: 1.0, 4: 1.1, 5: 0.75, 6: 0.5 };
const MONTH_WEIGHT = [0.9, 0.95, 1.1, 1.2, 1.25, 1.2, 0.7, 0.95, 1.0, 1.0, 0.95, 0.75];

/** Closed: 24 Dec to 1 Jan, 1 May is open, Grundlovsdag (5 June) closed. Enough for the rhythm; not a full calendar. */
export function isHoliday(day: string): boolean {
  const md = day.slice(5);
  return md >= '12-24' || md === '01-01' || md === '06-05';
}

/** Within-day shape: a rush in the first hour, a lunch bump, a tail before closing. */
export function hourWeight(hour: number, opens: number, closes: number): number {
  const fromOpen = hour - opens;
  if (fromOpen === 0) return 1.6;
  if (hour === 12) return 1.3;
  if (hour === closes - 1) return 0.7;
  return fromOpen === 1 ? 1.3 : 1.0;
}

export function dayWeight(day: string, weekday: number): number {
  return (WEEKDAY_WEIGHT[weekday] ?? 0) * MONTH_WEIGHT[Number(day.slice(5, 7)) - 1]!;
}

/** A draw from the service mix, with passports 40 % more likely in March–June. */
export function pickService(random: () => number, month: number) {
  const season = month >= 3 && month <= 6 ? 1.4 : 1;
  const weights = SERVICE_MIX.map((s) => s.share * (s.id === S.pas ? season : 1));
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < SERVICE_MIX.length; i++) {
    r -= weights[i]!;
    if (r <= 0) return SERVICE_MIX[i]!;
  }
  return SERVICE_MIX[SERVICE_MIX.length - 1]!;
}

/** Exponential with the given mean (waits), and a log-normal-ish spread around a mean (handling). */
export const exponential = (random: () => number, mean: number) => -Math.log(1 - random()) * mean;
export const spread = (random: () => number, mean: number) => mean * Math.exp((random() + random() + random() - 1.5) * 0.6);

/**
 * Tidsbestilling in the history: the errands citizens book (slot lengths as the demo's rules), at every office (not
 * the bus). About 60 % of these visits are booked; a booked time is given only while the time has a seat left, so at
 * the peaks the rest come as walk-ins, as they would.
 */
export const HISTORY_BOOKABLE = [
  { id: S.pas, slotMinutes: 15 },
  { id: S.koerekort, slotMinutes: 15 },
  { id: S.mitid, slotMinutes: 20 },
] as const;
/** Share of served visits of a bookable errand that came with a booked time (served visits are 90 % of tickets). */
export const BOOKED_SHARE = 0.76;
export const NO_SHOW_SHARE = 0.05;
export const CANCELLED_SHARE = 0.03;

export const bookingOffices = () => HISTORY_LOCATIONS.filter((l) => l.id !== DEMO.aarhus.bus);

/**
 * Seats per time for a bookable errand at an office, sized from the history's volume: the booked visits of an
 * average hour, times 1.8 for the morning rush, so a normal day leaves times free and a peak fills them.
 * `ticketsPerWeightedDay` is what a day of weight 1 brings at the location.
 */
export function bookingCapacity(ticketsPerWeightedDay: number, location: HistoryLocation, slotMinutes: number, serviceId: string): number {
  const days = Object.values(location.hours);
  const meanHours = days.reduce((sum, h) => sum + (h![1] - h![0]), 0) / Math.max(1, days.length);
  const share = SERVICE_MIX.find((s) => s.id === serviceId)?.share ?? 0;
  const perSlot = ((ticketsPerWeightedDay / meanHours) * share * 0.9 * BOOKED_SHARE * slotMinutes) / 60;
  return Math.min(50, Math.max(1, Math.ceil(perSlot * 1.8)));
}
