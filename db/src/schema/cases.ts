import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { tickets } from './queue.ts';
import { municipalities, users } from './tenancy.ts';

export const caseStatus = pgEnum('case_status', ['draft', 'completed', 'refused', 'cancelled', 'revoked']);

/**
 * A case (sag): one citizen's errand handled as a guided workflow (Digital Post exemption now; passport, driving
 * licence, MitID later). The draft is saved step by step in `step_data`, so it can be resumed; `version` gives
 * optimistic concurrency (a stale `expectedVersion` gets 409).
 */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    /**
     * The human case number (sagsnummer), e.g. `2026-000123`: year and serial per municipality, from
     * `case_number_counters` in the transaction that creates the case. What receipts print and citizens quote.
     */
    number: text().notNull(),
    /** The workflow, e.g. `digital_post_exemption`. */
    type: text().notNull(),
    status: caseStatus().notNull().default('draft'),
    /** The first step not yet saved; null when every step is saved or the case has no steps. */
    currentStep: text(),
    /** Per step name, the data saved for it (validated by the workflow before it is stored). */
    stepData: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** The queue ticket the errand came from, if any. */
    ticketId: uuid().references(() => tickets.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    updatedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('cases_person_idx').on(t.personId, t.createdAt),
    index('cases_municipality_idx').on(t.municipalityId, t.status),
    // One open draft per citizen and workflow in a municipality: a second start there resumes the first. Another
    // municipality's draft neither blocks nor shows (each keeps its own cases).
    uniqueIndex('cases_open_draft_key')
      .on(t.municipalityId, t.personId, t.type)
      .where(sql`${t.status} = 'draft'`),
    uniqueIndex('cases_municipality_number_key').on(t.municipalityId, t.number),
  ],
);

/**
 * The last case number serial given out per municipality and (Copenhagen) year. Taking a number is one upsert that
 * increments the row and returns it, so concurrent starts queue on the row lock and never share a number; a start that
 * rolls back gives its serial back with it.
 */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    year: integer().notNull(),
    lastSerial: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.year] }), check('case_number_counters_serial_positive', sql`${t.lastSerial} > 0`)],
);

/** The case's timeline: every status change and saved step, by whom and when. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** e.g. `start`, `save_step`, `complete`, `revoke`. */
    action: text().notNull(),
    fromStatus: caseStatus(),
    toStatus: caseStatus().notNull(),
    note: text(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

export const digitalPostApplicantType = pgEnum('digital_post_applicant_type', ['in_person', 'power_of_attorney', 'guardian']);

/**
 * Fritagelse fra Digital Post as registered by Skranke's LocalDigitalPostRegistry (not the national
 * Fritagelsesmodul). No end date: it lasts until revoked, except that one with `lapses_on_return` ends when the
 * person is no longer registered as emigrated. No documentation column, on purpose: none may be demanded.
 */
export const digitalPostExemptions = pgTable(
  'digital_post_exemptions',
  {
    id: id(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    /** As the citizen stated them; null when they chose not to say. */
    grounds: text().array(),
    applicantType: digitalPostApplicantType().notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid()
      .notNull()
      .references(() => users.id),
    lapsesOnReturn: boolean().notNull(),
    /** Set when a later registration finds this emigration exemption lapsed (the person came back). */
    lapsedAt: timestamp({ withTimezone: true }),
    /** The day it ended when it lapsed on a return (the return's moving date); null when lapsed otherwise. */
    lapsedOn: date({ mode: 'string' }),
    /** Why it lapsed, in Danish (e.g. "Bortfaldet ved indrejse …"). */
    lapseReason: text(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => users.id),
    revocationCaseId: uuid().references(() => cases.id),
  },
  (t) => [
    uniqueIndex('digital_post_exemptions_case_key').on(t.caseId),
    // At most one exemption per person that is neither revoked nor recorded as lapsed.
    uniqueIndex('digital_post_exemptions_current_key')
      .on(t.personId)
      .where(sql`${t.revokedAt} is null and ${t.lapsedAt} is null`),
    check(
      'digital_post_exemptions_revocation_complete',
      sql`(${t.revokedAt} is null) = (${t.revokedBy} is null) and (${t.revokedAt} is null) = (${t.revocationCaseId} is null)`,
    ),
  ],
);
