import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

/** Hierarchical keys: a location's event updates exactly the keys under that location (and the tickets it names). */
export const queueKeys = {
  all: ['queue'] as const,
  location: (locationId: string) => [...queueKeys.all, 'location', locationId] as const,
  board: (locationId: string) => [...queueKeys.location(locationId), 'board'] as const,
  services: (locationId: string) => [...queueKeys.location(locationId), 'services'] as const,
  counters: (locationId: string) => [...queueKeys.location(locationId), 'counters'] as const,
  openingHours: (locationId: string) => [...queueKeys.location(locationId), 'opening-hours'] as const,
  parked: (locationId: string) => [...queueKeys.location(locationId), 'parked'] as const,
  priorityClasses: () => [...queueKeys.all, 'priority-classes'] as const,
  mySession: () => [...queueKeys.all, 'my-session'] as const,
  ticket: (ticketId: string) => [...queueKeys.all, 'ticket', ticketId] as const,
};

/** Per service and counter at a glance; it carries lastEventSeq, where the live stream resumes. */
export function boardQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.board(locationId),
    queryFn: () => call(tokens, 'getQueueBoard', { params: { locationId } }),
    // Events keep it current; the minute tick keeps "longest wait" honest while nothing happens.
    staleTime: 5_000,
    refetchInterval: 60_000,
  });
}

export function servicesQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.services(locationId),
    queryFn: () => call(tokens, 'listServices', { params: { locationId } }),
    staleTime: 5 * 60_000,
  });
}

export function countersQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.counters(locationId),
    queryFn: () => call(tokens, 'listCounters', { params: { locationId } }),
    staleTime: 5 * 60_000,
  });
}

export function openingHoursQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.openingHours(locationId),
    queryFn: () => call(tokens, 'getOpeningHours', { params: { locationId } }),
    // A kiosk opens by itself in the morning.
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

export function priorityClassesQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: queueKeys.priorityClasses(),
    queryFn: () => call(tokens, 'listPriorityClasses'),
    staleTime: 10 * 60_000,
  });
}

/** The signed-in staff member's counter session, or null when they are not at a counter. */
export function mySessionQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: queueKeys.mySession(),
    queryFn: async () => (await call(tokens, 'getMyCounterSession')).session,
    staleTime: 10_000,
  });
}

export function ticketQueryOptions(tokens: TokenSource, ticketId: string) {
  return queryOptions({
    queryKey: queueKeys.ticket(ticketId),
    queryFn: () => call(tokens, 'getTicket', { params: { id: ticketId } }),
    staleTime: 30_000,
  });
}

/** The location's parked tickets (citizens who must come back), in call order; events keep the list current. */
export function parkedTicketsQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.parked(locationId),
    queryFn: () => call(tokens, 'listParkedTickets', { params: { locationId } }),
    staleTime: 30_000,
  });
}
