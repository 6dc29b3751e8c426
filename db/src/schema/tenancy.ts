import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';

export const municipalities = pgTable(
  'municipalities',
  {
    id: id(),
    /** Kommunekode, e.g. 751 for Aarhus. */
    code: text().notNull(),
    name: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('municipalities_code_key').on(t.code)],
);

export const locationKind = pgEnum('location_kind', ['office', 'mobile']);

export const locations = pgTable(
  'locations',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    name: text().notNull(),
    kind: locationKind().notNull().default('office'),
    address: text().notNull(),
    /** A walk-in may take a number from the public page on a phone (takeRemoteTicket), in opening hours. */
    allowRemoteTickets: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('locations_municipality_idx').on(t.municipalityId)],
);

export const staffRole = pgEnum('staff_role', ['counter', 'lead', 'admin']);

export const users = pgTable(
  'users',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    /** Stored lower-case; sign-in compares case-insensitively. */
    username: text().notNull(),
    name: text().notNull(),
    role: staffRole().notNull(),
    passwordHash: text(),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_key').on(t.username), index('users_municipality_idx').on(t.municipalityId)],
);

export const userLocations = pgTable(
  'user_locations',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.locationId] })],
);
