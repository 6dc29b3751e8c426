import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { createdAt, id, updatedAt } from './columns.ts';
import { persons } from './persons.ts';
import { services, tickets } from './queue.ts';
import { locations, municipalities, users } from './tenancy.ts';

export const appointmentLatePolicy = pgEnum('appointment_late_policy', ['walk_in', 'refuse']);

/**
 * Tidsbestilling per location and service: how its opening hours are cut into bookable times (see @skranke/domain
 * appointmentSlots). No row, or `active = false`: the service is not bookable at the location.
 */
export const appointmentRules = pgTable(
  'appointment_rules',
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
    active: boolean().notNull().default(true),
    slotMinutes: integer().notNull(),
    /** Citizens per time in parallel (seats 1..capacity). */
    capacity: integer().notNull(),
    /** Akuttider: the top seats of each time, bookable only on the day itself. */
    acuteSeats: integer().notNull().default(0),
    cutoffMinutes: integer().notNull().default(60),
    horizonDays: integer().notNull().default(30),
    /** Minutes after the booked time a citizen still counts as on time; later is a no-show (or late arrival). */
    graceMinutes: integer().notNull().default(10),
    latePolicy: appointmentLatePolicy().notNull().default('walk_in'),
    /** What to bring, shown on the public booking page and in the confirmation. */
    bringTextDa: text().notNull().default(''),
    bringTextEn: text().notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('appointment_rules_location_service_key').on(t.locationId, t.serviceId),
    check('appointment_rules_capacity_check', sql`${t.capacity} between 1 and 50 and ${t.acuteSeats} between 0 and ${t.capacity}`),
    check('appointment_rules_slot_check', sql`${t.slotMinutes} between 5 and 240`),
  ],
);

/** A period in which a location (or one service at it) takes no bookings: a holiday, a course, a closed afternoon. */
export const appointmentBlocks = pgTable(
  'appointment_blocks',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    /** Null: every service at the location. */
    serviceId: uuid().references(() => services.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull(),
    createdByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('appointment_blocks_location_idx').on(t.locationId, t.startsAt),
    check('appointment_blocks_period_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const appointmentStatus = pgEnum('appointment_status', ['booked', 'checked_in', 'cancelled', 'no_show', 'late']);
export const appointmentChannel = pgEnum('appointment_channel', ['public', 'phone', 'counter']);

/**
 * A booked time. A seat (1..capacity) of a time is held by at most one live booking: the partial unique index
 * `appointments_seat_key` is what makes a time never given twice, under any concurrency.
 */
export const appointments = pgTable(
  'appointments',
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
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    seat: integer().notNull(),
    /**
     * The place's counter this booking holds at its time when a counter schedule limits that time (1..scheduled
     * counters; null: no schedule applied when it was booked). `appointments_counter_seat_key` keeps one number per
     * place and time, so the errands sharing the scheduled counters never book more citizens than there are counters.
     */
    counterSeat: integer(),
    status: appointmentStatus().notNull().default('booked'),
    channel: appointmentChannel().notNull(),
    /** sha256 of the booking code (the code itself is shown once, to the citizen). */
    codeHash: text().notNull(),
    /** The least the desk needs to recognise the booking (public page: no CPR). */
    name: text().notNull(),
    phone: text(),
    email: text(),
    birthDate: date(),
    language: text().notNull().default('da'),
    /** Booked by staff for a citizen looked up by CPR. */
    personId: uuid().references(() => persons.id),
    ticketId: uuid().references(() => tickets.id),
    checkedInAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    noShowAt: timestamp({ withTimezone: true }),
    /** When the day-before reminder went to the outbox (null: not yet, or no contact / notifications off). */
    reminderSentAt: timestamp({ withTimezone: true }),
    bookedByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('appointments_seat_key')
      .on(t.locationId, t.serviceId, t.startsAt, t.seat)
      .where(sql`${t.status} in ('booked', 'checked_in')`),
    uniqueIndex('appointments_counter_seat_key')
      .on(t.locationId, t.startsAt, t.counterSeat)
      .where(sql`${t.status} in ('booked', 'checked_in')`),
    uniqueIndex('appointments_code_key').on(t.codeHash),
    index('appointments_location_day_idx').on(t.locationId, t.startsAt),
    // Statistics over a municipality's period without a location filter.
    index('appointments_municipality_time_idx').on(t.municipalityId, t.startsAt),
    index('appointments_open_idx')
      .on(t.startsAt)
      .where(sql`${t.status} = 'booked'`),
  ],
);

/** A band of a counter schedule: from–to (local 'HH:MM', from inclusive) with the counters that take booked citizens. */
export interface CounterBandValue {
  from: string;
  to: string;
  counters: number;
}

/**
 * The admin's weekly counter schedule of a location (docs/appointments.md): per weekday (1 = Monday) time bands with
 * the number of counters that take booked citizens. A weekday without bands has no extra limit.
 */
export const counterSchedules = pgTable('counter_schedules', {
  locationId: uuid()
    .primaryKey()
    .references(() => locations.id),
  municipalityId: uuid()
    .notNull()
    .references(() => municipalities.id),
  bands: jsonb().$type<Array<CounterBandValue & { weekday: number }>>().notNull().default([]),
  updatedAt: updatedAt(),
});

/** A lead's override of one local date's counter bands (sickness, a course); no bands: no bookings that day. */
export const counterScheduleDays = pgTable(
  'counter_schedule_days',
  {
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    date: date().notNull(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    bands: jsonb().$type<CounterBandValue[]>().notNull().default([]),
    reason: text().notNull().default(''),
    updatedByUserId: uuid().references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.date] })],
);

/** Per municipality: the appointment head start in the call order (clamped to the fairness bound) and notifications. */
export const appointmentSettings = pgTable('appointment_settings', {
  municipalityId: uuid()
    .primaryKey()
    .references(() => municipalities.id),
  headStartMinutes: integer().notNull().default(15),
  notificationsEnabled: boolean().notNull().default(false),
});

/**
 * The link behind the QR code on a kiosk receipt: a public page with the ticket's place and estimate. The token is
 * random (only its sha256 is stored), names no person, and expires at the end of the service day.
 */
export const ticketStatusLinks = pgTable(
  'ticket_status_links',
  {
    tokenHash: text().primaryKey(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_status_links_ticket_idx').on(t.ticketId), index('ticket_status_links_expiry_idx').on(t.expiresAt)],
);

export const notificationChannel = pgEnum('notification_channel', ['sms', 'email']);
export const notificationKind = pgEnum('notification_kind', ['confirmation', 'reminder', 'turn_near', 'passport_ready', 'cancelled']);

/**
 * What NotificationSender sent. The local implementation (LocalOutboxNotificationSender) only writes here: no SMS or
 * e-mail gateway is connected, and staff see the outbox in the app.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    channel: notificationChannel().notNull(),
    kind: notificationKind().notNull(),
    recipient: text().notNull(),
    subject: text(),
    body: text().notNull(),
    appointmentId: uuid().references(() => appointments.id),
    ticketId: uuid().references(() => tickets.id),
    createdAt: createdAt(),
  },
  (t) => [index('notification_outbox_municipality_idx').on(t.municipalityId, t.createdAt)],
);
