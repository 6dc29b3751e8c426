import type { NextYearFeeStatus } from '@skranke/contracts';
import type { DbOrTx } from '@skranke/db';
import { nextYearFeeStatus, serviceDay } from '@skranke/domain';
import { createFeesRepository } from './fees.repository.ts';

/** Next year's fee tables as of `at` (its Copenhagen date), counting the national ones and the municipality's own. */
export async function nextYearFeeStatusFor(db: DbOrTx, municipalityId: string, at: Date): Promise<NextYearFeeStatus> {
  const asOf = serviceDay(at);
  const year = Number(asOf.slice(0, 4)) + 1;
  const present = (await createFeesRepository(db).list(municipalityId, { year })).map(({ table }) => ({
    product: table.product,
    year: table.year,
  }));
  return { asOf, ...nextYearFeeStatus(asOf, present) };
}
