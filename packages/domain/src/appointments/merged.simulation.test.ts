import { describe, expect, it } from 'vitest';
import {
  callKey,
  clampHeadStart,
  compareForCalling,
  DEFAULT_FAIRNESS_BOUND_MINUTES,
  orderForCalling,
  type QueueCandidate,
} from '../queue/ordering.ts';
import { appointmentCallKey, appointmentEntersQueueAt, classifyArrival, idleCallableFrom } from './arrival.ts';
import { appointmentSlots } from './slots.ts';
import { punctualitySummary } from './statistics.ts';

// A day at a desk that takes booked visits and walk-ins, simulated event by event (modelled on
// queue/ordering.simulation.test.ts). 8 opening hours, 09:00–17:00 on Tuesday 8 December 2026; handling times
// uniform in 3–15 minutes (mean 9). `load` is the visits relative to what the counters can handle; 60 % of the
// expected visits are booked on 15-minute times with capacity = counters (at load 0.9 that fills 90 % of the
// seats, drawn at random over the day); 5 % of the booked do not come, 10 % check in late within the 5-minute
// grace, the rest 0–15 minutes early. The rest are Poisson walk-ins. An appointment enters the call order at
// max(check-in, booked time) with head start hA = H; a counter with nobody in the call order may call a checked-in
// appointment up to 3 minutes before its time (idleCallableFrom). Arrivals stop at closing and the queue is
// drained. Figures quoted in docs/queue-rules.md come from the pinned test at the end.

const MINUTE = 60_000;
const H = DEFAULT_FAIRNESS_BOUND_MINUTES;
const HEAD_START = clampHeadStart(H, H);
const GRACE_MINUTES = 5;
const SLOT_MINUTES = 15;
const OPEN_MINUTES = 8 * 60;
const MEAN_HANDLING_MINUTES = 9;
const BOOKED_SHARE = 0.6;
const TUESDAY = new Date('2026-12-08T08:00:00Z'); // 09:00 local
const DAY_START = TUESDAY.getTime();

interface SimTicket extends QueueCandidate {
  booked: boolean;
  /** Booked time, or null for a walk-in. */
  startsAt: number | null;
  /** Kiosk check-in (a walk-in: its arrival). */
  checkedInAt: number;
  /** From when an idle counter may call it early (never for a walk-in). */
  idleFrom: number;
  handlingMs: number;
}

interface Call {
  ticket: SimTicket;
  startedAt: number;
  /** Called by an idle counter before it entered the call order. */
  early: boolean;
}

/** mulberry32: small, fast, good enough for a test and identical on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The day's seats from the real slot rule; `staggered` spreads a time's seats over its 15 minutes (not a rule today). */
function seatStarts(counters: number, staggered: boolean): number[] {
  const slots = appointmentSlots({
    hours: [{ weekday: 2, opens: '09:00', closes: '17:00' }],
    rule: { slotMinutes: SLOT_MINUTES, capacity: counters, acuteSeats: 0, cutoffMinutes: 0, horizonDays: 30 },
    closed: [],
    from: TUESDAY,
    days: 1,
    now: new Date('2026-12-01T08:00:00Z'),
  });
  return slots.flatMap((slot) =>
    Array.from(
      { length: slot.seats },
      (_, seat) => slot.startsAt.getTime() + (staggered ? Math.round((seat * SLOT_MINUTES * MINUTE) / counters) : 0),
    ),
  );
}

function scenario(seed: number, counters: number, load: number, options: { bookedShare?: number; staggered?: boolean } = {}): SimTicket[] {
  const { bookedShare = BOOKED_SHARE, staggered = false } = options;
  const random = mulberry32(seed);
  const visitsPerMinute = (load * counters) / MEAN_HANDLING_MINUTES;
  const handling = () => Math.round((3 + random() * 12) * MINUTE);
  const tickets: SimTicket[] = [];
  if (bookedShare < 1) {
    for (let minute = 0; ;) {
      minute += -Math.log(1 - random()) / (visitsPerMinute * (1 - bookedShare));
      if (minute >= OPEN_MINUTES) break;
      const at = DAY_START + Math.round(minute * MINUTE);
      const id = `w${String(tickets.length).padStart(4, '0')}`;
      tickets.push({
        id,
        arrivedAt: new Date(at),
        headStartMinutes: 0,
        booked: false,
        startsAt: null,
        checkedInAt: at,
        idleFrom: Infinity,
        handlingMs: handling(),
      });
    }
  }
  const seats = seatStarts(counters, staggered);
  const bookings = Math.min(seats.length, Math.round(visitsPerMinute * bookedShare * OPEN_MINUTES));
  for (let i = 0; i < bookings; i++) {
    const [startsAt] = seats.splice(Math.floor(random() * seats.length), 1) as [number];
    const fate = random();
    const handlingMs = handling();
    const lateness = random();
    if (fate < 0.05) continue; // a no-show: never checks in
    const checkedInAt = startsAt + Math.round((fate < 0.15 ? lateness * GRACE_MINUTES : -lateness * 15) * MINUTE);
    const kind = classifyArrival({
      startsAt: new Date(startsAt),
      now: new Date(checkedInAt),
      graceMinutes: GRACE_MINUTES,
      latePolicy: 'walk_in',
    });
    if (kind !== 'early' && kind !== 'on_time') throw new Error(`unexpected arrival ${kind}`);
    tickets.push({
      id: `b${String(i).padStart(4, '0')}`,
      arrivedAt: appointmentEntersQueueAt(new Date(startsAt), new Date(checkedInAt)),
      headStartMinutes: HEAD_START,
      booked: true,
      startsAt,
      checkedInAt,
      idleFrom: idleCallableFrom(new Date(startsAt), new Date(checkedInAt)).getTime(),
      handlingMs,
    });
  }
  return tickets;
}

const entry = (t: SimTicket) => t.arrivedAt.getTime();

function simulate(tickets: readonly SimTicket[], counters: number): Call[] {
  const pending = [...tickets].sort((a, b) => entry(a) - entry(b)); // not yet in the call order
  const waiting: SimTicket[] = [];
  const freeAt: number[] = Array.from({ length: counters }, () => DAY_START);
  const calls: Call[] = [];
  while (calls.length < tickets.length) {
    const counter = freeAt.indexOf(Math.min(...freeAt));
    const now = freeAt[counter] as number;
    while (pending[0] && entry(pending[0]) <= now) waiting.push(pending.shift() as SimTicket);
    let chosen = orderForCalling(waiting)[0];
    let early = false;
    if (chosen) waiting.splice(waiting.indexOf(chosen), 1);
    else {
      // Nobody in the call order: the counter may call a checked-in appointment within its early-call window.
      chosen = orderForCalling(pending.filter((t) => t.idleFrom <= now))[0];
      if (chosen) pending.splice(pending.indexOf(chosen), 1);
      early = chosen !== undefined;
    }
    if (!chosen) {
      freeAt[counter] = Math.min(...pending.map((t) => Math.min(entry(t), t.idleFrom))); // idle until someone can be called
      continue;
    }
    calls.push({ ticket: chosen, startedAt: now, early });
    freeAt[counter] = now + chosen.handlingMs;
  }
  return calls;
}

const waitMinutes = (call: Call) => (call.startedAt - entry(call.ticket)) / MINUTE;
const deviations = (calls: readonly Call[]) =>
  calls.filter((c) => c.ticket.booked).map((c) => (c.startedAt - (c.ticket.startsAt as number)) / MINUTE);
const walkInWaits = (calls: readonly Call[]) => calls.filter((c) => !c.ticket.booked).map(waitMinutes);

/** Largest lead, in minutes, that a ticket called earlier had in entering the call order over one called later. */
function largestPass(calls: readonly Call[]): number {
  let latestEntry = -Infinity;
  let largest = 0;
  for (const call of calls) {
    largest = Math.max(largest, (latestEntry - entry(call.ticket)) / MINUTE);
    latestEntry = Math.max(latestEntry, entry(call.ticket));
  }
  return largest;
}

/** Claim 2's bound, with the entry into the call order as the arrival (see ordering.simulation.test.ts). */
function waitBoundMinutes(call: Call, calls: readonly Call[], counters: number, longestHandlingMs: number): number {
  const entered = entry(call.ticket);
  const workAhead = calls
    .filter((c) => c.startedAt >= entered && compareForCalling(c.ticket, call.ticket) < 0)
    .reduce((sum, c) => sum + c.ticket.handlingMs, 0);
  return (longestHandlingMs + workAhead / counters) / MINUTE;
}

const memo = new Map<string, { tickets: SimTicket[]; calls: Call[] }>();
function day(seed: number, counters: number, load: number, options: { bookedShare?: number; staggered?: boolean } = {}) {
  const key = JSON.stringify([seed, counters, load, options]);
  let result = memo.get(key);
  if (!result) {
    const tickets = scenario(seed, counters, load, options);
    result = { tickets, calls: simulate(tickets, counters) };
    memo.set(key, result);
  }
  return result;
}

const SEEDS = [1, 7, 42, 2025, 31337];
const days = SEEDS.flatMap((seed) => [2, 4, 10, 26].flatMap((counters) => [0.8, 0.9, 1.2].map((load) => [seed, counters, load] as const)));

describe('merged call order (appointments and walk-ins) over a simulated day', () => {
  it.each(days)('seed %i, %i counters, load %s: every ticket is called exactly once, never before check-in', (seed, counters, load) => {
    const { tickets, calls } = day(seed, counters, load);
    expect(tickets.filter((t) => t.booked).length).toBeGreaterThan(10);
    const ids = calls.map((c) => c.ticket.id).sort();
    expect(ids).toEqual(tickets.map((t) => t.id).sort());
    for (const call of calls) {
      expect(call.startedAt).toBeGreaterThanOrEqual(call.ticket.checkedInAt);
      // Only an idle counter calls before the entry, and at most 3 minutes before the booked time.
      if (call.early) expect(call.startedAt).toBeGreaterThanOrEqual(call.ticket.idleFrom);
      else expect(call.startedAt).toBeGreaterThanOrEqual(entry(call.ticket));
    }
  });

  it.each(days)('seed %i, %i counters, load %s: nobody is passed by a ticket entering H minutes later', (seed, counters, load) => {
    expect(largestPass(day(seed, counters, load).calls)).toBeLessThan(H);
  });

  it.each(days)('seed %i, %i counters, load %s: every wait stays within Claim 2’s bound', (seed, counters, load) => {
    const { tickets, calls } = day(seed, counters, load);
    const longest = Math.max(...tickets.map((t) => t.handlingMs));
    for (const call of calls) {
      expect(waitMinutes(call)).toBeLessThanOrEqual(waitBoundMinutes(call, calls, counters, longest) + 1e-9);
    }
  });

  it('the call key is the domain’s appointmentCallKey', () => {
    for (const t of day(1, 4, 0.9).tickets.filter((x) => x.booked)) {
      const key = appointmentCallKey(new Date(t.startsAt as number), new Date(t.checkedInAt), H, H);
      expect(key).toEqual(callKey(t.arrivedAt, t.headStartMinutes));
    }
  });
});

describe('punctuality of booked visits (called minus booked time)', () => {
  // Pooled over the five seeds: where the target holds. A day of 1,400 visits (issue 12) is a desk of about 26
  // counters. Smaller desks miss it at higher loads (pinned figures below, docs/queue-rules.md): capacity = counters
  // puts several citizens on the same minute, and that many counters must come free at once.
  it.each([
    [4, 0.7],
    [10, 0.7],
    [10, 0.8],
    [26, 0.7],
    [26, 0.8],
    [26, 0.9],
  ])('%i counters, load %s: 9 in 10 are called within ±5 minutes of their time', (counters, load) => {
    const pooled = SEEDS.flatMap((seed) => deviations(day(seed, counters, load).calls));
    expect(punctualitySummary(pooled).p90Absolute).toBeLessThanOrEqual(5);
  });
});

describe('pinned figures for docs/queue-rules.md (10 seeds, load 0.9)', { timeout: 120_000 }, () => {
  const oneDecimal = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
  const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  function figures(counters: number) {
    const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
    const merged = seeds.map((seed) => day(seed, counters, 0.9).calls);
    const walkInOnly = seeds.map((seed) => day(seed, counters, 0.9, { bookedShare: 0 }).calls);
    const staggered = seeds.map((seed) => day(seed, counters, 0.9, { staggered: true }).calls);
    const worst = (calls: Call[]) => Math.max(...walkInWaits(calls));
    return {
      visits: Math.round(seeds.reduce((sum, _, i) => sum + (merged[i] as Call[]).length, 0) / seeds.length),
      p90Punctuality: oneDecimal(punctualitySummary(merged.flatMap(deviations)).p90Absolute),
      medianPunctuality: oneDecimal(punctualitySummary(merged.flatMap(deviations)).median),
      p90PunctualityStaggered: oneDecimal(punctualitySummary(staggered.flatMap(deviations)).p90Absolute),
      worstWalkInWait: oneDecimal(medianOf(merged.map(worst))),
      worstWalkInWaitWalkInOnly: oneDecimal(medianOf(walkInOnly.map(worst))),
    };
  }

  // p90Punctuality: of |called − booked time|, all booked visits of the 10 days pooled; worstWalkInWait: the day's
  // longest walk-in wait, median day; walk-in only: the same load as Poisson walk-ins alone; staggered: the seats of
  // a time spread over its 15 minutes (4 counters: 09:00, 09:03:45, 09:07:30, 09:11:15), not a rule today.
  it.each([
    [
      2,
      {
        visits: 94,
        p90Punctuality: 20.9,
        medianPunctuality: 3,
        p90PunctualityStaggered: 21.3,
        worstWalkInWait: 30.6,
        worstWalkInWaitWalkInOnly: 53.4,
      },
    ],
    [
      4,
      {
        visits: 188,
        p90Punctuality: 7.1,
        medianPunctuality: 0.7,
        p90PunctualityStaggered: 5.3,
        worstWalkInWait: 22.7,
        worstWalkInWaitWalkInOnly: 26.9,
      },
    ],
    [
      10,
      {
        visits: 466,
        p90Punctuality: 4.5,
        medianPunctuality: -1.2,
        p90PunctualityStaggered: 3,
        worstWalkInWait: 10.3,
        worstWalkInWaitWalkInOnly: 13,
      },
    ],
    [
      26,
      {
        visits: 1216,
        p90Punctuality: 3,
        medianPunctuality: -2.9,
        p90PunctualityStaggered: 3,
        worstWalkInWait: 7.2,
        worstWalkInWaitWalkInOnly: 5.6,
      },
    ],
  ])('%i counters', (counters, expected) => {
    expect(figures(counters)).toEqual(expected);
  });
});
