/**
 * The history generator's days replayed as they were written (`historyDays`, the rows `pnpm seed:history` inserts):
 * at each ticket's arrival, the state the API would have read (tickets arrived and not yet called or gone, the
 * sessions of the day with the ticket each counter was busy with, the last 20 finished per service), both estimates,
 * and the recorded wait. The generator draws each wait on its own (exponential, mean 3–12 minutes by hour and day),
 * not from a queue, so this measures agreement with that model rather than with a real call order.
 */
import type { EstimateCounter, EstimateTicket } from '../../../packages/domain/src/index.ts';
import { historyDays, type HistoryDay, type HistoryTicket } from '../../../db/src/seed/history-days.ts';
import { SERVICE_MIX } from '../../../db/src/seed/history-model.ts';
import { observe, Samples, type Observation } from './observe.ts';
import { EXPECTED_MINUTES, simulateDay, type Arrival, type SimCounter } from './simulate.ts';

const MINUTE = 60_000;
const ALL_SERVICES = SERVICE_MIX.map((s) => s.id);

/** The last `days` open days of each of the given locations in the seed:history period (drawn from its first day). */
export function lastHistoryDays(period: Parameters<typeof historyDays>[0], locationIds: string[], days: number) {
  const kept = new Map<string, HistoryDay['locations']>(locationIds.map((id) => [id, []]));
  for (const day of historyDays(period)) {
    for (const entry of day.locations) {
      const list = kept.get(entry.location.id);
      if (!list) continue;
      list.push(entry);
      if (list.length > days) list.shift();
    }
  }
  return kept;
}

export function replayDay(scenario: string, entry: HistoryDay['locations'][number], samples: Samples): Observation[] {
  const tickets = entry.tickets;
  const gone = (t: HistoryTicket) => t.called ?? t.finished;
  const finishedDone = tickets.filter((t) => t.state === 'done').sort((a, b) => a.finished - b.finished);
  let finishedUpTo = 0;
  const observations: Observation[] = [];
  const asEstimate = (t: HistoryTicket, index: number): EstimateTicket => ({
    id: `h${String(index).padStart(5, '0')}`,
    serviceId: t.serviceId,
    targetCounterId: null,
    arrivedAt: new Date(t.arrived),
    headStartMinutes: 0,
  });
  for (const [i, ticket] of tickets.entries()) {
    const now = ticket.arrived;
    while (finishedUpTo < finishedDone.length && finishedDone[finishedUpTo]!.finished <= now) {
      const done = finishedDone[finishedUpTo++]!;
      samples.add(done.serviceId, (done.finished - done.called!) / MINUTE);
    }
    const waiting: EstimateTicket[] = [];
    for (let j = 0; j < i; j++) if (gone(tickets[j]!) > now) waiting.push(asEstimate(tickets[j]!, j));
    const counters: EstimateCounter[] = entry.sessions
      .filter((s) => s.startedAt <= now && now < s.endedAt)
      .map((s) => {
        let current: HistoryTicket | null = null;
        for (const t of tickets) {
          if (
            t.counterId === s.counterId &&
            t.called !== null &&
            t.called <= now &&
            now < t.finished &&
            (!current || t.called > current.called!)
          )
            current = t;
        }
        return {
          counterId: s.counterId,
          serviceIds: ALL_SERVICES,
          current: current ? { serviceId: current.serviceId, since: new Date(current.called!) } : null,
        };
      });
    const observation = observe({
      scenario,
      ticket: asEstimate(ticket, i),
      waiting,
      counters,
      samples,
      expectedMinutes: EXPECTED_MINUTES,
      now: new Date(now),
    });
    observation.realWait = ticket.called === null ? null : (ticket.called - ticket.arrived) / MINUTE;
    observations.push(observation);
  }
  return observations;
}

/**
 * The same day's citizens (arrival, service, handling time, who gives up, who does not show) played through the real
 * call order instead of the generator's drawn waits, at as many counters as the generator's staffing rule asks for
 * (5.5 tickets per counter-hour, not capped at the location's counters), the profiles taken in turn from `profiles`.
 */
export function replayThroughQueue(
  scenario: string,
  entry: HistoryDay['locations'][number],
  profiles: readonly string[][],
  samples: Samples,
  seed: number,
) {
  const tickets = entry.tickets;
  const first = entry.sessions[0]!;
  const openHours = (first.endedAt - first.startedAt - 15 * MINUTE) / 3_600_000;
  const desks = Math.max(1, Math.ceil(tickets.length / (openHours * 5.5)));
  const counters: SimCounter[] = Array.from({ length: desks }, (_, i) => ({
    counterId: `d${String(i).padStart(2, '0')}`,
    serviceIds: profiles[i % profiles.length]!,
  }));
  const arrivals: Arrival[] = tickets.map((t, i) => ({
    id: `h${String(i).padStart(5, '0')}`,
    serviceId: t.serviceId,
    targetCounterId: null,
    arrivedAt: new Date(t.arrived),
    headStartMinutes: 0,
    handlingMs: t.called === null ? 0 : t.finished - t.called,
    fate: t.state,
    leavesAt: t.state === 'cancelled' ? t.finished : Infinity,
  }));
  const day = { name: scenario, counters, load: 0, priorityShare: 0, opens: 0, closes: 0 };
  return { desks, observations: simulateDay(day, seed, samples, arrivals) };
}
