import { describe, expect, it } from 'vitest';
import { fieldOfPointer, validationMessage, type ValidationFailure } from './messages.ts';

describe('validationMessage: a sentence per keyword, naming the field', () => {
  it.each<[ValidationFailure, string, string]>([
    [
      { field: 'passportNumber', keyword: 'pattern', pattern: '^[A-Z0-9]{8,9}$' },
      'Pasnummeret skal være 8 eller 9 store bogstaver eller cifre (A–Z, 0–9) uden mellemrum.',
      'The passport number must be 8 or 9 capital letters or digits (A–Z, 0–9) without spaces.',
    ],
    [
      { field: 'opens', keyword: 'pattern', pattern: '^[0-2][0-9]:[0-5][0-9]$' },
      'Åbningstiden skal være et klokkeslæt som TT:MM, fx 09:30.',
      'The opening time must be a time as HH:MM, e.g. 09:30.',
    ],
    [
      { field: 'prefix', keyword: 'pattern', pattern: '^[A-ZÆØÅ]$' },
      'Bogstavet skal være ét stort bogstav (A–Å).',
      'The letter must be one capital letter (A–Å).',
    ],
    [
      { field: 'witnessCpr', keyword: 'pattern', pattern: '^[0-9]{6}-?[0-9]{4}$' },
      'Vidnets CPR-nummer skal være 10 cifre, fx 010190-1234.',
      "The witness's CPR number must be 10 digits, e.g. 010190-1234.",
    ],
    [
      { field: 'username', keyword: 'pattern', pattern: '^[a-z0-9._-]+$' },
      'Brugernavnet skal være små bogstaver (a–z), cifre, punktum, bindestreg og understregning.',
      'The username must be small letters (a–z), digits, full stops, hyphens and underscores.',
    ],
    [
      { field: 'issuedOn', keyword: 'pattern', pattern: '^(1[89]|2[01])[0-9]{2}-' },
      'Udstedelsesdatoen skal være en dato i årene 1800–2199 (ÅÅÅÅ-MM-DD).',
      'The date of issue must be a date in the years 1800–2199 (YYYY-MM-DD).',
    ],
    // A pattern without words of its own still gives a sentence, never the expression.
    [
      { field: 'passportNumber', keyword: 'pattern', pattern: '^x+$' },
      'Pasnummeret har ikke den rette form.',
      'The passport number is not in the expected form.',
    ],
    [
      { field: 'unknownThing', keyword: 'pattern', pattern: '^x+$' },
      'Feltet har ikke den rette form.',
      'This field is not in the expected form.',
    ],
    [{ field: 'reason', keyword: 'required' }, 'Begrundelsen skal udfyldes.', 'The reason is required.'],
    [{ keyword: 'required' }, 'Feltet skal udfyldes.', 'This field is required.'],
    [{ field: 'applicantType', keyword: 'required' }, 'Vælg, hvem der møder op.', 'Choose who has come to the counter.'],
    [{ field: 'method', keyword: 'required' }, 'Vælg betalingsmåden.', 'Choose the payment method.'],
    [{ field: 'reason', keyword: 'minLength', limit: 1 }, 'Begrundelsen skal udfyldes.', 'The reason is required.'],
    [
      { field: 'password', keyword: 'minLength', limit: 12 },
      'Adgangskoden skal være mindst 12 tegn.',
      'The password must be at least 12 characters.',
    ],
    [{ field: 'name', keyword: 'maxLength', limit: 200 }, 'Navnet må højst være 200 tegn.', 'The name must be at most 200 characters.'],
    [
      { field: 'issuedOn', keyword: 'format', format: 'date' },
      'Udstedelsesdatoen skal være en dato (ÅÅÅÅ-MM-DD).',
      'The date of issue must be a date (YYYY-MM-DD).',
    ],
    [{ field: 'x', keyword: 'format', format: 'hostname' }, 'Feltet har ikke den rette form.', 'This field is not in the expected form.'],
    [{ field: 'amountOre', keyword: 'minimum', limit: 0 }, 'Beløbet skal være mindst 0.', 'The amount must be at least 0.'],
    [{ field: 'amountOre', keyword: 'maximum', limit: 100000 }, 'Beløbet må højst være 100000.', 'The amount must be at most 100000.'],
    [
      { field: 'amountOre', keyword: 'exclusiveMinimum', limit: 0 },
      'Beløbet skal være større end 0.',
      'The amount must be greater than 0.',
    ],
    [{ field: 'source', keyword: 'enum' }, 'Feltet skal være en af de mulige værdier.', 'This field must be one of the allowed values.'],
    [{ field: 'locationIds', keyword: 'minItems', limit: 1 }, 'Feltet skal have mindst ét valg.', 'This field needs at least one choice.'],
    [{ field: 'locationIds', keyword: 'maxItems', limit: 3 }, 'Feltet må højst have 3 valg.', 'This field may have at most 3 choices.'],
    [{ keyword: 'additionalProperties', property: 'admin' }, 'Feltet "admin" kendes ikke.', 'The field "admin" is not known.'],
    [{ field: 'code', keyword: 'type' }, 'Koden har ikke den rette form.', 'The code is not in the expected form.'],
  ])('%j', (failure, da, en) => {
    expect(validationMessage(failure)).toEqual({ da, en });
  });

  it('never repeats a regular expression or an ajv phrase', () => {
    const text = validationMessage({ field: 'passportNumber', keyword: 'pattern', pattern: '^[A-Z0-9]{8,9}$' });
    expect(`${text.da} ${text.en}`).not.toMatch(/\^|\$|must match|pattern/);
  });
});

describe('fieldOfPointer', () => {
  it.each([
    ['/body/passportNumber', 'passportNumber'],
    ['/body/data/witnessCpr', 'witnessCpr'],
    ['/body/intervals/1/opens', 'opens'],
    ['/stepData/ready/passportNumber', 'passportNumber'],
    ['/body', undefined],
    ['', undefined],
  ])('%s → %s', (pointer, field) => {
    expect(fieldOfPointer(pointer)).toBe(field);
  });
});
