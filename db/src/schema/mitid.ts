import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { createdAt, id } from './columns.ts';
import { persons } from './persons.ts';
import { municipalities, users } from './tenancy.ts';

/**
 * MitID rule values per municipality (domain.md §3). No row means the defaults below. ✱ values: mitid.dk says a
 * witness must have had MitID for more than 30 days, digst.dk says 10; the appeal body and period of a refusal are
 * not given by the sources either.
 */
export const mitidSettings = pgTable(
  'mitid_settings',
  {
    municipalityId: uuid()
      .primaryKey()
      .references(() => municipalities.id),
    /** A witness must have had MitID for more than this many days (✱ 30 per mitid.dk, 10 per digst.dk). */
    witnessMinMitidDays: integer().notNull().default(30),
    /** At most this many witness acts per witness within the window (mitid.dk: 3). */
    witnessMaxActs: integer().notNull().default(3),
    /** The window, in days, in which witness acts are counted (mitid.dk: 120). */
    witnessWindowDays: integer().notNull().default(120),
    /** ✱ Named in a refusal's klagevejledning. */
    appealBody: text().notNull().default('Digitaliseringsstyrelsen'),
    /** ✱ Weeks to appeal a refusal. */
    appealPeriodWeeks: integer().notNull().default(4),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id),
  },
  (t) => [
    check('mitid_settings_witness_min_mitid_days_nonnegative', sql`${t.witnessMinMitidDays} >= 0`),
    check('mitid_settings_witness_max_acts_positive', sql`${t.witnessMaxActs} > 0`),
    check('mitid_settings_witness_window_days_positive', sql`${t.witnessWindowDays} > 0`),
    check('mitid_settings_appeal_period_weeks_positive', sql`${t.appealPeriodWeeks} > 0`),
  ],
);

export const mitidAuthenticator = pgEnum('mitid_authenticator', ['app', 'kodeviser', 'kodeoplaeser', 'chip']);

/**
 * MitIDs as issued by Skranke's LocalMitIdRegistry (demo residents are seeded with some): NOT the national MitID
 * broker. `holder_since` is when the person first got MitID, carried over when a MitID is replaced, since a witness
 * must have had MitID for a number of days.
 */
export const mitidIdentities = pgTable(
  'mitid_identities',
  {
    id: id(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    authenticator: mitidAuthenticator().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    holderSince: date({ mode: 'string' }).notNull(),
    /** Null for seeded MitIDs. */
    caseId: uuid().references(() => cases.id),
    issuedBy: uuid().references(() => users.id),
    /** Set when a later issue replaces this MitID. */
    replacedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mitid_identities_current_key')
      .on(t.personId)
      .where(sql`${t.replacedAt} is null`),
    uniqueIndex('mitid_identities_case_key').on(t.caseId),
    check('mitid_identities_holder_since', sql`${t.holderSince} <= ${t.issuedOn}`),
  ],
);

/** One row per witness act (vidne) at an issued MitID; counted per witness across the municipality. */
export const mitidWitnessActs = pgTable(
  'mitid_witness_acts',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    witnessPersonId: uuid()
      .notNull()
      .references(() => persons.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    actedOn: date({ mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mitid_witness_acts_case_key').on(t.caseId),
    index('mitid_witness_acts_witness_idx').on(t.witnessPersonId, t.municipalityId, t.actedOn),
  ],
);

/** The afslag of a MitID case: the reasons (codes from @skranke/domain mitid) and the appeal deadline printed in the letter. */
export const mitidRefusals = pgTable(
  'mitid_refusals',
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    reasons: text().array().notNull(),
    /** Staff's note on why identity is uncertain, when they gave one (CPR-shaped text redacted). */
    note: text(),
    appealBody: text().notNull(),
    appealDeadline: date({ mode: 'string' }).notNull(),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex('mitid_refusals_case_key').on(t.caseId), check('mitid_refusals_has_reason', sql`cardinality(${t.reasons}) > 0`)],
);
