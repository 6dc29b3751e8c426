import type { FeeTable, FeeTableList, FeeTableQuery, PutFeeTableBody } from '@skranke/contracts';
import type { Database, DbOrTx } from '@skranke/db';
import {
  ageFacts,
  FeeRateNotFoundError,
  feeTableProblems,
  FOLKEPENSION_AGE_TABLE,
  selectFeeRate,
  type AgeFacts,
  type FeeProduct,
  type FeeRate,
  type PensionAgeStep,
} from '@skranke/domain';
import { AppError, conflict } from '../../errors.ts';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import type { Staff } from '../../floor/staff.ts';
import { createFeesRepository, type FeeTableRow, type StoredRate } from './fees.repository.ts';

const PRODUCT_DA: Record<FeeProduct, string> = { passport: 'pas', driving_licence: 'kørekort', health_card: 'sundhedskort' };
const PRODUCT_THE_DA: Record<FeeProduct, string> = { passport: 'passet', driving_licence: 'kørekortet', health_card: 'sundhedskortet' };
const PRODUCT_EN: Record<FeeProduct, string> = { passport: 'passport', driving_licence: 'driving licence', health_card: 'health card' };

/** The fee that applies, with where it came from (for the receipt and the case's record). */
export interface FeeQuote {
  product: FeeProduct;
  year: number;
  scope: 'national' | 'municipality';
  /** ✱ The table's amounts are not verified. */
  approximate: boolean;
  rate: FeeRate;
  facts: AgeFacts;
}

export interface FeeForOptions {
  /** A municipality's own table for the product and year is preferred over the national one. */
  municipalityId?: string | null;
  product: FeeProduct;
  /** The citizen's birth date (YYYY-MM-DD): age and folkepension age both follow from it. */
  birthDate: string;
  /** The date the fee is charged (Copenhagen date); its year picks the table unless `year` is given. */
  on: string;
  year?: number;
  /** A variant such as `duplicate`, for products whose rates are chosen by code. */
  code?: string;
  pensionAgeTable?: readonly PensionAgeStep[];
}

/**
 * The one fee lookup every workflow uses (passport, driving licence …): the table for the product and year (the
 * municipality's own, else the national one), then the rate covering the citizen's age on the date. Throws 409
 * `fee-table-missing` when no table exists for the year (saying who adds it: the platform operator, or the
 * municipality's administrator its own table) and `fee-rate-missing` when
 * the table has no rate for the citizen.
 */
export async function feeFor(db: DbOrTx, options: FeeForOptions): Promise<FeeQuote> {
  const repo = createFeesRepository(db);
  const year = options.year ?? Number(options.on.slice(0, 4));
  const found =
    (options.municipalityId && (await repo.find(options.product, year, options.municipalityId))) ||
    (await repo.find(options.product, year, null));
  if (!found) {
    // Said to the counter worker, who can do nothing about it but ask: who fixes it, and how. National tables are
    // loaded by the platform operator (pnpm fees:load); a municipality may make its own table, which feeFor prefers.
    throw conflict(
      'fee-table-missing',
      `Der er ingen gebyrtabel for ${PRODUCT_DA[options.product]} i ${year}, så gebyret kan ikke findes, og ${PRODUCT_THE_DA[options.product]} kan ikke bestilles endnu. ` +
        `Kontakt kommunens administrator: landstabellen indlæses af Skrankes driftsansvarlige med kommandoen pnpm fees:load, ` +
        `eller administratoren opretter kommunens egen tabel for ${year} under Administration → Gebyrer. Sagen er gemt som kladde og kan gøres færdig bagefter.`,
      {
        detailEn:
          `There is no ${PRODUCT_EN[options.product]} fee table for ${year}, so the fee cannot be found and the ${PRODUCT_EN[options.product]} cannot be ordered yet. ` +
          `Contact the municipality's administrator: the national table is loaded by Skranke's platform operator with pnpm fees:load, ` +
          `or the administrator creates the municipality's own table for ${year} under Administration → Fees. The case is kept as a draft and can be finished afterwards.`,
      },
    );
  }
  const facts = ageFacts(options.birthDate, options.on, options.pensionAgeTable ?? FOLKEPENSION_AGE_TABLE);
  try {
    const rate = selectFeeRate(found.rates, facts, options.code);
    return {
      product: options.product,
      year,
      scope: found.table.municipalityId ? 'municipality' : 'national',
      approximate: found.table.approximate,
      rate,
      facts,
    };
  } catch (error) {
    if (!(error instanceof FeeRateNotFoundError)) throw error;
    throw conflict(
      'fee-rate-missing',
      `Gebyrtabellen for ${PRODUCT_DA[options.product]} ${year} har ingen takst for borgeren (${facts.age} år).`,
      {
        detailEn: `The ${options.product} fee table for ${year} has no rate for the citizen (age ${facts.age}): ${error.message}.`,
      },
    );
  }
}

const toFeeTable = ({ table, rates }: { table: FeeTableRow; rates: StoredRate[] }): FeeTable => ({
  id: table.id,
  product: table.product,
  year: table.year,
  scope: table.municipalityId ? 'municipality' : 'national',
  approximate: table.approximate,
  source: table.source,
  note: table.note,
  updatedAt: table.updatedAt.toISOString(),
  rates,
});

/** What an audit record keeps of a table: enough to see what changed. */
export const auditView = (t: { table: FeeTableRow; rates: StoredRate[] } | null) =>
  t && { approximate: t.table.approximate, source: t.table.source, note: t.table.note, rates: t.rates };

/** Fee tables for administrators: list, and create or replace one year's table (audited with before and after). */
export function createFeesService(db: Database) {
  const repo = createFeesRepository(db);
  return {
    list: async (actor: Staff, query: FeeTableQuery): Promise<FeeTableList> => ({
      tables: (await repo.list(actor.municipalityId, query)).map(toFeeTable),
    }),

    put: (actor: Staff, product: FeeProduct, year: number, body: PutFeeTableBody): Promise<FeeTable> =>
      db.transaction(async (tx) => {
        const problems = feeTableProblems(product, body.rates);
        if (problems.length > 0) {
          throw new AppError(422, 'invalid-fee-table', 'Unprocessable Content', problems.map((p) => p.da).join(' '), {
            detailEn: problems.map((p) => p.en).join(' '),
            errors: problems.map((p) => ({ pointer: `/body${p.field}`, detail: p.da, detailEn: p.en })),
          });
        }
        // National fees are set by law (bekendtgørelse) for every municipality: one municipality's administrator must
        // not change what all the others charge. They come with the seed (db/src/seed/fees.ts); a municipality that
        // charges differently makes its own table, which feeFor prefers.
        if (body.scope === 'national') {
          throw new AppError(
            403,
            'national-fee-table-read-only',
            'Forbidden',
            'Landstakster fastsættes ved lov og gælder alle kommuner; de kan ikke ændres her. Opret i stedet kommunens egen tabel for året.',
            {
              detailEn:
                "National fees are set by law for every municipality and cannot be changed here. Create the municipality's own table for the year instead.",
            },
          );
        }
        const municipalityId = actor.municipalityId;
        const before = await repo.find(product, year, municipalityId, tx, true);
        const id = await repo.put(
          {
            product,
            year,
            municipalityId,
            approximate: body.approximate,
            source: body.source ?? null,
            note: body.note ?? null,
            updatedBy: actor.id,
          },
          body.rates,
          before?.table.id ?? null,
          tx,
        );
        const after = (await repo.find(product, year, municipalityId, tx))!;
        await appendAudit(tx, {
          municipalityId: actor.municipalityId,
          actorUserId: actor.id,
          action: before ? 'admin.fee-table.update' : 'admin.fee-table.create',
          subjectType: 'fee_table',
          subjectId: id,
          details: { product, year, scope: body.scope, before: auditView(before), after: auditView(after) },
        });
        return toFeeTable(after);
      }),
  };
}
