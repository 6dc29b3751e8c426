import type { SeedFeeTable } from './fees.ts';

const rates = (renewal: number, duplicate: number): SeedFeeTable['rates'] => [
  { code: 'renewal', labelDa: 'Fornyelse af kørekort', labelEn: 'Driving licence renewal', from: 0, to: null, amountOre: renewal * 100 },
  { code: 'duplicate', labelDa: 'Duplikatkørekort', labelEn: 'Duplicate driving licence', from: 0, to: null, amountOre: duplicate * 100 },
];

/**
 * Driving-licence fees as domain.md §4 gives them: 2024 is verified (Færdselsstyrelsen, fstyr.dk: renewal 180 kr.,
 * duplicate 360 kr.). A later page shows a renewal at 190 kr. (✱ probably 2025); the 2025 duplicate fee and all 2026
 * and 2027 fees were not found, so those tables are marked approximate and the platform operator loads the real ones
 * (`pnpm fees:load <file> --replace`, docs/operations.md). A renewal of a
 * licence time-limited for health reasons is free whatever the table says (@skranke/domain `licenceFee`).
 */
export const DRIVING_LICENCE_FEE_TABLES: readonly SeedFeeTable[] = [
  { product: 'driving_licence', year: 2024, approximate: false, source: 'Færdselsstyrelsen (fstyr.dk)', rates: rates(180, 360) },
  {
    product: 'driving_licence',
    year: 2025,
    approximate: true,
    source: 'fstyr.dk (fornyelse 190 kr., formentlig 2025); duplikat ikke fundet',
    note: 'Tilnærmet: duplikatgebyret er sat til det dobbelte af fornyelsen som i 2024. Ret tabellen til de gældende takster.',
    rates: rates(190, 380),
  },
  {
    product: 'driving_licence',
    year: 2026,
    approximate: true,
    source: 'Ikke fundet; 2025-takster videreført',
    note: 'Tilnærmet: 2026-taksterne er ikke fundet. Ret tabellen til de gældende takster.',
    rates: rates(190, 380),
  },
  {
    product: 'driving_licence',
    year: 2027,
    approximate: true,
    source: 'Ikke fundet; 2025-takster videreført',
    note: 'Tilnærmet: 2027-taksterne er ikke fundet. Indlæs de gældende takster med pnpm fees:load --replace.',
    rates: rates(190, 380),
  },
];
