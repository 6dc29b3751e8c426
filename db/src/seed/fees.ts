import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../index.ts';
import { feeRates, feeTables } from '../schema/index.ts';

type Bound = number | 'pension_age';
interface SeedRate {
  code: string;
  labelDa: string;
  labelEn: string;
  from: Bound;
  to: Bound | null;
  amountOre: number;
}
export interface SeedFeeTable {
  product: 'passport' | 'driving_licence' | 'health_card';
  year: number;
  approximate: boolean;
  source: string;
  note?: string;
  rates: SeedRate[];
}

/** The passport's four bands (pasloven §§ 4a/4b): the adult band ends at the citizen's folkepension age. */
function passportRates(child: number, youth: number, adult: number, pensioner: number): SeedRate[] {
  return [
    { code: 'child', labelDa: 'Barn 0-11 år', labelEn: 'Child aged 0-11', from: 0, to: 12, amountOre: child * 100 },
    {
      code: 'youth',
      labelDa: 'Barn 12-17 år (inkl. fingeraftryk)',
      labelEn: 'Child aged 12-17 (incl. fingerprints)',
      from: 12,
      to: 18,
      amountOre: youth * 100,
    },
    {
      code: 'adult',
      labelDa: 'Voksen (18 år til folkepensionsalder)',
      labelEn: 'Adult (18 to state pension age)',
      from: 18,
      to: 'pension_age',
      amountOre: adult * 100,
    },
    {
      code: 'pensioner',
      labelDa: 'Folkepensionsalder',
      labelEn: 'State pension age',
      from: 'pension_age',
      to: null,
      amountOre: pensioner * 100,
    },
  ];
}

/**
 * Passport fees as domain.md §4 gives them. 2021 and 2023 are verified (kolding.dk; vejen.dk). For 2024 only the
 * adult fee is known (bt.dk); 2025, 2026 and 2027 were not found. Those tables carry the last known amounts forward and
 * are marked approximate (✱): the platform operator loads the year's real fees with `pnpm fees:load <file> --replace`
 * (docs/operations.md). They are reference data: every database gets them on start (reference-data.ts).
 */
export const PASSPORT_FEE_TABLES: readonly SeedFeeTable[] = [
  {
    product: 'passport',
    year: 2021,
    approximate: false,
    source: 'Pasloven §§ 4a/4b; kolding.dk',
    rates: passportRates(150, 178, 890, 378),
  },
  { product: 'passport', year: 2023, approximate: false, source: 'Pasloven §§ 4a/4b; vejen.dk', rates: passportRates(150, 179, 891, 379) },
  {
    product: 'passport',
    year: 2024,
    approximate: true,
    source: 'Pasloven §§ 4a/4b; bt.dk (voksen)',
    note: 'Kun voksentaksten (893 kr.) er kendt; de øvrige er 2023-taksterne.',
    rates: passportRates(150, 179, 893, 379),
  },
  {
    product: 'passport',
    year: 2025,
    approximate: true,
    source: 'Ikke fundet; 2024-takster videreført',
    note: 'Tilnærmet: 2025-taksterne er ikke fundet. Ret tabellen til de gældende takster.',
    rates: passportRates(150, 179, 893, 379),
  },
  {
    product: 'passport',
    year: 2026,
    approximate: true,
    source: 'Ikke fundet; 2024-takster videreført',
    note: 'Tilnærmet: 2026-taksterne er ikke fundet. Ret tabellen til de gældende takster.',
    rates: passportRates(150, 179, 893, 379),
  },
  {
    product: 'passport',
    year: 2027,
    approximate: true,
    source: 'Ikke fundet; 2024-takster videreført',
    note: 'Tilnærmet: 2027-taksterne er ikke fundet. Indlæs de gældende takster med pnpm fees:load --replace.',
    rates: passportRates(150, 179, 893, 379),
  },
];

const bounds = (rate: SeedRate) => ({
  fromAge: rate.from === 'pension_age' ? null : rate.from,
  fromPensionAge: rate.from === 'pension_age',
  toAge: rate.to === null || rate.to === 'pension_age' ? null : rate.to,
  toPensionAge: rate.to === 'pension_age',
});

/**
 * Loads national fee tables (no municipality). Repeatable: a table that already exists for the product and year is
 * left alone, so an administrator's corrections survive a re-seed. Other products (H6's driving licence) pass their
 * own tables.
 */
export async function seedFeeTables(tx: Tx, tables: readonly SeedFeeTable[] = PASSPORT_FEE_TABLES): Promise<void> {
  for (const table of tables) {
    const [existing] = await tx
      .select({ id: feeTables.id })
      .from(feeTables)
      .where(and(eq(feeTables.product, table.product), eq(feeTables.year, table.year), isNull(feeTables.municipalityId)));
    if (existing) continue;
    const [row] = await tx
      .insert(feeTables)
      .values({ product: table.product, year: table.year, approximate: table.approximate, source: table.source, note: table.note ?? null })
      .returning({ id: feeTables.id });
    await tx.insert(feeRates).values(
      table.rates.map((rate) => ({
        feeTableId: row!.id,
        code: rate.code,
        labelDa: rate.labelDa,
        labelEn: rate.labelEn,
        amountOre: rate.amountOre,
        ...bounds(rate),
      })),
    );
  }
}
