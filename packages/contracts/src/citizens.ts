import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CITIZEN_PURPOSES } from './code-lists.ts';
import { CivilDate, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

// The code lists live in code-lists.ts, which builds no schema: a screen that needs only a list does not load TypeBox.
export { CITIZEN_AUDIT_ACTIONS, CITIZEN_PURPOSE_LABELS, CITIZEN_PURPOSES, type CitizenPurpose } from './code-lists.ts';

export const CitizenPurposeCode = Type.Union(
  CITIZEN_PURPOSES.map((p) => Type.Literal(p)),
  { description: 'The errand the data is opened for' },
);

const purposeFields = {
  purpose: CitizenPurposeCode,
  purposeText: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: "The reason in words; required when purpose is 'andet'" }),
  ),
};

/** Look up by CPR number. The number travels in the body, never in a URL. */
export const LookupCitizenBody = Type.Object(
  { cpr: Type.String({ maxLength: 32, description: 'DDMMYY-SSSS or DDMMYYSSSS' }), ...purposeFields },
  { additionalProperties: false },
);
export type LookupCitizenBody = Static<typeof LookupCitizenBody>;

export const CitizenPurposeBody = Type.Object(purposeFields, { additionalProperties: false });
export type CitizenPurposeBody = Static<typeof CitizenPurposeBody>;

export const CitizenPurposeQuery = Type.Object(purposeFields, { additionalProperties: false });
export type CitizenPurposeQuery = Static<typeof CitizenPurposeQuery>;

export const CitizenStatus = Type.Union([Type.Literal('active'), Type.Literal('emigrated'), Type.Literal('no_fixed_address')]);
export type CitizenStatus = Static<typeof CitizenStatus>;

export const MunicipalityRef = Type.Object({ code: Type.String(), name: Type.String() });

/** Another citizen as shown beside this one (custody holder or child). */
export const RelatedCitizen = Type.Object({
  id: Uuid,
  name: Type.String(),
  cprMasked: Type.String({ description: 'DDMMYY-XXXX' }),
});
export type RelatedCitizen = Static<typeof RelatedCitizen>;

const summaryFields = {
  ...RelatedCitizen.properties,
  birthDate: CivilDate,
  age: Type.Integer({ minimum: 0 }),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  status: CitizenStatus,
  /** Municipality of residence (for an emigrated citizen: the last one). */
  municipality: MunicipalityRef,
};

/** What a look-up answers: enough to confirm who is at the counter. */
export const CitizenSummary = Type.Object(summaryFields);
export type CitizenSummary = Static<typeof CitizenSummary>;

export const CitizenAddress = Type.Object({ street: Type.String(), postcode: Type.String(), city: Type.String() });

export const Citizen = Type.Object({
  ...summaryFields,
  /** Navne- og adressebeskyttelse: the address is never sent, only this flag. */
  addressProtected: Type.Boolean(),
  /** Null when protected, emigrated or without a fixed address. */
  address: Nullable(CitizenAddress),
  emigration: Nullable(Type.Object({ date: CivilDate, country: Type.String() })),
  /**
   * A registered move waiting for its moving date (the register changes on that date): the new address (null when
   * protected or emigrating) or, when emigrating, the country.
   */
  pendingMove: Nullable(
    Type.Object({
      movingDate: CivilDate,
      address: Nullable(CitizenAddress),
      country: Nullable(Type.String()),
    }),
  ),
  /** Who holds custody (forældremyndighed) of this citizen. */
  custodyHolders: Type.Array(RelatedCitizen),
  /** The children this citizen holds custody of. */
  children: Type.Array(RelatedCitizen),
});
export type Citizen = Static<typeof Citizen>;

export const RevealedCpr = Type.Object({ id: Uuid, cpr: Type.String({ pattern: '^\\d{6}-\\d{4}$' }) });
export type RevealedCpr = Static<typeof RevealedCpr>;

export const CitizenAccessLogEntry = Type.Object({
  at: DateTime,
  action: Type.String({ description: 'e.g. citizen.lookup, citizen.read, citizen.reveal-cpr' }),
  purpose: Nullable(Type.String()),
  purposeText: Nullable(Type.String()),
  staff: Nullable(Type.Object({ name: Type.String(), username: Type.String() })),
  municipality: MunicipalityRef,
});
export type CitizenAccessLogEntry = Static<typeof CitizenAccessLogEntry>;

/** GDPR art. 15 log extract: every recorded access to one citizen's data, in every municipality. */
export const CitizenAccessLog = Type.Object({
  citizen: RelatedCitizen,
  generatedAt: DateTime,
  entries: Type.Array(CitizenAccessLogEntry),
});
export type CitizenAccessLog = Static<typeof CitizenAccessLog>;
