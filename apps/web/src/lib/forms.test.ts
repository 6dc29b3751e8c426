import { CreateUserBody } from '@skranke/contracts';
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { contractErrors, contractValidator, type FieldMessages } from './forms.ts';

const UUID = '0b6c2f7e-3d1a-4c5b-9e8f-112233445566';
const user = { username: 'anne.b', name: 'Anne Berg', role: 'counter', password: 'x'.repeat(12), locationIds: [UUID] };
const { role: _role, ...withoutRole } = user;

describe('contractErrors', () => {
  const cases: { name: string; body: unknown; language?: 'da' | 'en'; messages?: FieldMessages; expected: Record<string, string> }[] = [
    { name: 'a valid body has no errors', body: user, expected: {} },
    { name: 'an empty name, in Danish', body: { ...user, name: '' }, expected: { name: 'Navnet skal udfyldes.' } },
    { name: 'an empty name, in English', body: { ...user, name: '' }, language: 'en', expected: { name: 'The name is required.' } },
    {
      name: "the form's own sentence wins",
      body: { ...user, name: '' },
      messages: { name: 'Skriv et navn' },
      expected: { name: 'Skriv et navn' },
    },
    {
      name: 'a bound names its limit',
      body: { ...user, password: 'short' },
      expected: { password: 'Adgangskoden skal være mindst 12 tegn.' },
    },
    { name: 'a pattern', body: { ...user, username: 'Anne B' }, messages: { username: 'Ugyldigt' }, expected: { username: 'Ugyldigt' } },
    {
      name: 'an item of a list belongs to the list',
      body: { ...user, locationIds: ['nope'] },
      expected: { locationIds: 'Feltet skal være et gyldigt id.' },
    },
    { name: 'a missing property gets one sentence', body: withoutRole, language: 'en', expected: { role: 'This field is required.' } },
    {
      name: 'several fields at once',
      body: { ...user, name: '', password: '' },
      messages: { name: 'N', password: 'P' },
      expected: { name: 'N', password: 'P' },
    },
    { name: 'a field the messages know by name', body: { cpr: '0101901234567' }, expected: { cpr: 'CPR-nummeret må højst være 11 tegn.' } },
  ];
  it.each(cases)('$name', ({ body, language = 'da', messages, expected }) => {
    const schema = (body as { cpr?: string }).cpr !== undefined ? Type.Object({ cpr: Type.String({ maxLength: 11 }) }) : CreateUserBody;
    expect(contractErrors(schema, body, language, { messages })).toEqual(expected);
  });
});

describe('contractErrors of a form with rows', () => {
  const schema = Type.Object({ rates: Type.Array(Type.Object({ code: Type.String(), amountOre: Type.Integer({ minimum: 0 }) })) });
  const cases = [
    { name: 'valid', rates: [{ code: 'a', amountOre: 0 }], fields: 'path' as const, expected: {} },
    {
      name: 'by path, with the sentence for every row',
      rates: [
        { code: 'a', amountOre: 1 },
        { code: 'b', amountOre: Number.NaN },
      ],
      fields: 'path' as const,
      expected: { 'rates/1/amountOre': 'Beløb' },
    },
    {
      name: 'by top-level field',
      rates: [{ code: 'a', amountOre: -1 }],
      fields: 'top' as const,
      expected: { rates: 'Feltet skal være mindst 0.' },
    },
  ];
  it.each(cases)('$name', ({ rates, fields, expected }) => {
    expect(contractErrors(schema, { rates }, 'da', { fields, messages: { 'rates/*/amountOre': 'Beløb' } })).toEqual(expected);
  });
});

describe('contractValidator', () => {
  const schema = Type.Object({ name: Type.String({ minLength: 1 }), minutes: Type.Integer({ minimum: 0 }) });
  const validate = contractValidator<{ name: string; minutes: number | string; max: number }>(
    {
      schema,
      body: (values) => ({ name: values.name.trim(), minutes: typeof values.minutes === 'number' ? values.minutes : Number.NaN }),
      messages: { name: 'Skal udfyldes' },
      rules: (values) => ({
        minutes: typeof values.minutes === 'number' && values.minutes > values.max ? `Højst ${values.max}` : undefined,
      }),
    },
    'da',
  );
  const cases = [
    { name: 'valid', values: { name: 'A', minutes: 3, max: 5 }, expected: {} },
    { name: 'trimmed before the check', values: { name: '  ', minutes: 3, max: 5 }, expected: { name: 'Skal udfyldes' } },
    { name: 'a rule beyond the schema', values: { name: 'A', minutes: 9, max: 5 }, expected: { minutes: 'Højst 5' } },
    { name: "a rule's sentence over the schema's", values: { name: 'A', minutes: -1, max: -5 }, expected: { minutes: 'Højst -5' } },
    {
      name: "the schema's sentence where no rule speaks",
      values: { name: 'A', minutes: -1, max: 5 },
      expected: { minutes: 'Feltet skal være mindst 0.' },
    },
    { name: 'an empty number', values: { name: 'A', minutes: '', max: 5 }, expected: { minutes: expect.any(String) as unknown as string } },
  ];
  it.each(cases)('$name', ({ values, expected }) => {
    expect(validate(values)).toEqual(expected);
  });
});
