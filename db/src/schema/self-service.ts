import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { createdAt, id } from './columns.ts';
import { persons } from './persons.ts';
import { municipalities, users } from './tenancy.ts';

/**
 * A municipality's lovområder (law areas) under mandatory digital self-service (domain.md §2), configurable because
 * the laws added areas in waves. For an Udbetaling Danmark area a decision must be notified to UDK and is appealed
 * to Ankestyrelsen (lov om Udbetaling Danmark § 13, stk. 3-4); for the others the appeal body is configured here.
 */
export const lawAreas = pgTable(
  'law_areas',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    code: text().notNull(),
    nameDa: text().notNull(),
    nameEn: text().notNull(),
    udbetalingDanmark: boolean().notNull().default(false),
    /** ✱ Not used for UDK areas (always Ankestyrelsen); null: the letter names the municipality itself. */
    appealBody: text(),
    /** The rule that makes self-service mandatory, e.g. "CPR-loven § 12, stk. 3". */
    legalReference: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('law_areas_municipality_code_key').on(t.municipalityId, t.code),
    check('law_areas_code_format', sql`${t.code} ~ '^[a-z][a-z_]{0,39}$'`),
  ],
);

export const appealPeriodUnit = pgEnum('appeal_period_unit', ['weeks', 'months']);

/** Per municipality; no row means the default appeal period of 4 weeks (✱ Herning's practice). */
export const selfServiceSettings = pgTable(
  'self_service_settings',
  {
    municipalityId: uuid()
      .primaryKey()
      .references(() => municipalities.id),
    appealPeriodCount: integer().notNull().default(4),
    appealPeriodUnit: appealPeriodUnit().notNull().default('weeks'),
  },
  (t) => [check('self_service_settings_period_positive', sql`${t.appealPeriodCount} > 0`)],
);

export const selfServiceScope = pgEnum('self_service_scope', ['single_application', 'general']);
export const selfServiceOutcome = pgEnum('self_service_outcome', ['grant', 'refuse']);
export const appealStatus = pgEnum('appeal_status', ['pending', 'upheld', 'overturned']);

/**
 * The afgørelse of a self-service exemption case: grant or refusal (with begrundelse and the appeal deadline), the
 * appeal if one is registered, and whether Udbetaling Danmark must be, or has been, notified.
 */
export const selfServiceDecisions = pgTable(
  'self_service_decisions',
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
    scope: selfServiceScope().notNull(),
    applicationDescription: text(),
    grounds: text().array().notNull(),
    outcome: selfServiceOutcome().notNull(),
    legalBasis: text(),
    considerations: text(),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid()
      .notNull()
      .references(() => users.id),
    /** Refusals only: the last day to appeal, as printed in the letter. */
    appealDeadline: date({ mode: 'string' }),
    /**
     * Refusals only: the appeal period the deadline was counted with, as decided (the setting may change later).
     * Rows from before migration 0021 were given the period then in force, which is what their letters printed.
     */
    appealPeriodCount: integer(),
    appealPeriodUnit: appealPeriodUnit(),
    appealStatus: appealStatus(),
    appealReceivedOn: date({ mode: 'string' }),
    appealNote: text(),
    appealResolvedAt: timestamp({ withTimezone: true }),
    /** Set when a grant (or an overturned refusal) covers an Udbetaling Danmark area. */
    udkNotificationRequired: boolean().notNull().default(false),
    udkNotifiedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('self_service_decisions_case_key').on(t.caseId),
    index('self_service_decisions_person_idx').on(t.personId, t.municipalityId),
    check(
      'self_service_decisions_refusal_reasoned',
      sql`${t.outcome} = 'grant' or (${t.legalBasis} is not null and ${t.considerations} is not null and ${t.appealDeadline} is not null)`,
    ),
    check('self_service_decisions_appeal_on_refusal', sql`${t.appealStatus} is null or ${t.outcome} = 'refuse'`),
  ],
);

/**
 * The law areas a decision covers, with what the letter prints about each as it stood when decided (an administrator
 * may rename an area, move its appeal body or its UDK flag later; a reprinted letter still says what was decided).
 */
export const selfServiceDecisionAreas = pgTable(
  'self_service_decision_areas',
  {
    decisionId: uuid()
      .notNull()
      .references(() => selfServiceDecisions.id),
    lawAreaId: uuid()
      .notNull()
      .references(() => lawAreas.id),
    /** Null only on rows written without the snapshot; readers fall back to the law area as it is now. */
    nameDa: text(),
    udbetalingDanmark: boolean(),
    /** As configured when decided; null: no body was configured (the letter names the municipality). */
    appealBody: text(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.lawAreaId] })],
);

/**
 * Notifications to Udbetaling Danmark as recorded by LocalRecordingUdkNotifier: a record that staff notified UDK by
 * their own channel, NOT a message sent to UDK.
 */
export const udkNotifications = pgTable('udk_notifications', {
  id: id(),
  decisionId: uuid()
    .notNull()
    .references(() => selfServiceDecisions.id),
  municipalityId: uuid()
    .notNull()
    .references(() => municipalities.id),
  lawAreaCodes: text().array().notNull(),
  notifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  notifiedBy: uuid()
    .notNull()
    .references(() => users.id),
});
