import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { APPLICANT_TYPES, CASE_STATUSES, DIGITAL_POST_GROUNDS, ID_DOCUMENTS, type DigitalPostStep } from '@skranke/domain';
import { ExpectedVersion, literals, Uuid } from './common.ts';
import { MunicipalityRef, RelatedCitizen } from './citizens.ts';
import { SelfServiceDecision } from './self-service.ts';
import { PassportOutcome } from './passport.ts';
import { MitIdOutcome } from './mitid.ts';
import { DrivingLicenceOutcome } from './driving-licence.ts';
import { DoctorChangeOutcome, HealthCardOutcome } from './health.ts';
import { AddressChangeOutcome } from './address-change.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

// The code lists that have rules are @skranke/domain's (digital-post/codes.ts, cases/states.ts), written once there.
export const CaseType = literals(
  [
    'digital_post_exemption',
    'digital_post_revocation',
    'self_service_exemption',
    'mitid',
    'driving_licence',
    'passport',
    'address_change',
    'health_card',
    'doctor_change',
  ] as const,
  {
    description:
      'The workflow: fritagelse fra Digital Post, or its ophævelse (revocation, FD 011); undtagelse fra obligatorisk digital selvbetjening',
  },
);
export type CaseType = Static<typeof CaseType>;

/** The workflows a counter can start with `startCase`; a revocation is started by `revokeDigitalPostExemption`. */
export const StartableCaseType = literals([
  'digital_post_exemption',
  'self_service_exemption',
  'mitid',
  'driving_licence',
  'passport',
  'address_change',
  'health_card',
  'doctor_change',
] as const);

export const CaseStatus = literals(CASE_STATUSES);
export type CaseStatus = Static<typeof CaseStatus>;

export const DigitalPostGround = literals(DIGITAL_POST_GROUNDS);
export const ApplicantType = literals(APPLICANT_TYPES);
export const IdDocument = literals(ID_DOCUMENTS);
export const ExemptionState = literals(['active', 'revoked', 'lapsed'] as const);

/** Step `applicant`: who stands at the counter. */
export const DigitalPostApplicantStep = Type.Object(
  {
    applicantType: ApplicantType,
    /** Set by the API from the person register (the representative is checked, not typed); a name sent is replaced. */
    representativeName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    /** A representative at the counter, by CPR number (never stored: the step keeps the person id)... */
    representativeCpr: Type.Optional(Type.String({ maxLength: 32, description: 'DDMMYY-SSSS or DDMMYYSSSS' })),
    /** ...or by the person id a look-up or the citizen's representation list answered. */
    representativePersonId: Type.Optional(Uuid),
    /** Set by the API: the recorded representation that lets the representative act (listRepresentations). */
    representationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
/** Step `identification`: what was shown. Required by applicant type: see `requiredDocuments` in the domain. */
export const DigitalPostIdentificationStep = Type.Object(
  {
    idDocument: Type.Optional(IdDocument),
    powerOfAttorneySigned: Type.Optional(Type.Boolean({ description: 'The signed fuldmagt (FD 001F) was handed in' })),
    guardianshipCertificateShown: Type.Optional(Type.Boolean({ description: 'The værgebeskikkelse was shown' })),
  },
  { additionalProperties: false },
);
/**
 * Step `declaration`: the signed erklæring. The grounds are optional: the citizen need not say which applies. There is
 * deliberately no field for documentation, since none may be demanded (domain.md §1).
 */
export const DigitalPostDeclarationStep = Type.Object(
  {
    declarationSigned: Type.Boolean(),
    grounds: Type.Optional(Type.Array(DigitalPostGround, { uniqueItems: true, maxItems: 7 })),
  },
  { additionalProperties: false },
);
export const DIGITAL_POST_STEP_SCHEMAS = {
  applicant: DigitalPostApplicantStep,
  identification: DigitalPostIdentificationStep,
  declaration: DigitalPostDeclarationStep,
} as const satisfies Record<DigitalPostStep, TSchema>;

export const StartCaseBody = Type.Object({ type: StartableCaseType, ticketId: Type.Optional(Uuid) }, { additionalProperties: false });
export type StartCaseBody = Static<typeof StartCaseBody>;

export const CaseStepParams = Type.Object(
  { id: Uuid, step: Type.String({ pattern: '^[a-z][a-z_]{0,39}$' }) },
  { additionalProperties: false },
);
export type CaseStepParams = Static<typeof CaseStepParams>;

const expectedVersion = ExpectedVersion;

export const SaveCaseStepBody = Type.Object(
  {
    expectedVersion,
    data: Type.Object({}, { additionalProperties: true, description: "The step's data, validated against the step's own schema" }),
  },
  { additionalProperties: false },
);
export type SaveCaseStepBody = Static<typeof SaveCaseStepBody>;

export const CompleteCaseBody = Type.Object({ expectedVersion }, { additionalProperties: false });
export type CompleteCaseBody = Static<typeof CompleteCaseBody>;

/** Who asks for the ophævelse (FD 011) and what identification was shown: the same rules as for the exemption. */
export const RevocationIdentification = Type.Object(
  {
    applicantType: ApplicantType,
    /** Set by the API from the person register; a name sent alone is refused (the representative is checked). */
    representativeName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    /** A representative, by CPR number (never stored) or by person id: checked against the recorded representations. */
    representativeCpr: Type.Optional(Type.String({ maxLength: 32, description: 'DDMMYY-SSSS or DDMMYYSSSS' })),
    representativePersonId: Type.Optional(Uuid),
    idDocument: Type.Optional(IdDocument),
    powerOfAttorneySigned: Type.Optional(Type.Boolean()),
    guardianshipCertificateShown: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RevocationIdentification = Static<typeof RevocationIdentification>;

export const RevokeDigitalPostExemptionBody = Type.Object(
  {
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    /** Required: who asks and the identification shown (400 identification-required without it). */
    identification: Type.Optional(RevocationIdentification),
  },
  { additionalProperties: false },
);
export type RevokeDigitalPostExemptionBody = Static<typeof RevokeDigitalPostExemptionBody>;

const StaffRef = Type.Object({ id: Uuid, name: Type.String() });

export const DigitalPostExemption = Type.Object({
  id: Uuid,
  state: ExemptionState,
  municipality: MunicipalityRef,
  caseId: Uuid,
  applicantType: ApplicantType,
  /** Null when the citizen chose not to say. */
  grounds: Nullable(Type.Array(DigitalPostGround)),
  registeredAt: DateTime,
  registeredBy: StaffRef,
  /** No end date: true only for an emigration exemption, which ends on return to Denmark. */
  lapsesOnReturn: Type.Boolean(),
  revokedAt: Nullable(DateTime),
  revocationCaseId: Nullable(Uuid),
});
export type DigitalPostExemption = Static<typeof DigitalPostExemption>;

export const CurrentDigitalPostExemption = Type.Object({ exemption: Nullable(DigitalPostExemption) });
export type CurrentDigitalPostExemption = Static<typeof CurrentDigitalPostExemption>;

export const CaseEvent = Type.Object({
  at: DateTime,
  action: Type.String(),
  fromStatus: Nullable(CaseStatus),
  toStatus: CaseStatus,
  note: Nullable(Type.String()),
  staff: StaffRef,
});

/** The sagsnummer people read and quote, e.g. `2026-000123` (year and serial per municipality); `id` is for machines. */
export const CaseNumber = Type.String({
  pattern: '^[0-9]{4}-[0-9]{6,}$',
  description: 'Sagsnummer: year and serial per municipality, e.g. 2026-000123',
});

const caseSummaryFields = {
  id: Uuid,
  number: CaseNumber,
  type: CaseType,
  status: CaseStatus,
  currentStep: Nullable(Type.String()),
  ticketId: Nullable(Uuid),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
};

export const CaseSummary = Type.Object(caseSummaryFields);
export type CaseSummary = Static<typeof CaseSummary>;
export const CaseList = Type.Object({ cases: Type.Array(CaseSummary) });
export type CaseList = Static<typeof CaseList>;

export const Case = Type.Object({
  ...caseSummaryFields,
  citizen: RelatedCitizen,
  /** The workflow's steps in order. */
  steps: Type.Array(Type.String()),
  /** Per step, the data saved for it (each step's schema: DIGITAL_POST_STEP_SCHEMAS). */
  stepData: Type.Record(Type.String(), Type.Unknown()),
  events: Type.Array(CaseEvent),
  /** The exemption this case registered, or (revocation case) revoked. */
  digitalPostExemption: Nullable(DigitalPostExemption),
  /** The afgørelse of a self-service exemption case, once decided. */
  selfServiceDecision: Nullable(SelfServiceDecision),
  /** MitID identity check: the assessment, and the MitID issued or the refusal. */
  mitid: Type.Optional(Nullable(MitIdOutcome)),
  /** Driving licence renewal or duplicate: the licence on record, the fee, the order. */
  drivingLicence: Type.Optional(Nullable(DrivingLicenceOutcome)),
  /** Passport: requirements, fee and blockers today; the order and its way to pick-up. */
  passport: Type.Optional(Nullable(PassportOutcome)),
  /** Sundhedskort: the citizen's card and group, the fee, the order or temporary certificate. */
  healthCard: Type.Optional(Nullable(HealthCardOutcome)),
  /** Lægeskift: the citizen's group and doctor, the fee, the change registered. */
  doctorChange: Type.Optional(Nullable(DoctorChangeOutcome)),
  /** Flytning: late reporting, Digital Post, co-movers, doctor; when registered. */
  addressChange: Type.Optional(Nullable(AddressChangeOutcome)),
});
export type Case = Static<typeof Case>;

/** Audit actions about citizens written by case work, in words for the citizen's log extract. */
export const CASE_AUDIT_ACTIONS = {
  'case.start': { da: 'Sag oprettet', en: 'Case started' },
  'case.read': { da: 'Sag vist', en: 'Case viewed' },
  'case.list': { da: 'Oversigt over sager vist', en: 'Case list viewed' },
  'case.save-step': { da: 'Trin i sag gemt', en: 'Case step saved' },
  'case.complete': { da: 'Sag afsluttet', en: 'Case completed' },
  'case.document': { da: 'Kvittering eller afgørelse dannet', en: 'Receipt or decision letter produced' },
  'digital-post.read': { da: 'Fritagelse fra Digital Post vist', en: 'Digital Post exemption viewed' },
  'digital-post.revoke': { da: 'Fritagelse fra Digital Post ophævet', en: 'Digital Post exemption revoked' },
  'passport.ready': { da: 'Pas registreret som klar til afhentning', en: 'Passport recorded as ready for pick-up' },
  'passport.hand-out': { da: 'Pas udleveret', en: 'Passport handed out' },
  'passport.old-passport': {
    da: 'Tidligere pas registreret som afleveret, annulleret eller bortkommet',
    en: 'Previous passport recorded as handed in, cancelled or lost',
  },
  'passport.cancel': { da: 'Passag annulleret', en: 'Passport case cancelled' },
  'mitid.witness-lookup': { da: 'Opslag som vidne til MitID', en: 'Looked up as a MitID witness' },
  'mitid.witness-act': { da: 'Registreret som vidne til MitID', en: 'Recorded as a MitID witness' },
} as const;
