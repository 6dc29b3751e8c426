import { describe, expect, it } from 'vitest';
import type { FeeProduct } from './fee-table.ts';
import { nextYearFeeStatus } from './next-year.ts';

const both2027: Array<{ product: FeeProduct; year: number }> = [
  { product: 'passport', year: 2027 },
  { product: 'driving_licence', year: 2027 },
  { product: 'health_card', year: 2027 },
];
const only2026: Array<{ product: FeeProduct; year: number }> = [
  { product: 'passport', year: 2026 },
  { product: 'driving_licence', year: 2026 },
  { product: 'health_card', year: 2026 },
];

describe('nextYearFeeStatus', () => {
  it.each([
    ['30 November: no warning yet, tables or not', '2026-11-30', only2026, false, []],
    ['1 December: every product missing', '2026-12-01', only2026, true, ['passport', 'driving_licence', 'health_card']],
    ['31 December: still missing', '2026-12-31', only2026, true, ['passport', 'driving_licence', 'health_card']],
    ['1 December, every table present: none', '2026-12-01', both2027, true, []],
    [
      'only the passport table present: the licence and the health card are missing',
      '2026-12-06',
      [{ product: 'passport' as const, year: 2027 }],
      true,
      ['driving_licence', 'health_card'],
    ],
    [
      'a table for a later year does not count',
      '2026-12-06',
      [
        { product: 'passport' as const, year: 2028 },
        { product: 'driving_licence' as const, year: 2027 },
        { product: 'health_card' as const, year: 2027 },
      ],
      true,
      ['passport'],
    ],
    ['January of the new year: next year is far off', '2027-01-02', only2026, false, []],
  ])('%s', (_name, today, present, warningPeriod, missing) => {
    const status = nextYearFeeStatus(today, present);
    expect(status).toEqual({ year: Number(today.slice(0, 4)) + 1, warningPeriod, missing });
  });
});
