import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TICKET_STATES } from '@skranke/domain';
import { ExpectedVersion, literals, Uuid } from './common.ts';

export const TicketState = literals(TICKET_STATES);
export type TicketState = Static<typeof TicketState>;

export const TicketSource = Type.Union([Type.Literal('kiosk'), Type.Literal('counter'), Type.Literal('appointment')]);
export const LocationParams = Type.Object({ locationId: Uuid }, { additionalProperties: false });
export type LocationParams = Static<typeof LocationParams>;
export const CounterParams = Type.Object({ counterId: Uuid }, { additionalProperties: false });
export type CounterParams = Static<typeof CounterParams>;
export const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Service = Type.Object({
  id: Uuid,
  code: Type.String(),
  prefix: Type.String(),
  nameDa: Type.String(),
  nameEn: Type.String(),
  expectedMinutes: Type.Integer(),
  active: Type.Boolean(),
  kioskOrder: Type.Integer(),
  yellowMinutes: Type.Integer(),
  redMinutes: Type.Integer(),
});
export type Service = Static<typeof Service>;
export const ServiceList = Type.Array(Service);

export const CreateServiceBody = Type.Object(
  {
    code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z0-9-]+$' }),
    prefix: Type.String({ minLength: 1, maxLength: 1, pattern: '^[A-ZÆØÅ]$' }),
    nameDa: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ minLength: 1, maxLength: 100 }),
    expectedMinutes: Type.Integer({ minimum: 1, maximum: 240 }),
    kioskOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
    yellowMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
    redMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
  },
  { additionalProperties: false },
);
export type CreateServiceBody = Static<typeof CreateServiceBody>;

export const UpdateServiceBody = Type.Object(
  {
    active: Type.Optional(Type.Boolean()),
    nameDa: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    expectedMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
    kioskOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
    yellowMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
    redMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateServiceBody = Static<typeof UpdateServiceBody>;

export const PriorityClass = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameDa: Type.String(),
  nameEn: Type.String(),
  headStartMinutes: Type.Integer(),
  requiresReason: Type.Boolean(),
});
export type PriorityClass = Static<typeof PriorityClass>;
export const PriorityClassList = Type.Array(PriorityClass);

export const Counter = Type.Object({ id: Uuid, name: Type.String(), locationId: Uuid });
export type Counter = Static<typeof Counter>;
export const CounterList = Type.Array(Counter);

export const Ticket = Type.Object({
  id: Uuid,
  locationId: Uuid,
  displayNumber: Type.String(),
  serviceId: Uuid,
  serviceNameDa: Type.String(),
  serviceNameEn: Type.String(),
  state: TicketState,
  source: TicketSource,
  priorityClassId: Nullable(Uuid),
  priorityReason: Nullable(Type.String()),
  arrivedAt: DateTime,
  calledAt: Nullable(DateTime),
  servingStartedAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
  counterId: Nullable(Uuid),
  counterName: Nullable(Type.String()),
  targetCounterId: Nullable(Uuid),
  /** The transferring colleague's note to whoever takes the ticket next. Staff only: null for devices. */
  transferNote: Nullable(Type.String()),
  recallCount: Type.Integer(),
  outcome: Nullable(Type.String()),
  version: Type.Integer(),
});
export type Ticket = Static<typeof Ticket>;

/** `listParkedTickets`: the location's parked tickets, longest waiting first. */
export const TicketList = Type.Array(Ticket);
export type TicketList = Static<typeof TicketList>;

export const IssueTicketBody = Type.Object(
  {
    serviceId: Uuid,
    priorityClassId: Type.Optional(Uuid),
    priorityReason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type IssueTicketBody = Static<typeof IssueTicketBody>;

export const IssuedTicket = Type.Object({
  ticket: Ticket,
  /** 1 = next in its service's queue. */
  position: Type.Integer(),
  /** Minutes; null when no counter serves the service right now. */
  estimatedWaitMinutes: Nullable(Type.Integer()),
});
export type IssuedTicket = Static<typeof IssuedTicket>;

export const CallNextResult = Type.Object({ ticket: Nullable(Ticket) });
export type CallNextResult = Static<typeof CallNextResult>;

/** Every ticket action names the version it acts on: a stale one gets 409, never a silent overwrite. */
const Versioned = { expectedVersion: ExpectedVersion };
export const TicketActionBody = Type.Object({ ...Versioned }, { additionalProperties: false });
export type TicketActionBody = Static<typeof TicketActionBody>;
export const CallTicketBody = Type.Object({ ...Versioned, counterId: Uuid }, { additionalProperties: false });
export type CallTicketBody = Static<typeof CallTicketBody>;
export const TransferTicketBody = Type.Object(
  { ...Versioned, serviceId: Type.Optional(Uuid), counterId: Type.Optional(Uuid), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type TransferTicketBody = Static<typeof TransferTicketBody>;
export const FinishTicketBody = Type.Object(
  {
    ...Versioned,
    outcome: Type.Union([Type.Literal('completed'), Type.Literal('partly'), Type.Literal('referred'), Type.Literal('not_possible')]),
    deliveredServiceIds: Type.Array(Uuid, { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type FinishTicketBody = Static<typeof FinishTicketBody>;
export const CancelTicketBody = Type.Object(
  { ...Versioned, reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export type CancelTicketBody = Static<typeof CancelTicketBody>;
export const ReprioritiseTicketBody = Type.Object(
  { ...Versioned, priorityClassId: Nullable(Uuid), reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
  { additionalProperties: false },
);
export type ReprioritiseTicketBody = Static<typeof ReprioritiseTicketBody>;
export const MoveTicketBody = Type.Object(
  { ...Versioned, to: Type.Union([Type.Literal('front'), Type.Literal('back')]) },
  { additionalProperties: false },
);
export type MoveTicketBody = Static<typeof MoveTicketBody>;
/** `rerouteTicket` (lead): a ticket waiting for a named counter goes to another staffed counter, or (no counterId) back to its service's queue. */
export const RerouteTicketBody = Type.Object(
  { ...Versioned, counterId: Type.Optional(Uuid), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type RerouteTicketBody = Static<typeof RerouteTicketBody>;

export const CounterSession = Type.Object({
  id: Uuid,
  counterId: Uuid,
  counterName: Type.String(),
  locationId: Uuid,
  userId: Uuid,
  serviceIds: Type.Array(Uuid),
  state: Type.Union([Type.Literal('open'), Type.Literal('paused'), Type.Literal('closed')]),
  /** The profile is "every service": a service added later joins it by itself. */
  allServices: Type.Boolean(),
  /** Services added since the session began that its profile does not take yet: the counter screen offers them. */
  newServices: Type.Array(Type.Object({ id: Uuid, prefix: Type.String(), nameDa: Type.String(), nameEn: Type.String() })),
  startedAt: DateTime,
  currentTicket: Nullable(Ticket),
  servedToday: Type.Integer(),
});
export type CounterSession = Static<typeof CounterSession>;
export const MaybeCounterSession = Type.Object({ session: Nullable(CounterSession) });

export const OpenCounterSessionBody = Type.Object(
  {
    serviceIds: Type.Array(Uuid, { minItems: 1, maxItems: 50 }),
    /** Take every service, also those added while the session runs. */
    allServices: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type OpenCounterSessionBody = Static<typeof OpenCounterSessionBody>;
export const UpdateCounterSessionBody = Type.Object(
  {
    state: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('paused')])),
    serviceIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 50 })),
    /** With serviceIds: whether the new profile is "every service" (default: no). */
    allServices: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCounterSessionBody = Static<typeof UpdateCounterSessionBody>;

export const BoardService = Type.Object({
  serviceId: Uuid,
  nameDa: Type.String(),
  nameEn: Type.String(),
  prefix: Type.String(),
  active: Type.Boolean(),
  waiting: Type.Integer(),
  longestWaitMinutes: Type.Integer(),
  estimatedWaitMinutes: Nullable(Type.Integer()),
  staffedCounters: Type.Integer(),
  trafficLight: Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red')]),
});
export const BoardCounter = Type.Object({
  counterId: Uuid,
  name: Type.String(),
  /** `stale`: signed in, but the counter's screen has not been heard from for the municipality's limit (not staffed). */
  state: Type.Union([Type.Literal('open'), Type.Literal('paused'), Type.Literal('closed'), Type.Literal('stale')]),
  /** The last sign of life from the counter's screen; null when nobody is signed in. */
  lastSeenAt: Nullable(DateTime),
  staffName: Nullable(Type.String()),
  serviceIds: Type.Array(Uuid),
  currentTicket: Nullable(Ticket),
});
export const QueueBoard = Type.Object({
  locationId: Uuid,
  locationName: Type.String(),
  open: Type.Boolean(),
  generatedAt: DateTime,
  /** The last location event included: a client resumes its event stream from here. */
  lastEventSeq: Type.Integer(),
  services: Type.Array(BoardService),
  counters: Type.Array(BoardCounter),
  waiting: Type.Array(Ticket),
  called: Type.Array(Ticket),
  /**
   * For the call display: the tickets called within the last `recentCallMinutes` (the municipality's setting), newest
   * call first, whatever became of them since (served, finished, not come), so a number does not vanish the moment
   * its citizen is served.
   */
  recentCalls: Type.Array(Ticket),
  recentCallMinutes: Type.Integer(),
});
export type QueueBoard = Static<typeof QueueBoard>;

export const CloseDayResult = Type.Object({ settled: Type.Integer() });

export const OpeningHours = Type.Object({
  /** Whether the location is open for walk-ins right now (Europe/Copenhagen). */
  openNow: Type.Boolean(),
  intervals: Type.Array(
    Type.Object({
      weekday: Type.Integer({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday' }),
      opens: Type.String({ pattern: '^[0-2][0-9]:[0-5][0-9]$' }),
      closes: Type.String({ pattern: '^[0-2][0-9]:[0-5][0-9]$' }),
      /** For a mobile Borgerservice: where the bus stands. */
      place: Nullable(Type.String()),
    }),
  ),
});
export type OpeningHours = Static<typeof OpeningHours>;
