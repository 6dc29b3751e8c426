import { Type, type Static } from '@sinclair/typebox';

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
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

export const Role = Type.Union([Type.Literal('counter'), Type.Literal('lead'), Type.Literal('admin')]);
export type Role = Static<typeof Role>;

export const DeviceKind = Type.Union([Type.Literal('kiosk'), Type.Literal('display')]);
export type DeviceKind = Static<typeof DeviceKind>;

export const Health = Type.Object({ status: Type.Literal('ok') });
export const Ready = Type.Object({ status: Type.Literal('ready') });
