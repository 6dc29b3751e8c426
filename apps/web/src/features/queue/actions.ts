import type {
  CallNextResult,
  CounterSession,
  FinishTicketBody,
  IssuedTicket,
  MoveTicketBody,
  ReprioritiseTicketBody,
  RerouteTicketBody,
  Service,
  Ticket,
  TransferTicketBody,
  UpdateCounterSessionBody,
  UpdateServiceBody,
} from '@skranke/contracts';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

// One function per API operation (named after its operationId). Every ticket action names the version it acts on.

const post = <T>(tokens: TokenSource, path: string, body?: unknown, headers?: HeadersInit) =>
  apiRequest<T>(tokens, path, { method: 'POST', ...(body !== undefined && { body: JSON.stringify(body) }), ...(headers && { headers }) });

export const issueTicket = (
  tokens: TokenSource,
  locationId: string,
  serviceId: string,
  idempotencyKey: string,
  priority?: { priorityClassId: string; priorityReason?: string },
) => post<IssuedTicket>(tokens, `/api/locations/${locationId}/tickets`, { serviceId, ...priority }, { 'idempotency-key': idempotencyKey });

export const openCounterSession = (tokens: TokenSource, counterId: string, serviceIds: string[], allServices = false) =>
  post<CounterSession>(tokens, `/api/counters/${counterId}/session`, { serviceIds, allServices });

export const updateCounterSession = (tokens: TokenSource, body: UpdateCounterSessionBody) =>
  apiRequest<CounterSession>(tokens, '/api/counter-session', { method: 'PATCH', body: JSON.stringify(body) });

export const closeCounterSession = (tokens: TokenSource) =>
  apiRequest<void>(tokens, '/api/counter-session', { method: 'DELETE' });

export const callNextTicket = async (tokens: TokenSource, counterId: string) =>
  (await post<CallNextResult>(tokens, `/api/counters/${counterId}/call-next`)).ticket;

/** The transitions that need nothing but the version. */
export type SimpleTicketAction = 'recall' | 'start' | 'park' | 'return' | 'requeue' | 'no-show';

export const actOnTicket = (tokens: TokenSource, ticket: Ticket, action: SimpleTicketAction) =>
  post<Ticket>(tokens, `/api/tickets/${ticket.id}/${action}`, { expectedVersion: ticket.version });

export const callTicket = (tokens: TokenSource, ticket: Ticket, counterId: string) =>
  post<Ticket>(tokens, `/api/tickets/${ticket.id}/call`, { expectedVersion: ticket.version, counterId });

export const transferTicket = (tokens: TokenSource, ticket: Ticket, target: Omit<TransferTicketBody, 'expectedVersion'>) =>
  post<Ticket>(tokens, `/api/tickets/${ticket.id}/transfer`, { expectedVersion: ticket.version, ...target });

export const finishTicket = (tokens: TokenSource, ticket: Ticket, result: Omit<FinishTicketBody, 'expectedVersion'>) =>
  post<Ticket>(tokens, `/api/tickets/${ticket.id}/finish`, { expectedVersion: ticket.version, ...result });

export const moveTicket = (tokens: TokenSource, ticket: Ticket, to: MoveTicketBody['to']) =>
  post<Ticket>(tokens, `/api/tickets/${ticket.id}/move`, { expectedVersion: ticket.version, to });

export const reprioritiseTicket = (tokens: TokenSource, ticket: Ticket, change: Omit<ReprioritiseTicketBody, 'expectedVersion'>) =>
  post<Ticket>(tokens, `/api/tickets/${ticket.id}/priority`, { expectedVersion: ticket.version, ...change });

export const rerouteTicket = (tokens: TokenSource, ticket: Ticket, target: Omit<RerouteTicketBody, 'expectedVersion'>) =>
  post<Ticket>(tokens, `/api/tickets/${ticket.id}/reroute`, { expectedVersion: ticket.version, ...target });

export const updateService = (tokens: TokenSource, serviceId: string, body: UpdateServiceBody) =>
  apiRequest<Service>(tokens, `/api/services/${serviceId}`, { method: 'PATCH', body: JSON.stringify(body) });

export const closeDay = (tokens: TokenSource, locationId: string) =>
  post<{ settled: number }>(tokens, `/api/locations/${locationId}/close-day`);
