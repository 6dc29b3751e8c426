import type {
  FinishTicketBody,
  MoveTicketBody,
  ReprioritiseTicketBody,
  RerouteTicketBody,
  Ticket,
  TransferTicketBody,
  UpdateCounterSessionBody,
  UpdateServiceBody,
} from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId). Every ticket action names the version it acts on.

export const issueTicket = (
  tokens: TokenSource,
  locationId: string,
  serviceId: string,
  idempotencyKey: string,
  priority?: { priorityClassId: string; priorityReason?: string },
) =>
  call(tokens, 'issueTicket', {
    params: { locationId },
    body: { serviceId, ...priority },
    headers: { 'idempotency-key': idempotencyKey },
  });

export const openCounterSession = (tokens: TokenSource, counterId: string, serviceIds: string[], allServices = false) =>
  call(tokens, 'openCounterSession', { params: { counterId }, body: { serviceIds, allServices } });

export const updateCounterSession = (tokens: TokenSource, body: UpdateCounterSessionBody) => call(tokens, 'updateCounterSession', { body });

export const closeCounterSession = async (tokens: TokenSource): Promise<void> => {
  await call(tokens, 'closeCounterSession');
};

export const callNextTicket = async (tokens: TokenSource, counterId: string) =>
  (await call(tokens, 'callNextTicket', { params: { counterId } })).ticket;

/** The transitions that need nothing but the version. */
export type SimpleTicketAction = 'recall' | 'start' | 'park' | 'return' | 'requeue' | 'no-show';

const SIMPLE_ACTIONS = {
  recall: 'recallTicket',
  start: 'startServingTicket',
  park: 'parkTicket',
  return: 'returnParkedTicket',
  requeue: 'requeueTicket',
  'no-show': 'markTicketNoShow',
} as const satisfies Record<SimpleTicketAction, string>;

export const actOnTicket = (tokens: TokenSource, ticket: Ticket, action: SimpleTicketAction) =>
  call(tokens, SIMPLE_ACTIONS[action], { params: { id: ticket.id }, body: { expectedVersion: ticket.version } });

export const callTicket = (tokens: TokenSource, ticket: Ticket, counterId: string) =>
  call(tokens, 'callTicket', { params: { id: ticket.id }, body: { expectedVersion: ticket.version, counterId } });

export const transferTicket = (tokens: TokenSource, ticket: Ticket, target: Omit<TransferTicketBody, 'expectedVersion'>) =>
  call(tokens, 'transferTicket', { params: { id: ticket.id }, body: { expectedVersion: ticket.version, ...target } });

export const finishTicket = (tokens: TokenSource, ticket: Ticket, result: Omit<FinishTicketBody, 'expectedVersion'>) =>
  call(tokens, 'finishTicket', { params: { id: ticket.id }, body: { expectedVersion: ticket.version, ...result } });

export const moveTicket = (tokens: TokenSource, ticket: Ticket, to: MoveTicketBody['to']) =>
  call(tokens, 'moveTicket', { params: { id: ticket.id }, body: { expectedVersion: ticket.version, to } });

export const reprioritiseTicket = (tokens: TokenSource, ticket: Ticket, change: Omit<ReprioritiseTicketBody, 'expectedVersion'>) =>
  call(tokens, 'reprioritiseTicket', { params: { id: ticket.id }, body: { expectedVersion: ticket.version, ...change } });

export const rerouteTicket = (tokens: TokenSource, ticket: Ticket, target: Omit<RerouteTicketBody, 'expectedVersion'>) =>
  call(tokens, 'rerouteTicket', { params: { id: ticket.id }, body: { expectedVersion: ticket.version, ...target } });

export const updateService = (tokens: TokenSource, serviceId: string, body: UpdateServiceBody) =>
  call(tokens, 'updateService', { params: { id: serviceId }, body });

export const closeDay = (tokens: TokenSource, locationId: string) => call(tokens, 'closeDay', { params: { locationId } });
