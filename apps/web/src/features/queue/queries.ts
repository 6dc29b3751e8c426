import type {
  Counter,
  CounterSession,
  OpeningHours,
  PriorityClass,
  QueueBoard,
  Service,
  Ticket,
} from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

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
    queryFn: () => apiRequest<QueueBoard>(tokens, `/api/locations/${locationId}/board`),
    // Events keep it current; the minute tick keeps "longest wait" honest while nothing happens.
    staleTime: 5_000,
    refetchInterval: 60_000,
  });
}

export function servicesQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.services(locationId),
    queryFn: () => apiRequest<Service[]>(tokens, `/api/locations/${locationId}/services`),
    staleTime: 5 * 60_000,
  });
}

export function countersQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.counters(locationId),
    queryFn: () => apiRequest<Counter[]>(tokens, `/api/locations/${locationId}/counters`),
    staleTime: 5 * 60_000,
  });
}

export function openingHoursQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.openingHours(locationId),
    queryFn: () => apiRequest<OpeningHours>(tokens, `/api/locations/${locationId}/opening-hours`),
    // A kiosk opens by itself in the morning.
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

export function priorityClassesQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: queueKeys.priorityClasses(),
    queryFn: () => apiRequest<PriorityClass[]>(tokens, '/api/priority-classes'),
    staleTime: 10 * 60_000,
  });
}

/** The signed-in staff member's counter session, or null when they are not at a counter. */
export function mySessionQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: queueKeys.mySession(),
    queryFn: async () => (await apiRequest<{ session: CounterSession | null }>(tokens, '/api/counter-session')).session,
    staleTime: 10_000,
  });
}

export function ticketQueryOptions(tokens: TokenSource, ticketId: string) {
  return queryOptions({
    queryKey: queueKeys.ticket(ticketId),
    queryFn: () => apiRequest<Ticket>(tokens, `/api/tickets/${ticketId}`),
    staleTime: 30_000,
  });
}

/** The location's parked tickets (citizens who must come back), in call order; events keep the list current. */
export function parkedTicketsQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: queueKeys.parked(locationId),
    queryFn: () => apiRequest<Ticket[]>(tokens, `/api/locations/${locationId}/parked-tickets`),
    staleTime: 30_000,
  });
}
