import { describe, expect, it } from 'vitest';
import { parseFeeTableFile } from './fee-table-file.ts';

const band = (code: string, from: number | 'pension_age', to: number | 'pension_age' | null, amountOre: number) => ({
  code,
  labelDa: code,
  labelEn: code,
  from,
  to,
  amountOre,
});
const passport2027 = {
  product: 'passport',
  year: 2027,
  approximate: false,
  source: 'BEK om pas 2027',
  rates: [
    band('child', 0, 12, 15500),
    band('youth', 12, 18, 18300),
    band('adult', 18, 'pension_age', 91000),
    band('pensioner', 'pension_age', null, 38500),
  ],
};
const licence2027 = {
  product: 'driving_licence',
  year: 2027,
  approximate: true,
  source: 'fstyr.dk',
  note: 'Videreført',
  rates: [band('renewal', 0, null, 19500), band('duplicate', 0, null, 39000)],
};

describe('parseFeeTableFile', () => {
  it('accepts a passport and a driving-licence table', () => {
    expect(parseFeeTableFile(passport2027)).toMatchObject({
      ok: true,
      table: { product: 'passport', year: 2027, approximate: false, note: null },
    });
    expect(parseFeeTableFile(licence2027)).toMatchObject({
      ok: true,
      table: { product: 'driving_licence', note: 'Videreført', rates: [{ code: 'renewal', amountOre: 19500 }, { code: 'duplicate' }] },
    });
  });

  it.each([
    ['not an object', [], '', 'not-an-object'],
    ['unknown product', { ...passport2027, product: 'visa' }, '/product', 'bad-product'],
    ['year as text', { ...passport2027, year: '2027' }, '/year', 'bad-year'],
    ['year out of range', { ...passport2027, year: 1999 }, '/year', 'bad-year'],
    ['approximate missing', { ...passport2027, approximate: undefined }, '/approximate', 'bad-approximate'],
    ['source empty', { ...passport2027, source: ' ' }, '/source', 'source-required'],
    ['an extra field', { ...passport2027, scope: 'national' }, '/scope', 'unknown-field'],
    ['rates missing', { ...passport2027, rates: undefined }, '/rates', 'rates-required'],
    ['amount in kroner with decimals', { ...licence2027, rates: [band('renewal', 0, null, 195.5)] }, '/rates/0/amountOre', 'bad-amount'],
    ['negative amount', { ...licence2027, rates: [band('renewal', 0, null, -1)] }, '/rates/0/amountOre', 'bad-amount'],
    [
      'bad age bound',
      { ...licence2027, rates: [band('renewal', 0, null, 100), { ...band('duplicate', 0, null, 1), from: 'young' }] },
      '/rates/1/from',
      'bad-bound',
    ],
    [
      'upper bound missing',
      { ...licence2027, rates: [{ code: 'renewal', labelDa: 'x', labelEn: 'x', from: 0, amountOre: 1 }] },
      '/rates/0/to',
      'bad-bound',
    ],
    ['label missing', { ...licence2027, rates: [{ ...band('renewal', 0, null, 1), labelDa: '' }] }, '/rates/0/labelDa', 'label-required'],
    [
      'passport bands with a gap at 12-17',
      { ...passport2027, rates: passport2027.rates.filter((r) => r.code !== 'youth') },
      '/rates',
      'age-not-covered',
    ],
    [
      'duplicate code',
      { ...licence2027, rates: [band('renewal', 0, null, 1), band('renewal', 0, null, 2)] },
      '/rates/1/code',
      'duplicate-code',
    ],
  ])('refuses %s', (_name, input, field, code) => {
    const result = parseFeeTableFile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ field, code }));
  });
});
