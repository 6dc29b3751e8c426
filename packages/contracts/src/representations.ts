import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  GUARDIANSHIP_SCOPES,
  REPRESENTATION_AREAS,
  REPRESENTATION_DOCUMENTS,
  REPRESENTATION_KINDS,
  type RepresentationValidity,
} from '@skranke/domain';
import { CitizenPurposeCode, MunicipalityRef } from './citizens.ts';
import { CivilDate, literals, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const RepresentationKind = literals(REPRESENTATION_KINDS, { description: 'Who the representative is to the citizen' });
export const RepresentationScopeValue = literals([...REPRESENTATION_AREAS, ...GUARDIANSHIP_SCOPES], {
  description: "An area for a fuldmagt (digital_post, self_service, passport_pickup, all), a værge's scope (personal, financial, both)",
});
export const RepresentationDocument = literals(REPRESENTATION_DOCUMENTS, { description: 'The document staff saw' });

const STATES = ['valid', 'not_yet_valid', 'expired', 'ended', 'child_now_adult'] as const satisfies readonly RepresentationValidity[];
export const RepresentationState = literals(STATES, { description: 'Whether it holds today' });

const PersonRef = Type.Object({ id: Uuid, name: Type.String(), cprMasked: Type.String({ description: 'DDMMYY-XXXX' }) });
const StaffRef = Type.Object({ id: Uuid, name: Type.String() });

export const Representation = Type.Object({
  id: Uuid,
  kind: RepresentationKind,
  scope: Type.Array(RepresentationScopeValue),
  validFrom: CivilDate,
  /** Inclusive; null until ended. Forældremyndighed: the day before the child's 18th birthday. */
  validTo: Nullable(CivilDate),
  state: RepresentationState,
  documentSeen: RepresentationDocument,
  documentReference: Nullable(Type.String()),
  citizen: PersonRef,
  representative: PersonRef,
  /** The municipality whose staff recorded it; only that municipality may end it. */
  municipality: MunicipalityRef,
  recordedBy: StaffRef,
  recordedAt: DateTime,
  /** True when the caller's municipality recorded it and it has not been ended. */
  mayEnd: Type.Boolean(),
  ended: Nullable(Type.Object({ at: DateTime, by: StaffRef, reason: Type.String() })),
});
export type Representation = Static<typeof Representation>;

export const RepresentationList = Type.Object({
  /** Who may act for the citizen. */
  representedBy: Type.Array(Representation),
  /** For whom the citizen may act. */
  representing: Type.Array(Representation),
});
export type RepresentationList = Static<typeof RepresentationList>;

export const RepresentationListQuery = Type.Object(
  {
    purpose: CitizenPurposeCode,
    purposeText: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "Required when purpose is 'andet'" })),
  },
  { additionalProperties: false },
);
export type RepresentationListQuery = Static<typeof RepresentationListQuery>;

/** The representative is named by CPR number, in the body: looked up in the person register, never typed as a name. */
export const RecordRepresentationBody = Type.Object(
  {
    representativeCpr: Type.String({ maxLength: 32, description: 'DDMMYY-SSSS or DDMMYYSSSS' }),
    kind: RepresentationKind,
    scope: Type.Array(RepresentationScopeValue, { maxItems: 4 }),
    validFrom: CivilDate,
    validTo: Type.Optional(Nullable(CivilDate)),
    documentSeen: RepresentationDocument,
    documentReference: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type RecordRepresentationBody = Static<typeof RecordRepresentationBody>;

export const EndRepresentationBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, description: 'Why it ends, e.g. "Fuldmagten er tilbagekaldt"' }) },
  { additionalProperties: false },
);
export type EndRepresentationBody = Static<typeof EndRepresentationBody>;

/** The audit actions of representation, in words (the citizen's log extract and the audit search). */
export const REPRESENTATION_AUDIT_ACTIONS = {
  'representation.list': { da: 'Repræsentation vist', en: 'Representation viewed' },
  'representation.read-relation': {
    da: 'Vist som repræsentant for eller repræsenteret af en anden borger',
    en: 'Shown as representative of, or represented by, another citizen',
  },
  'representation.record': { da: 'Repræsentation registreret', en: 'Representation recorded' },
  'representation.end': { da: 'Repræsentation ophørt', en: 'Representation ended' },
  'representation.check': { da: 'Repræsentation kontrolleret i en sag', en: 'Representation checked in a case' },
} as const;

/** The purpose recorded when staff record or end a representation. */
export const REPRESENTATION_PURPOSE = 'repraesentation';
