import { schema, type DbOrTx } from '@skranke/db';
import type { AgeBound, FeeProduct } from '@skranke/domain';
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';

const { feeTables, feeRates } = schema;

export type FeeTableRow = typeof feeTables.$inferSelect;
type FeeRateRow = typeof feeRates.$inferSelect;

export interface StoredRate {
  code: string;
  labelDa: string;
  labelEn: string;
  from: AgeBound;
  to: AgeBound | null;
  amountOre: number;
}

const toRate = (row: FeeRateRow): StoredRate => ({
  code: row.code,
  labelDa: row.labelDa,
  labelEn: row.labelEn,
  from: row.fromPensionAge ? 'pension_age' : row.fromAge!,
  to: row.toPensionAge ? 'pension_age' : row.toAge,
  amountOre: row.amountOre,
});

const toColumns = (rate: StoredRate) => ({
  code: rate.code,
  labelDa: rate.labelDa,
  labelEn: rate.labelEn,
  fromAge: rate.from === 'pension_age' ? null : rate.from,
  fromPensionAge: rate.from === 'pension_age',
  toAge: rate.to === null || rate.to === 'pension_age' ? null : rate.to,
  toPensionAge: rate.to === 'pension_age',
  amountOre: rate.amountOre,
});

/** Fee tables: the national ones (no municipality) and each municipality's own. */
export function createFeesRepository(db: DbOrTx) {
  async function ratesOf(tableIds: string[], tx: DbOrTx) {
    if (tableIds.length === 0) return new Map<string, StoredRate[]>();
    const rows = await tx
      .select()
      .from(feeRates)
      .where(inArray(feeRates.feeTableId, tableIds))
      .orderBy(asc(feeRates.fromPensionAge), asc(feeRates.fromAge), asc(feeRates.code));
    const byTable = new Map<string, StoredRate[]>();
    for (const row of rows) byTable.set(row.feeTableId, [...(byTable.get(row.feeTableId) ?? []), toRate(row)]);
    return byTable;
  }

  return {
    /** The national tables and the municipality's own, newest year first, each with its rates. */
    async list(municipalityId: string, filter: { product?: FeeProduct; year?: number }, tx: DbOrTx = db) {
      const where: SQL[] = [or(isNull(feeTables.municipalityId), eq(feeTables.municipalityId, municipalityId))!];
      if (filter.product) where.push(eq(feeTables.product, filter.product));
      if (filter.year) where.push(eq(feeTables.year, filter.year));
      const tables = await tx
        .select()
        .from(feeTables)
        .where(and(...where))
        .orderBy(asc(feeTables.product), desc(feeTables.year), asc(feeTables.municipalityId));
      const rates = await ratesOf(
        tables.map((t) => t.id),
        tx,
      );
      return tables.map((table) => ({ table, rates: rates.get(table.id) ?? [] }));
    },

    /** One table exactly: the national one (`municipalityId` null) or a municipality's own, locked when `forUpdate`. */
    async find(product: FeeProduct, year: number, municipalityId: string | null, tx: DbOrTx = db, forUpdate = false) {
      const query = tx
        .select()
        .from(feeTables)
        .where(
          and(
            eq(feeTables.product, product),
            eq(feeTables.year, year),
            municipalityId ? eq(feeTables.municipalityId, municipalityId) : isNull(feeTables.municipalityId),
          ),
        );
      const [table] = forUpdate ? await query.for('update') : await query;
      if (!table) return null;
      return { table, rates: (await ratesOf([table.id], tx)).get(table.id) ?? [] };
    },

    /** Inserts or replaces a table with its rates (the caller holds the transaction and has locked any existing row). */
    async put(
      values: {
        product: FeeProduct;
        year: number;
        municipalityId: string | null;
        approximate: boolean;
        source: string | null;
        note: string | null;
        updatedBy: string | null;
      },
      rates: readonly StoredRate[],
      existingId: string | null,
      tx: DbOrTx = db,
    ): Promise<string> {
      let id = existingId;
      if (id) {
        await tx
          .update(feeTables)
          .set({
            approximate: values.approximate,
            source: values.source,
            note: values.note,
            updatedBy: values.updatedBy,
            updatedAt: new Date(),
          })
          .where(eq(feeTables.id, id));
        await tx.delete(feeRates).where(eq(feeRates.feeTableId, id));
      } else {
        const [row] = await tx.insert(feeTables).values(values).returning({ id: feeTables.id });
        id = row!.id;
      }
      await tx.insert(feeRates).values(rates.map((rate) => ({ feeTableId: id, ...toColumns(rate) })));
      return id;
    },
  };
}
