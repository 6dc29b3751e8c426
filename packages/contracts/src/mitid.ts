import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { MITID_APPLICANT_TYPES, MITID_AUTHENTICATORS, MITID_DOCUMENT_KINDS, MITID_REFUSAL_REASONS, type MitIdStep } from '@skranke/domain';
import { CivilDate, literals, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// The code lists are @skranke/domain's (mitid/codes.ts).
export const MitIdDocumentKind = literals(MITID_DOCUMENT_KINDS);
export const MitIdAuthenticator = literals(MITID_AUTHENTICATORS);
export type MitIdAuthenticator = Static<typeof MitIdAuthenticator>;
export const MitIdApplicantType = literals(MITID_APPLICANT_TYPES);
export const MitIdRefusalReason = literals(MITID_REFUSAL_REASONS);
export type MitIdRefusalReason = Static<typeof MitIdRefusalReason>;
export const MitIdDocumentCombination = literals(['danish_photo_id', 'foreign_id_with_supplement', 'two_secondary'] as const);

/** Step `applicant`: who stands at the counter, and whether the citizen can use MitID alone (else: afslag). */
export const MitIdApplicantStep = Type.Object(
  {
    applicantType: MitIdApplicantType,
    representativeName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    canUseMitIdAlone: Type.Boolean({ description: "Staff's judgement that the citizen can handle MitID without help" }),
  },
  { additionalProperties: false },
);
export type MitIdApplicantStep = Static<typeof MitIdApplicantStep>;

export const MitIdDocument = Type.Object(
  {
    kind: MitIdDocumentKind,
    showsCpr: Type.Boolean({ description: 'The document shows the CPR number' }),
    temporary: Type.Boolean({ description: 'A temporary document; never accepted' }),
  },
  { additionalProperties: false },
);

/** Step `documents`: what was shown. Insufficient documents are stored and lead to a refusal. */
export const MitIdDocumentsStep = Type.Object(
  {
    documents: Type.Array(MitIdDocument, { maxItems: 6 }),
    identityDoubt: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: 'Why staff doubt the identity despite the documents' }),
    ),
  },
  { additionalProperties: false },
);
export type MitIdDocumentsStep = Static<typeof MitIdDocumentsStep>;

const Cpr = Type.String({
  pattern: '^[0-9]{6}-?[0-9]{4}$',
  description: "The witness's CPR number (in the body, never in a URL; not stored)",
});

/** Step `verification`: control questions, or a witness from the person register (looked up by CPR number). */
export const MitIdVerificationStep = Type.Union([
  Type.Object({ method: Type.Literal('control_questions'), controlQuestionsPassed: Type.Boolean() }, { additionalProperties: false }),
  Type.Object(
    {
      method: Type.Literal('witness'),
      witnessCpr: Cpr,
      witnessPhotoIdShown: Type.Boolean(),
      witnessMitIdConfirmed: Type.Boolean({ description: 'The witness confirmed with their own MitID' }),
    },
    { additionalProperties: false },
  ),
]);
export type MitIdVerificationStep = Static<typeof MitIdVerificationStep>;

/** Step `authenticator`: the chosen identifikationsmiddel. */
export const MitIdAuthenticatorStep = Type.Object({ authenticator: MitIdAuthenticator }, { additionalProperties: false });
export type MitIdAuthenticatorStep = Static<typeof MitIdAuthenticatorStep>;

export const MITID_STEP_SCHEMAS = {
  applicant: MitIdApplicantStep,
  documents: MitIdDocumentsStep,
  verification: MitIdVerificationStep,
  authenticator: MitIdAuthenticatorStep,
} as const satisfies Record<MitIdStep, TSchema>;

/** The saved `verification` step as the case shows it: the witness by name and masked CPR, never the full number. */
export type MitIdVerificationSaved =
  | { method: 'control_questions'; controlQuestionsPassed: boolean }
  | {
      method: 'witness';
      witnessPersonId: string;
      witnessName: string;
      witnessCprMasked: string;
      witnessPhotoIdShown: boolean;
      witnessMitIdConfirmed: boolean;
    };

const RefusalProblem = Type.Object({ field: Type.String(), code: Type.String(), da: Type.String(), en: Type.String() });

export const MitIdOutcome = Type.Object({
  /** What the saved steps lead to now (for a draft), or led to. */
  assessment: Type.Object({
    outcome: literals(['incomplete', 'refuse', 'issue'] as const),
    reasons: Type.Array(MitIdRefusalReason),
    /** Why the documents are not enough, or notes (a temporary document does not count). */
    documentProblems: Type.Array(RefusalProblem),
  }),
  issued: Nullable(
    Type.Object({
      id: Uuid,
      authenticator: MitIdAuthenticator,
      issuedOn: CivilDate,
      holderSince: CivilDate,
      /** A MitID the citizen already had, replaced by this one. */
      replacedEarlier: Type.Boolean(),
    }),
  ),
  refusal: Nullable(
    Type.Object({
      reasons: Type.Array(MitIdRefusalReason),
      note: Nullable(Type.String()),
      appealBody: Type.String(),
      appealDeadline: CivilDate,
      decidedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});
export type MitIdOutcome = Static<typeof MitIdOutcome>;
