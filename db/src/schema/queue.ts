import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { devices } from './auth.ts';
import { locations, municipalities, users } from './tenancy.ts';

/** Ærindetyper: what a citizen comes for. An admin may add one at runtime (e.g. for refugees in a crisis). */
export const services = pgTable(
  'services',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    code: text().notNull(),
    prefix: text().notNull(),
    nameDa: text().notNull(),
    nameEn: text().notNull(),
    expectedMinutes: integer().notNull(),
    active: boolean().notNull().default(true),
    kioskOrder: integer().notNull().default(100),
    /** Waiting minutes at which the board turns yellow and red for this service. */
    yellowMinutes: integer().notNull().default(15),
    redMinutes: integer().notNull().default(30),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('services_municipality_code_key').on(t.municipalityId, t.code)],
);

/** Priority classes with a head start in minutes (clamped to the municipality's fairness bound). */
export const priorityClasses = pgTable(
  'priority_classes',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    code: text().notNull(),
    nameDa: text().notNull(),
    nameEn: text().notNull(),
    headStartMinutes: integer().notNull(),
    requiresReason: boolean().notNull().default(true),
    active: boolean().notNull().default(true),
  },
  (t) => [uniqueIndex('priority_classes_municipality_code_key').on(t.municipalityId, t.code)],
);

/** Queue rule values per municipality (the ✱ configurable ones). */
export const queueSettings = pgTable('queue_settings', {
  municipalityId: uuid()
    .primaryKey()
    .references(() => municipalities.id),
  fairnessBoundMinutes: integer().notNull().default(15),
  recallLimit: integer().notNull().default(3),
  /** How many recent finished tickets the handling-time average uses. */
  handlingSampleSize: integer().notNull().default(20),
  /** Seconds without a sign of life from a counter's screen after which the counter counts as stale (not staffed). */
  counterStaleSeconds: integer().notNull().default(120),
  /** Minutes a call stays under "Seneste kald" on the call display, also after the citizen was served. */
  displayRecentCallMinutes: integer().notNull().default(5),
});

/** Weekly opening hours (and a mobile stop's timetable) as intervals; see @skranke/domain isOpenAt. */
export const openingHours = pgTable(
  'opening_hours',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    weekday: integer().notNull(),
    opens: text().notNull(),
    closes: text().notNull(),
    /** For a mobile Borgerservice: where the bus stands during this interval. */
    place: text(),
  },
  (t) => [index('opening_hours_location_idx').on(t.locationId)],
);

export const counters = pgTable(
  'counters',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    name: text().notNull(),
    active: boolean().notNull().default(true),
  },
  (t) => [uniqueIndex('counters_location_name_key').on(t.locationId, t.name)],
);

export const counterSessionState = pgEnum('counter_session_state', ['open', 'paused', 'closed']);

/** A staff member signed in at a counter with a work profile (the services they take). */
export const counterSessions = pgTable(
  'counter_sessions',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    counterId: uuid()
      .notNull()
      .references(() => counters.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    serviceIds: uuid().array().notNull(),
    state: counterSessionState().notNull().default('open'),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    /** The last sign of life from the counter's screen (its periodic ping); too long ago and the counter is stale. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The work profile is "every service": a service added later joins it at once. */
    allServices: boolean().notNull().default(false),
  },
  (t) => [
    // One open session per counter and per user.
    uniqueIndex('counter_sessions_counter_live_key')
      .on(t.counterId)
      .where(sql`${t.state} <> 'closed'`),
    uniqueIndex('counter_sessions_user_live_key')
      .on(t.userId)
      .where(sql`${t.state} <> 'closed'`),
    index('counter_sessions_location_idx').on(t.locationId, t.state),
  ],
);

export const ticketState = pgEnum('ticket_state', ['waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'cancelled']);
export const ticketSource = pgEnum('ticket_source', ['kiosk', 'counter', 'appointment']);

export const tickets = pgTable(
  'tickets',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    serviceId: uuid()
      .notNull()
      .references(() => services.id),
    prefix: text().notNull(),
    number: integer().notNull(),
    displayNumber: text().notNull(),
    serviceDay: date().notNull(),
    priorityClassId: uuid().references(() => priorityClasses.id),
    priorityReason: text(),
    source: ticketSource().notNull(),
    state: ticketState().notNull().default('waiting'),
    arrivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Arrival minus the priority head start: the queue is called in ascending order of this. */
    callKey: timestamp({ withTimezone: true }).notNull(),
    /**
     * A checked-in appointment is not called before this (its booked time less a few minutes): early arrivals wait
     * for their time. Null for walk-ins: callable at once.
     */
    callableFrom: timestamp({ withTimezone: true }),
    calledAt: timestamp({ withTimezone: true }),
    servingStartedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    counterId: uuid().references(() => counters.id),
    /** A transfer to a specific counter: only that counter may call it. */
    targetCounterId: uuid().references(() => counters.id),
    /** The transferring colleague's note to whoever takes the ticket next (staff only; never on a display). */
    transferNote: text(),
    staffUserId: uuid().references(() => users.id),
    recallCount: integer().notNull().default(0),
    /** Optimistic concurrency: each change increments it; a stale `expectedVersion` gets 409. */
    version: integer().notNull().default(1),
    outcome: text(),
    deliveredServiceIds: uuid().array(),
    cancelReason: text(),
    idempotencyKey: text(),
    issuedByUserId: uuid().references(() => users.id),
    issuedByDeviceId: uuid().references(() => devices.id),
  },
  (t) => [
    uniqueIndex('tickets_number_key').on(t.locationId, t.prefix, t.serviceDay, t.number),
    uniqueIndex('tickets_idempotency_key').on(t.locationId, t.idempotencyKey),
    index('tickets_waiting_idx')
      .on(t.locationId, t.serviceId, t.callKey)
      .where(sql`${t.state} = 'waiting'`),
    // Call-next walks a location's waiting tickets in call order and stops at the first one it may take.
    index('tickets_call_order_idx')
      .on(t.locationId, t.callKey, t.arrivedAt, t.id)
      .where(sql`${t.state} = 'waiting'`),
    index('tickets_open_idx')
      .on(t.locationId, t.state)
      .where(sql`${t.state} in ('waiting', 'called', 'serving', 'parked')`),
    index('tickets_finished_idx').on(t.serviceId, t.finishedAt),
    // The call display's recent calls: a location's tickets by the time they were called.
    index('tickets_called_idx')
      .on(t.locationId, t.calledAt)
      .where(sql`${t.calledAt} is not null`),
    // The handling-time sample: a service's most recently finished tickets at a location.
    index('tickets_done_idx')
      .on(t.locationId, t.serviceId, t.finishedAt)
      .where(sql`${t.state} = 'done'`),
  ],
);

/** Per location, prefix and service day: the last number handed out. */
export const ticketSequences = pgTable(
  'ticket_sequences',
  {
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    prefix: text().notNull(),
    serviceDay: date().notNull(),
    lastNumber: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.prefix, t.serviceDay] })],
);

/** Every transition of a ticket (who, when, from which counter), so statistics can be computed from history. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    action: text().notNull(),
    fromState: ticketState(),
    toState: ticketState().notNull(),
    userId: uuid().references(() => users.id),
    deviceId: uuid().references(() => devices.id),
    counterId: uuid().references(() => counters.id),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId), index('ticket_events_location_at_idx').on(t.locationId, t.at)],
);

/**
 * The durable event stream per location behind Server-Sent Events. `seq` is the SSE id: a client reconnecting with
 * Last-Event-ID gets exactly the events after it. Each insert is announced with NOTIFY, so every API process
 * delivers it. Events are delivered in (`xid`, `seq`) order, and only once every transaction with a smaller xid has
 * ended, so no lock is held through the commit (see docs/queue.md, "Order of events").
 */
export const locationEvents = pgTable(
  'location_events',
  {
    seq: bigserial({ mode: 'number' }).primaryKey(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The inserting transaction's id (xid8; fits a JavaScript number for as long as anyone will run this). */
    xid: bigint({ mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text::bigint)`),
    type: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('location_events_location_xid_seq_idx').on(t.locationId, t.xid, t.seq), index('location_events_at_idx').on(t.at)],
);
