import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** A union of string literals from a code list (most lists are @skranke/domain's, so they are written once). */
export const literals = <T extends string>(values: readonly T[], options = {}) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  );

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI identifying the problem type' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String({ description: 'In Danish' })),
    detailEn: Type.Optional(Type.String({ description: 'The detail in English, where the problem has it' })),
    instance: Type.Optional(Type.String()),
    code: Type.Optional(Type.String({ description: 'Stable machine-readable code' })),
    currentState: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          pointer: Type.String({ description: 'JSON pointer to the offending value' }),
          detail: Type.String({ description: 'In Danish' }),
          detailEn: Type.Optional(Type.String({ description: 'In English' })),
        }),
      ),
    ),
  },
  { $id: 'Problem', additionalProperties: true },
);
export type Problem = Static<typeof Problem>;

export const Uuid = Type.String({ format: 'uuid' });

/**
 * A property the API fills in from its `default` when a request leaves it out (Ajv's useDefaults): the handler always
 * has it, a caller may leave it out. The default is kept in the type, where the operations' `InputOf` finds it.
 */
export const WithDefault = <S extends TSchema>(schema: S, value: Static<S>) =>
  ({ ...schema, default: value }) as S & { readonly default: Static<S> };

/** PostgreSQL's `integer`: a version number past it would fail in the database, so it is refused as input. */
export const PG_INT_MAX = 2_147_483_647;

/** The version last read of a row that is changed under optimistic locking. */
export const ExpectedVersion = Type.Integer({
  minimum: 1,
  maximum: PG_INT_MAX,
  description: 'The version last read; a stale one gets 409 stale-version',
});

/**
 * A calendar day, YYYY-MM-DD, in the years 1800–2199. JSON Schema's `date` format takes year 0000 (which PostgreSQL
 * refuses) and two-digit-looking years such as 0050 (which JavaScript's Date moves to 1950); no day Skranke handles
 * lies outside these centuries (the CPR century digit covers 1858–2057).
 */
export const CivilDate = Type.String({ format: 'date', pattern: '^(1[89]|2[01])[0-9]{2}-', description: 'YYYY-MM-DD (years 1800–2199)' });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

export const Role = Type.Union([Type.Literal('counter'), Type.Literal('lead'), Type.Literal('admin')]);
export type Role = Static<typeof Role>;

export const DeviceKind = Type.Union([Type.Literal('kiosk'), Type.Literal('display')]);
export type DeviceKind = Static<typeof DeviceKind>;

export const Health = Type.Object({ status: Type.Literal('ok') });
export const Ready = Type.Object({ status: Type.Literal('ready') });
