import { schema, type Database } from '@skranke/db';
import type { FeeTableFile } from '@skranke/domain';
import { asc } from 'drizzle-orm';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import { createFeesRepository } from './fees.repository.ts';
import { auditView } from './fees.service.ts';

/** The audit action of a national table loaded by the platform operator (`pnpm fees:load`). */
export const NATIONAL_LOAD_ACTION = 'fee-table.national.load';

export class FeeTableExistsError extends Error {
  constructor(
    readonly product: string,
    readonly year: number,
  ) {
    super(`national ${product} fee table for ${year} exists`);
  }
}

export interface NationalLoadResult {
  id: string;
  replaced: boolean;
  /** Municipalities whose audit trail records the load. */
  audited: number;
}

/**
 * Stores a national fee table the platform operator loaded from a file. National tables apply to every municipality
 * and no administrator may change them (fees.service.ts), so this is their only way in besides the reference data
 * shipped with Skranke. An existing table for the product and year is replaced only when `replace` is set. The load
 * is audited in every municipality's trail (each chain is per municipality; all of them charge from the table), with
 * the table before and after and the operator's name, in the same transaction.
 */
export async function loadNationalFeeTable(
  db: Database,
  table: FeeTableFile,
  options: { replace: boolean; operator: string },
): Promise<NationalLoadResult> {
  const repo = createFeesRepository(db);
  return db.transaction(async (tx) => {
    const before = await repo.find(table.product, table.year, null, tx, true);
    if (before && !options.replace) throw new FeeTableExistsError(table.product, table.year);
    const id = await repo.put(
      {
        product: table.product,
        year: table.year,
        municipalityId: null,
        approximate: table.approximate,
        source: table.source,
        note: table.note,
        updatedBy: null,
      },
      table.rates,
      before?.table.id ?? null,
      tx,
    );
    const after = (await repo.find(table.product, table.year, null, tx))!;
    const municipalities = await tx
      .select({ id: schema.municipalities.id })
      .from(schema.municipalities)
      .orderBy(asc(schema.municipalities.code));
    for (const m of municipalities) {
      await appendAudit(tx, {
        municipalityId: m.id,
        action: NATIONAL_LOAD_ACTION,
        subjectType: 'fee_table',
        subjectId: id,
        details: {
          product: table.product,
          year: table.year,
          scope: 'national',
          replaced: Boolean(before),
          operator: options.operator,
          before: auditView(before),
          after: auditView(after),
        },
      });
    }
    return { id, replaced: Boolean(before), audited: municipalities.length };
  });
}
