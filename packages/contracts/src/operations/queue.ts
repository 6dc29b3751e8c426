import { Type } from '@sinclair/typebox';
import { IdParams } from '../common.ts';
import {
  CallNextResult,
  CallTicketBody,
  CancelTicketBody,
  CloseDayResult,
  CounterList,
  CounterParams,
  CounterSession,
  CreateServiceBody,
  FinishTicketBody,
  IssuedTicket,
  IssueTicketBody,
  LocationParams,
  MaybeCounterSession,
  MoveTicketBody,
  OpenCounterSessionBody,
  PriorityClassList,
  QueueBoard,
  ReprioritiseTicketBody,
  RerouteTicketBody,
  Service,
  ServiceList,
  Ticket,
  TicketActionBody,
  TicketList,
  TransferTicketBody,
  UpdateCounterSessionBody,
  UpdateServiceBody,
} from '../queue.ts';
import { access, defineOperation, media } from './define.ts';

// The queue's operationIds are a stable contract for kiosk and display integrators. Its live events (the frames of
// streamLocationEvents) are typed in ../sse.ts (`LocationEvent`).

const tags = ['queue'];
const staffOrKiosk = access.device(['kiosk'], 'counter');
const staffOrDevice = access.device(['kiosk', 'display'], 'counter');
const staffOrDisplay = access.device(['display'], 'counter');

// Tickets

export const issueTicket = defineOperation({
  operationId: 'issueTicket',
  method: 'POST',
  path: '/api/locations/:locationId/tickets',
  tags,
  summary: 'Take a number (kiosk or staff). The same Idempotency-Key returns the same ticket.',
  access: staffOrKiosk,
  params: Type.Object({ locationId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
  headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) }),
  body: IssueTicketBody,
  /** 201 for a new ticket, 200 when the Idempotency-Key names one already issued. */
  responses: { 200: IssuedTicket, 201: IssuedTicket },
  errors: ['not-found', 'service-closed', 'location-closed', 'priority-needs-staff', 'unknown-priority-class', 'priority-reason-required'],
});

export const getTicket = defineOperation({
  operationId: 'getTicket',
  method: 'GET',
  path: '/api/tickets/:id',
  tags,
  summary: 'One ticket',
  access: access.counter,
  params: IdParams,
  responses: { 200: Ticket },
  errors: ['not-found'],
});

export const listParkedTickets = defineOperation({
  operationId: 'listParkedTickets',
  method: 'GET',
  path: '/api/locations/:locationId/parked-tickets',
  tags,
  summary: 'Parked tickets at the location (citizens who went to fetch something and must be called back)',
  access: access.counter,
  params: LocationParams,
  responses: { 200: TicketList },
  errors: ['not-found'],
});

export const callNextTicket = defineOperation({
  operationId: 'callNextTicket',
  method: 'POST',
  path: '/api/counters/:counterId/call-next',
  tags,
  summary: "Call the next ticket from the counter's work profile (ticket null when nobody waits)",
  access: access.counter,
  params: CounterParams,
  responses: { 200: CallNextResult },
  errors: ['not-found', 'not-at-counter', 'counter-paused', 'counter-busy'],
});

/** What any transition of a ticket may answer: not the caller's (or gone), changed since it was read, not possible now. */
const transitionErrors = ['not-found', 'stale-version', 'illegal-transition'] as const;

/** A transition that needs nothing but the ticket's version. */
function simpleTransition<const Id extends string, const Action extends string>(
  operationId: Id,
  action: Action,
  summary: string,
  errors: readonly string[] = transitionErrors,
) {
  return defineOperation({
    operationId,
    method: 'POST',
    path: `/api/tickets/:id/${action}`,
    tags,
    summary,
    access: access.counter,
    params: IdParams,
    body: TicketActionBody,
    responses: { 200: Ticket },
    errors,
  });
}

export const recallTicket = simpleTransition('recallTicket', 'recall', 'Call the same ticket again (counted; limited)', [
  ...transitionErrors,
  'recall-limit',
]);
export const startServingTicket = simpleTransition('startServingTicket', 'start', 'The citizen has arrived at the counter');
export const parkTicket = simpleTransition('parkTicket', 'park', 'Park the ticket: the citizen must come back (e.g. to fetch papers)');
export const returnParkedTicket = simpleTransition(
  'returnParkedTicket',
  'return',
  'Put a parked ticket back in the queue at its original place',
);
export const requeueTicket = simpleTransition('requeueTicket', 'requeue', 'Let a called ticket go back to the queue');
export const markTicketNoShow = simpleTransition('markTicketNoShow', 'no-show', 'The citizen did not come');

export const callTicket = defineOperation({
  operationId: 'callTicket',
  method: 'POST',
  path: '/api/tickets/:id/call',
  tags,
  summary: 'Call a specific waiting or parked ticket to a counter',
  access: access.counter,
  params: IdParams,
  body: CallTicketBody,
  responses: { 200: Ticket },
  errors: [...transitionErrors, 'not-at-counter', 'counter-paused', 'counter-busy', 'sent-to-other-counter'],
});

export const transferTicket = defineOperation({
  operationId: 'transferTicket',
  method: 'POST',
  path: '/api/tickets/:id/transfer',
  tags,
  summary: 'Send the ticket to another service or counter, keeping its original arrival time',
  access: access.counter,
  params: IdParams,
  body: TransferTicketBody,
  responses: { 200: Ticket },
  errors: ['transfer-target-required', ...transitionErrors, 'counter-not-staffed'],
});

export const finishTicket = defineOperation({
  operationId: 'finishTicket',
  method: 'POST',
  path: '/api/tickets/:id/finish',
  tags,
  summary: 'Finish with an outcome and the services actually delivered',
  access: access.counter,
  params: IdParams,
  body: FinishTicketBody,
  responses: { 200: Ticket },
  errors: ['unknown-service', ...transitionErrors],
});

export const cancelTicket = defineOperation({
  operationId: 'cancelTicket',
  method: 'POST',
  path: '/api/tickets/:id/cancel',
  tags,
  summary: 'Cancel a ticket, with the reason',
  access: access.counter,
  params: IdParams,
  body: CancelTicketBody,
  responses: { 200: Ticket },
  errors: transitionErrors,
});

export const reprioritiseTicket = defineOperation({
  operationId: 'reprioritiseTicket',
  method: 'POST',
  path: '/api/tickets/:id/priority',
  tags,
  summary: "Change a waiting ticket's priority class (lead)",
  access: access.lead,
  params: IdParams,
  body: ReprioritiseTicketBody,
  responses: { 200: Ticket },
  errors: [...transitionErrors, 'unknown-priority-class', 'priority-reason-required'],
});

export const moveTicket = defineOperation({
  operationId: 'moveTicket',
  method: 'POST',
  path: '/api/tickets/:id/move',
  tags,
  summary: "Move a waiting ticket to the front or back of its service's queue (lead)",
  access: access.lead,
  params: IdParams,
  body: MoveTicketBody,
  responses: { 200: Ticket },
  errors: transitionErrors,
});

export const rerouteTicket = defineOperation({
  operationId: 'rerouteTicket',
  method: 'POST',
  path: '/api/tickets/:id/reroute',
  tags,
  summary: "Send a ticket waiting for a named counter to another staffed counter, or (no counterId) back to its service's queue (lead)",
  access: access.lead,
  params: IdParams,
  body: RerouteTicketBody,
  responses: { 200: Ticket },
  errors: [...transitionErrors, 'not-sent-to-counter', 'counter-not-staffed'],
});

// The location's queue

export const listServices = defineOperation({
  operationId: 'listServices',
  method: 'GET',
  path: '/api/locations/:locationId/services',
  tags,
  summary: 'Services (ærindetyper) in kiosk order; a kiosk sees only those open for tickets',
  access: staffOrDevice,
  params: LocationParams,
  responses: { 200: ServiceList },
  errors: ['not-found'],
});

export const listCounters = defineOperation({
  operationId: 'listCounters',
  method: 'GET',
  path: '/api/locations/:locationId/counters',
  tags,
  summary: 'Counters of a location',
  access: access.counter,
  params: LocationParams,
  responses: { 200: CounterList },
  errors: ['not-found'],
});

export const getQueueBoard = defineOperation({
  operationId: 'getQueueBoard',
  method: 'GET',
  path: '/api/locations/:locationId/board',
  tags,
  summary: 'Per service and counter at a glance, and the waiting list in call order',
  access: staffOrDisplay,
  params: LocationParams,
  responses: { 200: QueueBoard },
  errors: ['not-found'],
});

export const closeDay = defineOperation({
  operationId: 'closeDay',
  method: 'POST',
  path: '/api/locations/:locationId/close-day',
  tags,
  summary: 'End of day: settle every open ticket and sign out every counter (lead)',
  access: access.lead,
  params: LocationParams,
  responses: { 200: CloseDayResult },
  errors: ['not-found'],
});

/** Read with fetch by the SPA (apps/web/src/features/queue/live.ts), never through `call`; frames: `LocationEvent`. */
export const streamLocationEvents = defineOperation({
  operationId: 'streamLocationEvents',
  method: 'GET',
  path: '/api/locations/:locationId/events',
  tags,
  summary:
    'Server-Sent Events of the location. Each event has `id` = its sequence number (unique, but not increasing: events come in commit-safe order, see docs/queue.md); reconnect with Last-Event-ID (header or `lastEventId` query) to get exactly what was missed.',
  access: staffOrDisplay,
  params: LocationParams,
  query: Type.Object(
    { lastEventId: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })) },
    { additionalProperties: false },
  ),
  // At most 15 digits: every such number is exact as a JavaScript number (and fits PostgreSQL's bigint).
  headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })) }),
  responses: {
    200: media('text/event-stream', 'Server-Sent Events, one `id`, `event` and JSON `data` per event', Type.String()),
  },
  errors: ['not-found'],
});

export const listPriorityClasses = defineOperation({
  operationId: 'listPriorityClasses',
  method: 'GET',
  path: '/api/priority-classes',
  tags,
  summary: 'Priority classes of the municipality',
  access: access.counter,
  responses: { 200: PriorityClassList },
  errors: [],
});

// Services

export const createService = defineOperation({
  operationId: 'createService',
  method: 'POST',
  path: '/api/services',
  tags,
  summary: 'Add a service at runtime, e.g. in a crisis (admin)',
  access: access.admin,
  body: CreateServiceBody,
  responses: { 201: Service },
  errors: ['invalid-config', 'service-prefix-taken', 'service-code-taken'],
});

export const updateService = defineOperation({
  operationId: 'updateService',
  method: 'PATCH',
  path: '/api/services/:id',
  tags,
  summary: 'Open or close a service for tickets, or change its names, expected time and thresholds (lead)',
  access: access.lead,
  params: IdParams,
  body: UpdateServiceBody,
  responses: { 200: Service },
  errors: ['not-found', 'invalid-config'],
});

// Counter sessions

export const getMyCounterSession = defineOperation({
  operationId: 'getMyCounterSession',
  method: 'GET',
  path: '/api/counter-session',
  tags,
  summary: "The signed-in user's open counter session, if any",
  access: access.counter,
  responses: { 200: MaybeCounterSession },
  errors: [],
});

export const openCounterSession = defineOperation({
  operationId: 'openCounterSession',
  method: 'POST',
  path: '/api/counters/:counterId/session',
  tags,
  summary: 'Sign in at a counter with a work profile (the services you take)',
  access: access.counter,
  params: CounterParams,
  body: OpenCounterSessionBody,
  responses: { 201: CounterSession },
  errors: ['not-found', 'unknown-service', 'already-at-counter', 'counter-taken'],
});

export const updateCounterSession = defineOperation({
  operationId: 'updateCounterSession',
  method: 'PATCH',
  path: '/api/counter-session',
  tags,
  summary: 'Pause or resume, or change the work profile',
  access: access.counter,
  body: UpdateCounterSessionBody,
  responses: { 200: CounterSession },
  errors: ['unknown-service', 'not-found'],
});

export const heartbeatCounterSession = defineOperation({
  operationId: 'heartbeatCounterSession',
  method: 'POST',
  path: '/api/counter-session/heartbeat',
  tags,
  summary:
    "The counter screen's sign of life (every 30 s). A counter not heard from for the municipality's limit (default 2 minutes) counts as stale: not staffed, no capacity, no transfer target",
  access: access.counter,
  responses: { 204: Type.Null() },
  errors: ['not-found'],
});

export const closeCounterSession = defineOperation({
  operationId: 'closeCounterSession',
  method: 'DELETE',
  path: '/api/counter-session',
  tags,
  summary: 'Sign out of the counter',
  access: access.counter,
  responses: { 204: Type.Null() },
  errors: ['counter-busy'],
});
