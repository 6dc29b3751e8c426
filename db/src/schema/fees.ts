import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { municipalities, users } from './tenancy.ts';

/** What a fee table prices. New products are added here (and in @skranke/domain FEE_PRODUCTS). */
export const feeProduct = pgEnum('fee_product', ['passport', 'driving_licence', 'health_card']);

/**
 * One year's fee table for one product (fees are indexed every 1 January, domain.md §4). Statutory fees are national:
 * `municipality_id` null. A municipality may keep its own table for a product and year; the lookup then prefers it.
 * `approximate` marks amounts that are not verified in a source (✱): the UI and receipts say so.
 */
export const feeTables = pgTable(
  'fee_tables',
  {
    id: id(),
    product: feeProduct().notNull(),
    year: integer().notNull(),
    /** Null: the national table. */
    municipalityId: uuid().references(() => municipalities.id),
    approximate: boolean().notNull().default(false),
    /** Where the amounts come from, e.g. "pasloven §§ 4a/4b; kolding.dk". */
    source: text(),
    note: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    updatedBy: uuid().references(() => users.id),
  },
  (t) => [
    unique('fee_tables_product_year_municipality_key').on(t.product, t.year, t.municipalityId).nullsNotDistinct(),
    check('fee_tables_year_range', sql`${t.year} between 2000 and 2100`),
  ],
);

/**
 * One rate of a fee table: a code (an age band such as `adult`, or a variant such as `duplicate`) that applies from
 * an age up to (not including) another age. Either bound may instead be the citizen's folkepension age, which depends
 * on their birth date: the passport's adult band ends there. No upper bound: open-ended.
 */
export const feeRates = pgTable(
  'fee_rates',
  {
    id: id(),
    feeTableId: uuid()
      .notNull()
      .references(() => feeTables.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    labelDa: text().notNull(),
    labelEn: text().notNull(),
    /** Whole years; null when the band starts at pension age. */
    fromAge: integer(),
    fromPensionAge: boolean().notNull().default(false),
    /** Whole years, exclusive; null when open-ended or ending at pension age. */
    toAge: integer(),
    toPensionAge: boolean().notNull().default(false),
    /** In øre (1 kr = 100 øre). */
    amountOre: integer().notNull(),
  },
  (t) => [
    unique('fee_rates_table_code_key').on(t.feeTableId, t.code),
    index('fee_rates_table_idx').on(t.feeTableId),
    check('fee_rates_code_format', sql`${t.code} ~ '^[a-z][a-z0-9_]{0,39}$'`),
    check('fee_rates_amount_non_negative', sql`${t.amountOre} >= 0`),
    check('fee_rates_from_bound', sql`(${t.fromAge} is null) = ${t.fromPensionAge}`),
    check('fee_rates_to_bound', sql`not (${t.toAge} is not null and ${t.toPensionAge})`),
    check(
      'fee_rates_ages',
      sql`(${t.fromAge} is null or ${t.fromAge} >= 0) and (${t.toAge} is null or ${t.fromAge} is null or ${t.toAge} > ${t.fromAge})`,
    ),
  ],
);
