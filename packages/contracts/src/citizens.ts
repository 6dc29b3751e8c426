import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CivilDate, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

/** Why staff open a citizen's data: the errand. `andet` (other) needs a free-text reason. */
export const CITIZEN_PURPOSES = [
  'pas',
  'koerekort',
  'mitid',
  'sundhedskort',
  'digital-post',
  'selvbetjening',
  'vejledning',
  'andet',
] as const;
export type CitizenPurpose = (typeof CITIZEN_PURPOSES)[number];

export const CITIZEN_PURPOSE_LABELS: Record<CitizenPurpose, { da: string; en: string }> = {
  pas: { da: 'Pas', en: 'Passport' },
  koerekort: { da: 'Kørekort', en: 'Driving licence' },
  mitid: { da: 'MitID', en: 'MitID' },
  sundhedskort: { da: 'Sundhedskort', en: 'Health insurance card' },
  'digital-post': { da: 'Digital Post', en: 'Digital Post' },
  selvbetjening: { da: 'Fritagelse for digital selvbetjening', en: 'Exemption from digital self-service' },
  vejledning: { da: 'Vejledning', en: 'Guidance' },
  andet: { da: 'Andet', en: 'Other' },
};

/** What an audit record about a citizen says happened, in words a citizen reading their log extract understands. */
export const CITIZEN_AUDIT_ACTIONS = {
  'citizen.lookup': { da: 'Opslag på CPR-nummer', en: 'Look-up by CPR number' },
  'citizen.read': { da: 'Visning af oplysninger', en: 'Details viewed' },
  'citizen.overview': { da: 'Overblik vist (sager, fritagelser, pas og kørekort, besøg)', en: 'Overview viewed (cases, exemptions, passport and licence, visits)' },
  'citizen.read-relation': { da: 'Vist som relation til en anden borger', en: 'Shown as related to another citizen' },
  'citizen.reveal-cpr': { da: 'Fuldt CPR-nummer vist', en: 'Full CPR number shown' },
  'citizen.access-log': { da: 'Udtræk af denne log', en: 'Extract of this log' },
  'citizen.read-audit-search': { da: 'Navn vist i en søgning i logningen', en: 'Name shown in an audit trail search' },
} as const;

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
