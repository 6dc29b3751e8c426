import type { SeedFeeTable } from './fees.ts';

const rates = (amount: number): SeedFeeTable['rates'] => [
  {
    code: 'health_card',
    labelDa: 'Nyt sundhedskort (bortkommet, beskadiget eller skift af læge eller gruppe)',
    labelEn: 'New health card (lost, damaged, or change of doctor or group)',
    from: 0,
    to: null,
    amountOre: amount * 100,
  },
];

/**
 * The sundhedskort fee (domain.md §5): 225 kr. in 2024 (middelfart.dk, odense.dk) when the card is lost, damaged and
 * under 4 years old, or for a change of doctor or group without moving; free otherwise (@skranke/domain
 * `healthCardFee`). The 2025–2027 amounts were not found, so those tables carry the 2024 amount and are marked
 * approximate; the platform operator loads the real ones (`pnpm fees:load <file> --replace`, docs/operations.md).
 */
export const HEALTH_CARD_FEE_TABLES: readonly SeedFeeTable[] = [
  { product: 'health_card', year: 2024, approximate: false, source: 'middelfart.dk; odense.dk', rates: rates(225) },
  ...[2025, 2026, 2027].map((year) => ({
    product: 'health_card' as const,
    year,
    approximate: true,
    source: 'Ikke fundet; 2024-taksten videreført',
    note: `Tilnærmet: ${year}-taksten er ikke fundet. Ret tabellen til den gældende takst med pnpm fees:load --replace.`,
    rates: rates(225),
  })),
];
