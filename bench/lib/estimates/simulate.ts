/**
 * A seeded day at one location, played event by event through the real call order: each counter, when free, calls
 * the first waiting ticket of its work profile in `compareForCalling` order (what call-next does). Every ticket gets
 * both estimates when it is issued and its real wait when it is called. Arrivals, service mix and handling times
 * follow the history generator's model (hour shape, SERVICE_MIX, log-normal-ish spread around each service's minutes).
 */
import { compareForCalling, type EstimateCounter, type EstimateTicket } from '../../../packages/domain/src/index.ts';
import { hourWeight, pickService, prng, SERVICE_MIX, spread } from '../../../db/src/seed/history-model.ts';
import { observe, Samples, type Observation } from './observe.ts';

const MINUTE = 60_000;

export interface SimCounter {
  counterId: string;
  serviceIds: string[];
}

export interface DayScenario {
  name: string;
  counters: SimCounter[];
  /** Arrivals relative to what the counters can handle over the day (the morning rush goes above it). */
  load: number;
  /** Share of tickets in a priority class (head start 10 or 15 minutes, as the demo classes). */
  priorityShare: number;
  opens: number;
  closes: number;
}

interface SimTicket extends EstimateTicket {
  handlingMs: number;
  fate: 'done' | 'no_show' | 'cancelled';
  /** A citizen who gives up leaves at this moment if not called by then. */
  leavesAt: number;
  observation: Observation;
}

export const EXPECTED_MINUTES = new Map<string, number>(SERVICE_MIX.map((s) => [s.id, s.minutes]));
const MEAN_MINUTES = SERVICE_MIX.reduce((sum, s) => sum + s.share * s.minutes, 0) / SERVICE_MIX.reduce((sum, s) => sum + s.share, 0);

export type Arrival = Omit<SimTicket, 'observation'>;

function arrivals(scenario: DayScenario, seed: number, dayStart: number): Arrival[] {
  const random = prng(seed);
  const hours = scenario.closes - scenario.opens;
  const weights = Array.from({ length: hours }, (_, h) => hourWeight(scenario.opens + h, scenario.opens, scenario.closes));
  const meanWeight = weights.reduce((a, b) => a + b, 0) / hours;
  const perMinute = (scenario.load * scenario.counters.length) / MEAN_MINUTES;
  const tickets: Arrival[] = [];
  for (let h = 0; h < hours; h++) {
    const rate = (perMinute * weights[h]!) / meanWeight;
    for (let minute = 0; ;) {
      minute += -Math.log(1 - random()) / rate;
      if (minute >= 60) break;
      const service = pickService(random, 9);
      const arrivedAt = new Date(dayStart + ((scenario.opens + h) * 60 + minute) * MINUTE);
      const priority = random() < scenario.priorityShare;
      const fate = random();
      tickets.push({
        id: `t${String(tickets.length).padStart(4, '0')}`,
        serviceId: service.id,
        targetCounterId: null,
        arrivedAt,
        headStartMinutes: priority ? (random() < 0.5 ? 10 : 15) : 0,
        handlingMs: spread(random, service.minutes) * MINUTE,
        fate: fate < 0.04 ? 'cancelled' : fate < 0.1 ? 'no_show' : 'done',
        leavesAt: arrivedAt.getTime() + (15 + random() * 45) * MINUTE,
      });
    }
  }
  return tickets;
}

interface CounterState extends SimCounter {
  busyUntil: number | null;
  current: (EstimateCounter['current'] & { done: boolean; handlingMs: number }) | null;
}

/**
 * One simulated day; returns an observation per ticket (cancelled ones without a real wait). `given` replaces the
 * drawn arrivals (the history replay's tickets, in order of arrival).
 */
export function simulateDay(scenario: DayScenario, seed: number, samples = new Samples(), given?: Arrival[]): Observation[] {
  const dayStart = Date.UTC(2026, 4, 4 + (seed % 20), -2); // local midnight in summer time; only differences matter
  const random = prng(seed ^ 0x9e3779b9);
  const incoming = given ?? arrivals(scenario, seed, dayStart);
  const counters: CounterState[] = scenario.counters.map((c) => ({ ...c, busyUntil: null, current: null }));
  let waiting: SimTicket[] = [];
  const observations: Observation[] = [];

  const callNext = (counter: CounterState, now: number) => {
    waiting = waiting.filter((t) => t.leavesAt > now); // who gave up is gone
    const index = waiting.findIndex((t) => counter.serviceIds.includes(t.serviceId));
    if (index < 0) return;
    const [ticket] = waiting.splice(index, 1) as [SimTicket];
    ticket.observation.realWait = (now - ticket.arrivedAt.getTime()) / MINUTE;
    const busyMs = ticket.fate === 'no_show' ? (1 + random() * 2) * MINUTE : ticket.handlingMs;
    counter.busyUntil = now + busyMs;
    counter.current = { serviceId: ticket.serviceId, since: new Date(now), done: ticket.fate === 'done', handlingMs: ticket.handlingMs };
  };

  let next = 0;
  for (;;) {
    const busy = counters
      .filter((c) => c.busyUntil !== null)
      .sort((a, b) => a.busyUntil! - b.busyUntil! || (a.counterId < b.counterId ? -1 : 1));
    const nextArrival = next < incoming.length ? incoming[next]!.arrivedAt.getTime() : Infinity;
    const first = busy[0];
    if (first && first.busyUntil! <= nextArrival) {
      const now = first.busyUntil!;
      if (first.current?.done) samples.add(first.current.serviceId, first.current.handlingMs / MINUTE);
      first.busyUntil = null;
      first.current = null;
      callNext(first, now);
    } else if (next < incoming.length) {
      const now = nextArrival;
      const fresh = incoming[next++]!;
      waiting = waiting.filter((t) => t.leavesAt > now);
      const observation = observe({
        scenario: scenario.name,
        ticket: fresh,
        waiting,
        counters: counters.map((c) => ({ counterId: c.counterId, serviceIds: c.serviceIds, current: c.current })),
        samples,
        expectedMinutes: EXPECTED_MINUTES,
        now: new Date(now),
      });
      observations.push(observation);
      const ticket: SimTicket = { ...fresh, leavesAt: fresh.fate === 'cancelled' ? fresh.leavesAt : Infinity, observation };
      const at = waiting.findIndex((t) => compareForCalling(ticket, t) < 0);
      waiting.splice(at < 0 ? waiting.length : at, 0, ticket);
      for (const counter of counters) if (counter.busyUntil === null) callNext(counter, now);
    } else {
      break;
    }
  }
  return observations;
}
