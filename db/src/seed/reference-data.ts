/**
 * Reference data every database needs, demo or production: the national fee tables (statutory, the same for every
 * municipality). Loaded on each start after the migrations (apps/api/src/server.ts) and by the demo seed. Repeatable
 * and never overwriting: a table that exists for a product and year is left as it is, so a table the platform
 * operator loaded (`pnpm fees:load`) survives every later start.
 */
import { advisoryXactLock } from '../advisory-lock.ts';
import type { Database, Tx } from '../index.ts';
import { DRIVING_LICENCE_FEE_TABLES } from './driving-licence-fees.ts';
import { HEALTH_CARD_FEE_TABLES } from './health-card-fees.ts';
import { PASSPORT_FEE_TABLES, seedFeeTables, type SeedFeeTable } from './fees.ts';

export { DRIVING_LICENCE_FEE_TABLES } from './driving-licence-fees.ts';
export { HEALTH_CARD_FEE_TABLES } from './health-card-fees.ts';
export { PASSPORT_FEE_TABLES, type SeedFeeTable } from './fees.ts';

/** Every national fee table shipped with this version, by product and year. */
export const NATIONAL_FEE_TABLES: readonly SeedFeeTable[] = [
  ...PASSPORT_FEE_TABLES,
  ...DRIVING_LICENCE_FEE_TABLES,
  ...HEALTH_CARD_FEE_TABLES,
];

/** Adds the national fee tables a database lacks, inside the caller's transaction. */
export const seedNationalFeeTables = (tx: Tx) => seedFeeTables(tx, NATIONAL_FEE_TABLES);

/** The lock two starting processes take turns under: hashtext('skranke.reference-data'), the key taken before. */
export const REFERENCE_DATA_LOCK_KEY = 1832429227n;

/** Adds whatever reference data the database lacks, in one transaction. */
export async function seedReferenceData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    // Two API processes starting together must not both insert the same table (the unique key would fail one).
    await advisoryXactLock(tx, REFERENCE_DATA_LOCK_KEY);
    await seedNationalFeeTables(tx);
  });
}
