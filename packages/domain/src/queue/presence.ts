import { trafficLight, type TrafficLight } from './estimate.ts';

/** Default seconds without a sign of life from a counter's screen before the counter counts as stale. */
export const DEFAULT_COUNTER_STALE_SECONDS = 120;

export type CounterSessionState = 'open' | 'paused' | 'closed';
/** What the board shows for a counter: its session's state, or `stale` when no client has been heard from. */
export type CounterPresence = CounterSessionState | 'stale';

/**
 * A counter's presence at `now`. A live session (open or paused) whose screen was last heard from more than
 * `staleAfterSeconds` ago is stale: the browser was closed or lost its connection without signing out.
 */
export function counterPresence(
  session: { state: CounterSessionState; lastSeenAt: Date } | null | undefined,
  now: Date,
  staleAfterSeconds: number,
): CounterPresence {
  if (!Number.isFinite(staleAfterSeconds) || staleAfterSeconds <= 0) {
    throw new RangeError(`Invalid stale limit: ${staleAfterSeconds}`);
  }
  if (!session || session.state === 'closed') return 'closed';
  if (now.getTime() - session.lastSeenAt.getTime() > staleAfterSeconds * 1000) return 'stale';
  return session.state;
}

/** The earliest last sign of life that still counts as present at `now`. */
export function presenceCutoff(now: Date, staleAfterSeconds: number): Date {
  return new Date(now.getTime() - staleAfterSeconds * 1000);
}

/** Only a counter with someone at it (open, or on a short break) may receive a transferred ticket. */
export function isTransferTarget(presence: CounterPresence): boolean {
  return presence === 'open' || presence === 'paused';
}

/** Only an open, present counter counts as capacity for its services (the board and the estimates). */
export function countsAsCapacity(presence: CounterPresence): boolean {
  return presence === 'open';
}

/**
 * The lead's light for a service: red whenever citizens wait and no counter serves the service (they will not be
 * called at all), otherwise by the longest wait against the service's thresholds.
 */
export function serviceLight(input: {
  waiting: number;
  servingCounters: number;
  longestWaitMinutes: number;
  thresholds: { yellowMinutes: number; redMinutes: number };
}): TrafficLight {
  const light = trafficLight(input.longestWaitMinutes, input.thresholds);
  if (input.waiting > 0 && input.servingCounters === 0) return 'red';
  return light;
}

/**
 * Whether a counter may call this particular ticket (callTicket): one sent to a named counter belongs to that counter
 * alone; any other waiting or parked ticket of the location may be called out of order (the state table decides the
 * rest). Null when it may, otherwise why not.
 */
export function specificCallRefusal(ticket: { targetCounterId: string | null }, counterId: string): 'sent-to-other-counter' | null {
  return ticket.targetCounterId && ticket.targetCounterId !== counterId ? 'sent-to-other-counter' : null;
}
