import { bigserial, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { locations, municipalities, users } from './tenancy.ts';

export const deviceKind = pgEnum('device_kind', ['kiosk', 'display']);

/** A ticket kiosk or call display, bound to one location. Its key is stored only as a SHA-256 hash. */
export const devices = pgTable(
  'devices',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    name: text().notNull(),
    kind: deviceKind().notNull(),
    keyHash: text().notNull(),
    createdBy: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('devices_key_hash_key').on(t.keyHash), index('devices_municipality_idx').on(t.municipalityId)],
);

/**
 * A signed-in session of a user or a device. Access tokens carry its id, and every request checks that it is
 * still live, so sign-out, a disabled user or a revoked device takes effect at once.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    userId: uuid().references(() => users.id),
    deviceId: uuid().references(() => devices.id),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedReason: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_device_idx').on(t.deviceId)],
);

/** Refresh tokens rotate on every use; presenting a used one again revokes the whole session (reuse detection). */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash), index('refresh_tokens_session_idx').on(t.sessionId)],
);

/** Failed sign-ins, kept for throttling repeated guesses at one username across every API process. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    usernameKey: text().notNull(),
    ip: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_username_at_idx').on(t.usernameKey, t.at)],
);
