import { FEE_PRODUCTS, feeTableProblems, type AgeBound, type FeeProduct, type FeeProblemList, type FeeRate } from './fee-table.ts';

/**
 * A national fee table as the platform operator loads it from a JSON file (`pnpm fees:load`, docs/operations.md):
 * amounts in øre, age bounds in whole years or `"pension_age"`, `to` exclusive or null (open-ended).
 */
export interface FeeTableFile {
  product: FeeProduct;
  year: number;
  /** ✱ The amounts are carried forward or otherwise not verified. */
  approximate: boolean;
  /** Where the amounts come from (the bekendtgørelse, a web page). */
  source: string;
  note: string | null;
  rates: FeeRate[];
}

const KEYS = new Set(['product', 'year', 'approximate', 'source', 'note', 'rates']);
const RATE_KEYS = new Set(['code', 'labelDa', 'labelEn', 'from', 'to', 'amountOre']);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isBound = (x: unknown): x is AgeBound => x === 'pension_age' || (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 150);
const text = (x: unknown) => typeof x === 'string' && x.trim().length > 0;

/**
 * Checks a parsed fee-table file: every field present with the right type and nothing else, then the same rules an
 * administrator's table must meet (feeTableProblems: whole øre, bounds in order, every age covered once where the
 * product is age-banded). Returns the table or every problem found, each with a JSON pointer into the file.
 */
export function parseFeeTableFile(input: unknown): { ok: true; table: FeeTableFile } | { ok: false; problems: FeeProblemList } {
  const problems: FeeProblemList = [];
  const add = (field: string, code: string, da: string, en: string) => problems.push({ field, code, da, en });
  if (!isRecord(input)) {
    add('', 'not-an-object', 'Filen skal indeholde ét JSON-objekt.', 'The file must hold one JSON object.');
    return { ok: false, problems };
  }
  for (const key of Object.keys(input))
    if (!KEYS.has(key)) add(`/${key}`, 'unknown-field', `Ukendt felt: ${key}.`, `Unknown field: ${key}.`);
  if (!FEE_PRODUCTS.includes(input.product as FeeProduct)) {
    add(
      '/product',
      'bad-product',
      `product skal være en af: ${FEE_PRODUCTS.join(', ')}.`,
      `product must be one of: ${FEE_PRODUCTS.join(', ')}.`,
    );
  }
  if (!Number.isInteger(input.year) || (input.year as number) < 2000 || (input.year as number) > 2100) {
    add('/year', 'bad-year', 'year skal være et årstal mellem 2000 og 2100.', 'year must be a year between 2000 and 2100.');
  }
  if (typeof input.approximate !== 'boolean') {
    add(
      '/approximate',
      'bad-approximate',
      'approximate skal være true (beløbene er ikke bekræftet) eller false.',
      'approximate must be true (amounts not verified) or false.',
    );
  }
  if (!text(input.source))
    add(
      '/source',
      'source-required',
      'source skal angive, hvor beløbene kommer fra (fx bekendtgørelsen).',
      'source must say where the amounts come from.',
    );
  if (input.note !== undefined && input.note !== null && typeof input.note !== 'string')
    add('/note', 'bad-note', 'note skal være tekst eller null.', 'note must be text or null.');
  if (!Array.isArray(input.rates)) {
    add('/rates', 'rates-required', 'rates skal være en liste af takster.', 'rates must be a list of rates.');
    return { ok: false, problems };
  }
  input.rates.forEach((rate: unknown, i) => {
    const at = `/rates/${i}`;
    if (!isRecord(rate)) return add(at, 'bad-rate', 'En takst skal være et objekt.', 'A rate must be an object.');
    for (const key of Object.keys(rate))
      if (!RATE_KEYS.has(key)) add(`${at}/${key}`, 'unknown-field', `Ukendt felt: ${key}.`, `Unknown field: ${key}.`);
    if (typeof rate.code !== 'string' || !/^[a-z][a-z0-9_]{0,39}$/.test(rate.code)) {
      add(
        `${at}/code`,
        'bad-code',
        'code skal være små bogstaver, tal og _ (fx adult).',
        'code must be lower-case letters, digits and _ (e.g. adult).',
      );
    }
    if (!text(rate.labelDa))
      add(`${at}/labelDa`, 'label-required', 'labelDa (dansk betegnelse) mangler.', 'labelDa (Danish label) is missing.');
    if (!text(rate.labelEn))
      add(`${at}/labelEn`, 'label-required', 'labelEn (engelsk betegnelse) mangler.', 'labelEn (English label) is missing.');
    if (!isBound(rate.from))
      add(
        `${at}/from`,
        'bad-bound',
        'from skal være en alder i hele år eller "pension_age".',
        'from must be an age in whole years or "pension_age".',
      );
    if (rate.to !== null && !isBound(rate.to))
      add(
        `${at}/to`,
        'bad-bound',
        'to skal være en alder i hele år, "pension_age" eller null.',
        'to must be an age in whole years, "pension_age" or null.',
      );
    if (!Number.isInteger(rate.amountOre) || (rate.amountOre as number) < 0) {
      add(
        `${at}/amountOre`,
        'bad-amount',
        'amountOre skal være et helt antal øre, mindst 0 (100 øre = 1 kr.).',
        'amountOre must be whole øre, at least 0 (100 øre = 1 kr.).',
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const table: FeeTableFile = {
    product: input.product as FeeProduct,
    year: input.year as number,
    approximate: input.approximate as boolean,
    source: (input.source as string).trim(),
    note: typeof input.note === 'string' && input.note.trim() ? input.note.trim() : null,
    rates: (input.rates as Array<Record<string, unknown>>).map((r) => ({
      code: r.code as string,
      labelDa: (r.labelDa as string).trim(),
      labelEn: (r.labelEn as string).trim(),
      from: r.from as AgeBound,
      to: r.to as AgeBound | null,
      amountOre: r.amountOre as number,
    })),
  };
  const rules = feeTableProblems(table.product, table.rates);
  return rules.length > 0 ? { ok: false, problems: rules } : { ok: true, table };
}
