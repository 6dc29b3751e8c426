import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { persons } from './persons.ts';
import { municipalities, users } from './tenancy.ts';

/**
 * Skranke's local doctor register (synthetic demo practices), NOT the national yderregister: the practices a citizen in
 * sygesikringsgruppe 1 may choose from. The API reads it through the `DoctorRegister` adapter
 * (apps/api/src/floor/registers/doctor-register.ts), where a client of the regions' register would plug in instead.
 */
export const doctors = pgTable(
  'doctors',
  {
    id: id(),
    /** Ydernummer: the practice's number with the regions. */
    providerNumber: text().notNull(),
    clinicName: text().notNull(),
    /** The doctors of the practice as the citizen reads them, e.g. "Læge Anne Holm og læge Peter Dam". */
    doctorNames: text().notNull(),
    street: text().notNull(),
    postcode: text().notNull(),
    city: text().notNull(),
    /** Kommunekode of the practice's address, e.g. '751'. */
    municipalityCode: text().notNull(),
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
    phone: text(),
    openForNewPatients: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('doctors_provider_number_key').on(t.providerNumber),
    index('doctors_postcode_idx').on(t.postcode),
    check('doctors_location_check', sql`${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180`),
  ],
);

/**
 * A citizen's sygesikring as the local register holds it: group 1 or 2, the chosen doctor (group 1), when the group last
 * changed (the 12-month rule) and when the current health card was issued (a damaged card under 4 years costs a fee).
 */
export const healthInsurance = pgTable(
  'health_insurance',
  {
    personId: uuid()
      .primaryKey()
      .references(() => persons.id),
    insuranceGroup: smallint().notNull().default(1),
    doctorId: uuid().references(() => doctors.id),
    doctorSince: date({ mode: 'string' }),
    groupChangedOn: date({ mode: 'string' }),
    cardIssuedOn: date({ mode: 'string' }),
    updatedAt: updatedAt(),
  },
  (t) => [index('health_insurance_doctor_idx').on(t.doctorId), check('health_insurance_group_check', sql`${t.insuranceGroup} in (1, 2)`)],
);

/** A sundhedskort ordered (or a temporary certificate printed) at the counter, and the fee charged. */
export const healthCardOrders = pgTable(
  'health_card_orders',
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
    /** `new_card`, `replacement` or `temporary` (@skranke/domain HealthCardKind). */
    kind: text().notNull(),
    /** Why (@skranke/domain HealthCardReason), e.g. `lost`. */
    reason: text().notNull(),
    /** In øre; 0 when free. */
    feeOre: integer().notNull(),
    feeYear: integer().notNull(),
    /** Why no fee is charged (e.g. `first_card`); null when a fee is charged. */
    freeBecause: text(),
    /** A temporary certificate's last valid day. */
    temporaryValidUntil: date({ mode: 'string' }),
    orderedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    orderedBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex('health_card_orders_case_key').on(t.caseId),
    index('health_card_orders_person_idx').on(t.personId),
    check('health_card_orders_fee_nonnegative', sql`${t.feeOre} >= 0`),
    check('health_card_orders_kind_check', sql`${t.kind} in ('new_card', 'replacement', 'temporary')`),
  ],
);

/** A change of doctor and/or sygesikringsgruppe registered at the counter. */
export const doctorChanges = pgTable(
  'doctor_changes',
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
    /** `moving`, `wish` or `group_change` (@skranke/domain DoctorChangeReason). */
    reason: text().notNull(),
    fromDoctorId: uuid().references(() => doctors.id),
    /** Null for group 2 (no own doctor). */
    toDoctorId: uuid().references(() => doctors.id),
    groupFrom: smallint().notNull(),
    groupTo: smallint().notNull(),
    /** From home to the chosen practice when chosen, in metres. */
    distanceM: integer(),
    feeOre: integer().notNull(),
    feeYear: integer().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex('doctor_changes_case_key').on(t.caseId),
    index('doctor_changes_person_idx').on(t.personId),
    check('doctor_changes_fee_nonnegative', sql`${t.feeOre} >= 0`),
    check('doctor_changes_group_check', sql`${t.groupTo} in (1, 2) and ${t.groupFrom} in (1, 2)`),
    check('doctor_changes_doctor_for_group_1', sql`(${t.groupTo} = 1) = (${t.toDoctorId} is not null)`),
  ],
);
