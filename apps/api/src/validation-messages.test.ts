import { PassportPaymentStep, PassportReadyBody } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';
import { ajvFieldErrors, schemaFieldErrors } from './validation-messages.ts';

describe("schemaFieldErrors: a case step's data checked by TypeBox", () => {
  it.each([
    [
      'a negative amount',
      { method: 'card', amountOre: -1 },
      [{ pointer: '/body/data/amountOre', detail: 'Beløbet skal være mindst 0.', detailEn: 'The amount must be at least 0.' }],
    ],
    // TypeBox also reports the absent value's type; the reader gets the one sentence that says what to do.
    [
      'a missing amount',
      { method: 'card' },
      [{ pointer: '/body/data/amountOre', detail: 'Beløbet skal udfyldes.', detailEn: 'The amount is required.' }],
    ],
    [
      'an unknown method',
      { method: 'cheque', amountOre: 1 },
      [
        {
          pointer: '/body/data/method',
          detail: 'Feltet skal være en af de mulige værdier.',
          detailEn: 'This field must be one of the allowed values.',
        },
      ],
    ],
    [
      'an unknown property',
      { method: 'card', amountOre: 1, tip: 5 },
      [{ pointer: '/body/data/tip', detail: 'Feltet "tip" kendes ikke.', detailEn: 'The field "tip" is not known.' }],
    ],
    ['nothing wrong', { method: 'card', amountOre: 1 }, []],
  ])('%s', (_name, data, expected) => {
    expect(schemaFieldErrors(PassportPaymentStep, data)).toEqual(expected);
  });

  it('describes a pattern in words', () => {
    expect(schemaFieldErrors(PassportReadyBody, { expectedVersion: 1, passportNumber: 'kort' }, '/body')).toEqual([
      {
        pointer: '/body/passportNumber',
        detail: 'Pasnummeret skal være 8 eller 9 store bogstaver eller cifre (A–Z, 0–9) uden mellemrum.',
        detailEn: 'The passport number must be 8 or 9 capital letters or digits (A–Z, 0–9) without spaces.',
      },
    ]);
  });
});

describe('ajvFieldErrors: request schema errors', () => {
  it.each([
    [
      { keyword: 'required', instancePath: '', params: { missingProperty: 'password' } },
      'body',
      '/body/password',
      'Adgangskoden skal udfyldes.',
    ],
    [
      { keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'admin' } },
      'body',
      '/body/admin',
      'Feltet "admin" kendes ikke.',
    ],
    [
      { keyword: 'pattern', instancePath: '/intervals/1/opens', params: { pattern: '^[0-2][0-9]:[0-5][0-9]$' } },
      'body',
      '/body/intervals/1/opens',
      'Åbningstiden skal være et klokkeslæt som TT:MM, fx 09:30.',
    ],
    [{ keyword: 'maxLength', instancePath: '/name', params: { limit: 200 } }, 'body', '/body/name', 'Navnet må højst være 200 tegn.'],
    [{ keyword: 'format', instancePath: '/id', params: { format: 'uuid' } }, 'params', '/params/id', 'Feltet skal være et gyldigt id.'],
    [
      { keyword: 'minimum', instancePath: '/headStartMinutes', params: { limit: 0, comparison: '>=' } },
      'body',
      '/body/headStartMinutes',
      'Feltet skal være mindst 0.',
    ],
  ])('%j in %s', (error, context, pointer, detail) => {
    expect(ajvFieldErrors([error], context)).toEqual([expect.objectContaining({ pointer, detail })]);
  });

  it('a union of literals that fails on every branch gives one sentence', () => {
    const branches = ['const', 'const', 'anyOf'].map((keyword) => ({ keyword, instancePath: '/role', params: {} }));
    expect(ajvFieldErrors(branches)).toEqual([
      {
        pointer: '/body/role',
        detail: 'Feltet skal være en af de mulige værdier.',
        detailEn: 'This field must be one of the allowed values.',
      },
    ]);
  });
});
