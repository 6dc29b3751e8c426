import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { FEE_PRODUCTS } from '@skranke/domain';
import { literals, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// The products are @skranke/domain's FEE_PRODUCTS.
export const FeeProduct = literals(FEE_PRODUCTS, { description: 'What the table prices' });
export type FeeProduct = Static<typeof FeeProduct>;

export const FeeTableScope = Type.Union([Type.Literal('national'), Type.Literal('municipality')], {
  description: "national: the statutory table every municipality uses; municipality: this municipality's own table, preferred when present",
});
export type FeeTableScope = Static<typeof FeeTableScope>;

export const FeeAgeBound = Type.Union([Type.Integer({ minimum: 0, maximum: 130 }), Type.Literal('pension_age')], {
  description: "Whole years of age, or the citizen's own folkepension age (which depends on the birth date)",
});

export const FeeRate = Type.Object(
  {
    code: Type.String({
      pattern: '^[a-z][a-z0-9_]{0,39}$',
      description: 'An age band (child, adult …) or a variant (renewal, duplicate …)',
    }),
    labelDa: Type.String({ minLength: 1, maxLength: 120 }),
    labelEn: Type.String({ minLength: 1, maxLength: 120 }),
    from: FeeAgeBound,
    // Null first: with the API's type coercion an integer branch tried first would turn null into 0.
    to: Type.Union([Type.Null(), Type.Literal('pension_age'), Type.Integer({ minimum: 0, maximum: 130 })], {
      description: 'Exclusive upper bound: whole years, or pension age; null: open-ended',
    }),
    amountOre: Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'In øre (1 kr = 100 øre)' }),
  },
  { additionalProperties: false },
);
export type FeeRate = Static<typeof FeeRate>;

export const FeeTable = Type.Object({
  id: Uuid,
  product: FeeProduct,
  year: Type.Integer(),
  scope: FeeTableScope,
  /** ✱ The amounts are not verified in a source: shown as approximate. */
  approximate: Type.Boolean(),
  source: Nullable(Type.String()),
  note: Nullable(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
  rates: Type.Array(FeeRate),
});
export type FeeTable = Static<typeof FeeTable>;

export const FeeTableList = Type.Object({ tables: Type.Array(FeeTable) });
export type FeeTableList = Static<typeof FeeTableList>;

export const FeeTableQuery = Type.Object(
  { product: Type.Optional(FeeProduct), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
export type FeeTableQuery = Static<typeof FeeTableQuery>;

export const FeeTableParams = Type.Object(
  { product: FeeProduct, year: Type.Integer({ minimum: 2000, maximum: 2100 }) },
  { additionalProperties: false },
);
export type FeeTableParams = Static<typeof FeeTableParams>;

export const PutFeeTableBody = Type.Object(
  {
    scope: FeeTableScope,
    approximate: Type.Boolean(),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    rates: Type.Array(FeeRate, { minItems: 1, maxItems: 30 }),
  },
  { additionalProperties: false },
);
export type PutFeeTableBody = Static<typeof PutFeeTableBody>;

export const NextYearFeeStatus = Type.Object(
  {
    asOf: Type.String({ format: 'date', description: 'The Copenhagen date the status is computed for' }),
    year: Type.Integer({ description: 'Next year: the year the warning is about' }),
    warningPeriod: Type.Boolean({ description: 'From 1 December: next year is near enough to warn about' }),
    missing: Type.Array(FeeProduct, {
      description:
        'Products with no fee table for next year usable here (neither national nor own); empty before 1 December. From 1 January each of them fails with fee-table-missing',
    }),
  },
  { additionalProperties: false },
);
export type NextYearFeeStatus = Static<typeof NextYearFeeStatus>;
