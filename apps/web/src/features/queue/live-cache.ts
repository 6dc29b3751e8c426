import { isTicketEvent, type CounterSession, type LocationEvent, type QueueBoard, type Service, type Ticket } from '@skranke/contracts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type { TokenSource } from '../../lib/api.ts';
import type { LiveStatus } from './live.ts';
import { queueKeys } from './queries.ts';
import { useLocationEvents } from './use-location-events.ts';

const BOARD_REFETCH_DEBOUNCE_MS = 250;

/**
 * Applies one location event to the query cache, touching only the keys it concerns: the ticket it names, the
 * counter session showing that ticket, the location's parked list when the ticket is or was on it, the location's
 * services, and (debounced, since its waits and estimates are computed by the server) the location's board.
 */
export function applyLocationEvent(queryClient: QueryClient, locationId: string, event: LocationEvent, refetchBoard: () => void): void {
  const session = queryClient.getQueryData<CounterSession | null>(queueKeys.mySession());
  const mySession = session && session.locationId === locationId ? session : null;

  if (isTicketEvent(event)) {
    const { ticket } = event.payload;
    const key = queueKeys.ticket(ticket.id);
    const cached = queryClient.getQueryData<Ticket>(key);
    if (cached && cached.version <= ticket.version) queryClient.setQueryData(key, ticket);
    if (mySession) applyToSession(queryClient, mySession, ticket);
    const parked = queryClient.getQueryData<Ticket[]>(queueKeys.parked(locationId));
    if (parked && (ticket.state === 'parked' || parked.some((t) => t.id === ticket.id))) {
      void queryClient.invalidateQueries({ queryKey: queueKeys.parked(locationId) });
    }
    queryClient.setQueryData<QueueBoard>(queueKeys.board(locationId), (board) => board && withCall(board, ticket));
  } else if (event.type === 'counter.updated') {
    if (mySession && mySession.counterId === event.payload.counterId) {
      void queryClient.invalidateQueries({ queryKey: queueKeys.mySession() });
    }
  } else if (event.type === 'service.updated') {
    const { service } = event.payload;
    queryClient.setQueryData<Service[]>(queueKeys.services(locationId), (services) =>
      services?.map((s) => (s.id === service.id ? service : s)),
    );
  } else if (event.type === 'service.created') {
    // A new service: the kiosk and lists show it, and a counter session may have taken it or be offered it.
    void queryClient.invalidateQueries({ queryKey: queueKeys.services(locationId) });
    if (mySession) void queryClient.invalidateQueries({ queryKey: queueKeys.mySession() });
  } else if (event.type === 'day.closed') {
    void queryClient.invalidateQueries({ queryKey: queueKeys.mySession() });
    void queryClient.invalidateQueries({ queryKey: queueKeys.parked(locationId) });
    void queryClient.invalidateQueries({ queryKey: [...queueKeys.all, 'ticket'] });
  }
  refetchBoard();
}

/**
 * Who stands at which counter is known from the event alone, so a call shows on the boards at once, and a ticket that
 * no longer waits leaves the waiting list at once (it is never shown both waiting and at a counter); the computed
 * parts (waits, estimates, the waiting list's order, a ticket that starts waiting) follow with the board's refetch.
 */
export function withCall(board: QueueBoard, ticket: Ticket): QueueBoard {
  const atCounter = ticket.state === 'called' || ticket.state === 'serving';
  const known = board.called.find((t) => t.id === ticket.id) ?? board.waiting.find((t) => t.id === ticket.id);
  if (known && known.version > ticket.version) return board;
  const waiting = ticket.state === 'waiting' ? board.waiting : board.waiting.filter((t) => t.id !== ticket.id);
  const called = board.called.filter((t) => t.id !== ticket.id);
  if (atCounter) {
    called.push(ticket);
    called.sort((a, b) => Date.parse(b.calledAt ?? '') - Date.parse(a.calledAt ?? ''));
  }
  const counters = board.counters.map((c) => {
    if (atCounter && c.counterId === ticket.counterId) return { ...c, currentTicket: ticket };
    if (c.currentTicket?.id === ticket.id) return { ...c, currentTicket: null };
    return c;
  });
  return { ...board, waiting, called, counters, recentCalls: withRecentCall(board.recentCalls, ticket) };
}

/**
 * The call display's recent calls after a ticket event: a (re)call goes to the front; a ticket already shown keeps
 * its place with its new state (a served citizen's number stays up); one sent back to the queue leaves.
 */
export function withRecentCall(recent: Ticket[], ticket: Ticket): Ticket[] {
  const known = recent.find((t) => t.id === ticket.id);
  if (known && known.version > ticket.version) return recent;
  const others = recent.filter((t) => t.id !== ticket.id);
  if (!ticket.calledAt || !ticket.counterName) return others;
  if (ticket.state === 'called' && known?.calledAt !== ticket.calledAt) return [ticket, ...others];
  return known ? recent.map((t) => (t.id === ticket.id ? ticket : t)) : recent;
}

function applyToSession(queryClient: QueryClient, session: CounterSession, ticket: Ticket) {
  const current = session.currentTicket;
  const atMyCounter = ticket.counterId === session.counterId && (ticket.state === 'called' || ticket.state === 'serving');
  if (!atMyCounter && current?.id !== ticket.id) return;
  if (current?.id === ticket.id && current.version > ticket.version) return; // our own answer was newer
  const next: CounterSession = { ...session, currentTicket: atMyCounter ? ticket : null };
  queryClient.setQueryData(queueKeys.mySession(), next);
  // "Served today" and the like are counted by the server.
  if (!atMyCounter) void queryClient.invalidateQueries({ queryKey: queueKeys.mySession() });
}

/** The live queue of a location: streams its events into the cache; `onEvent` adds what a screen does on top. */
export function useLiveQueue(
  locationId: string,
  tokens: TokenSource,
  options: { fromSeq?: number | undefined; onEvent?: (event: LocationEvent) => void } = {},
): LiveStatus {
  const queryClient = useQueryClient();
  const refetchBoard = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refetch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: queueKeys.board(locationId) }), BOARD_REFETCH_DEBOUNCE_MS);
    };
    refetch.cancel = () => clearTimeout(timer);
    return refetch;
  }, [queryClient, locationId]);
  useEffect(() => () => refetchBoard.cancel(), [refetchBoard]);

  const status = useLocationEvents(
    locationId,
    (event) => {
      applyLocationEvent(queryClient, locationId, event, refetchBoard);
      options.onEvent?.(event);
    },
    { tokens, fromSeq: options.fromSeq },
  );

  // Missed events are replayed on reconnect, but the board's computed waits have moved on meanwhile; and a stream
  // opened without a position (the counter's) may have started after a change the session does not show yet.
  const previous = useRef(status);
  const resumed = options.fromSeq !== undefined;
  useEffect(() => {
    const was = previous.current;
    previous.current = status;
    if (status !== 'live' || (was === 'connecting' && resumed) || was === 'live') return;
    refetchBoard();
    void queryClient.invalidateQueries({ queryKey: queueKeys.mySession() });
  }, [status, refetchBoard, queryClient, resumed]);

  return status;
}
