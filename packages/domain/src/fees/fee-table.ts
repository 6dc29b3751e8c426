import type { AgeFacts } from './pension-age.ts';

/** Products priced by a fee table (db enum `fee_product`). */
export type FeeProduct = 'passport' | 'driving_licence' | 'health_card';
export const FEE_PRODUCTS: readonly FeeProduct[] = ['passport', 'driving_licence', 'health_card'];

/**
 * Whether a product's table is a set of age bands that must cover every age exactly once (the passport), or a set
 * of variants chosen by code that may overlap in age (the driving licence's renewal and duplicate).
 */
export const FEE_PRODUCT_AGE_BANDED: Record<FeeProduct, boolean> = { passport: true, driving_licence: false, health_card: false };

/** A band bound: whole years of age, or the citizen's own folkepension age. */
export type AgeBound = number | 'pension_age';

export interface FeeRate {
  code: string;
  labelDa: string;
  labelEn: string;
  from: AgeBound;
  /** Exclusive; null: open-ended. */
  to: AgeBound | null;
  amountOre: number;
}

export interface FeeTable {
  product: FeeProduct;
  year: number;
  approximate: boolean;
  rates: readonly FeeRate[];
}

/** Whether a citizen with these facts falls in the band. */
export function rateCovers(rate: Pick<FeeRate, 'from' | 'to'>, facts: Pick<AgeFacts, 'age' | 'pensionAgeReached'>): boolean {
  const fromOk = rate.from === 'pension_age' ? facts.pensionAgeReached : facts.age >= rate.from;
  const toOk = rate.to === null ? true : rate.to === 'pension_age' ? !facts.pensionAgeReached : facts.age < rate.to;
  return fromOk && toOk;
}

export class FeeRateNotFoundError extends Error {
  constructor(
    readonly reason: 'no-rate' | 'ambiguous',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one rate that applies: the rate with `code` if given (it must still cover the age), else the only band that
 * covers the citizen. Throws when none or, without a code, several apply.
 */
export function selectFeeRate(rates: readonly FeeRate[], facts: Pick<AgeFacts, 'age' | 'pensionAgeReached'>, code?: string): FeeRate {
  const candidates = rates.filter((r) => (code === undefined || r.code === code) && rateCovers(r, facts));
  if (candidates.length === 0) {
    throw new FeeRateNotFoundError(
      'no-rate',
      `no fee rate${code ? ` '${code}'` : ''} covers age ${facts.age}${facts.pensionAgeReached ? ' (pension age reached)' : ''}`,
    );
  }
  if (candidates.length > 1)
    throw new FeeRateNotFoundError('ambiguous', `several fee rates cover age ${facts.age}: ${candidates.map((r) => r.code).join(', ')}`);
  return candidates[0]!;
}

export interface FeeTableProblem {
  field: string;
  code: string;
  da: string;
  en: string;
}
export type FeeProblemList = FeeTableProblem[];

/** The youngest age at which anyone reaches pension age in any plausible table, and the oldest age checked. */
const PENSION_FROM = 60;
const OLDEST = 125;

/**
 * Checks a table before it is stored: codes unique, amounts whole øre and not negative, bounds in order, and for an
 * age-banded product every age (each side of pension age) covered by exactly one band.
 */
export function feeTableProblems(product: FeeProduct, rates: readonly FeeRate[]): FeeTableProblem[] {
  const problems: FeeTableProblem[] = [];
  if (rates.length === 0)
    problems.push({
      field: '/rates',
      code: 'no-rates',
      da: 'Tabellen skal have mindst én takst.',
      en: 'The table needs at least one rate.',
    });
  const seen = new Set<string>();
  rates.forEach((rate, i) => {
    if (seen.has(rate.code)) {
      problems.push({
        field: `/rates/${i}/code`,
        code: 'duplicate-code',
        da: `Koden ${rate.code} findes to gange.`,
        en: `The code ${rate.code} appears twice.`,
      });
    }
    seen.add(rate.code);
    if (!Number.isInteger(rate.amountOre) || rate.amountOre < 0) {
      problems.push({
        field: `/rates/${i}/amountOre`,
        code: 'bad-amount',
        da: 'Beløbet skal være et helt antal øre, mindst 0.',
        en: 'The amount must be whole øre, at least 0.',
      });
    }
    const numericOrder = typeof rate.from === 'number' && typeof rate.to === 'number' && rate.to <= rate.from;
    const pensionOrder = rate.from === 'pension_age' && rate.to !== null;
    if (numericOrder || pensionOrder) {
      problems.push({
        field: `/rates/${i}/to`,
        code: 'bad-bounds',
        da: 'Båndets slutalder skal ligge efter startalderen.',
        en: "The band's upper bound must lie above its lower bound.",
      });
    }
  });
  if (!FEE_PRODUCT_AGE_BANDED[product] || problems.length > 0) return problems;
  for (let age = 0; age <= OLDEST; age++) {
    for (const pensionAgeReached of age >= PENSION_FROM ? [false, true] : [false]) {
      const covering = rates.filter((r) => rateCovers(r, { age, pensionAgeReached }));
      if (covering.length !== 1) {
        const who = `${age} år${pensionAgeReached ? ' (folkepensionsalder nået)' : ''}`;
        const whoEn = `age ${age}${pensionAgeReached ? ' (pension age reached)' : ''}`;
        problems.push(
          covering.length === 0
            ? { field: '/rates', code: 'age-not-covered', da: `Ingen takst dækker ${who}.`, en: `No rate covers ${whoEn}.` }
            : {
                field: '/rates',
                code: 'age-covered-twice',
                da: `Flere takster dækker ${who}: ${covering.map((r) => r.code).join(', ')}.`,
                en: `Several rates cover ${whoEn}.`,
              },
        );
        return problems;
      }
    }
  }
  return problems;
}

/** Kroner as Danes write them: "1.786,00 kr." */
export function formatKroner(amountOre: number): string {
  const kr = Math.floor(Math.abs(amountOre) / 100);
  const ore = Math.abs(amountOre) % 100;
  const grouped = String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amountOre < 0 ? '-' : ''}${grouped},${String(ore).padStart(2, '0')} kr.`;
}
