import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  CONSENT_METHODS,
  FINGERPRINT_STATUSES,
  IDENTITY_DOCUMENT_STATUSES,
  IDENTITY_EVIDENCE,
  OLD_PASSPORT_OUTCOMES,
  PAYMENT_METHODS,
  PHOTO_SOURCES,
  type PassportStep,
} from '@skranke/domain';
import { CivilDate, ExpectedVersion, literals, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

// The code lists are @skranke/domain's (passport/codes.ts).
export const IdentityEvidence = literals(IDENTITY_EVIDENCE);
export const OldPassportOutcome = literals(OLD_PASSPORT_OUTCOMES, {
  description: 'lost, missing (not brought) and damaged double the fee; none: a first passport',
});
export const PhotoSource = literals(PHOTO_SOURCES);
export const FingerprintStatus = literals(FINGERPRINT_STATUSES);
export const ConsentMethod = literals(CONSENT_METHODS);
export const PaymentMethod = literals(PAYMENT_METHODS);
export const PassportOrderStatus = literals(['ordered', 'ready_for_pickup', 'handed_out'] as const);

const Note = Type.String({ minLength: 1, maxLength: 500 });

/** Step `identity`: what was shown; `verified: false` (with a note) makes completing the case a refusal. */
export const PassportIdentityStep = Type.Object(
  { evidence: Type.Array(IdentityEvidence, { uniqueItems: true, maxItems: 5 }), verified: Type.Boolean(), note: Type.Optional(Note) },
  { additionalProperties: false },
);
/** Step `old_passport`: an answer other than the register's (see `PassportOutcome.oldPassport`) needs a reason. */
export const PassportOldPassportStep = Type.Object(
  {
    outcome: OldPassportOutcome,
    reason: Type.Optional({ ...Note, description: 'Why the answer differs from the identity-document register' }),
  },
  { additionalProperties: false },
);
export const PassportPhotoStep = Type.Object({ source: PhotoSource }, { additionalProperties: false });
/** Step `fingerprints`: `taken` from age 12 (or `impossible` with a note), `not_required` below. */
export const PassportFingerprintsStep = Type.Object(
  { status: FingerprintStatus, note: Type.Optional(Note) },
  { additionalProperties: false },
);
/** Step `consent`: the custody holders who have consented so far (may be saved again as more consent); empty for an adult. */
export const PassportConsentStep = Type.Object(
  { consents: Type.Array(Type.Object({ holderId: Uuid, method: ConsentMethod }, { additionalProperties: false }), { maxItems: 4 }) },
  { additionalProperties: false },
);
/** Step `payment`: the amount must be the fee the case shows (409 at ordering if it has changed since). */
export const PassportPaymentStep = Type.Object(
  {
    method: PaymentMethod,
    amountOre: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
    /** Optional: an SMS (Danish number) and/or e-mail when the passport is ready for pick-up, if the municipality sends notices. */
    notifyPhone: Type.Optional(Type.String({ maxLength: 30 })),
    notifyEmail: Type.Optional(Type.String({ maxLength: 254 })),
  },
  { additionalProperties: false },
);
export const PASSPORT_STEP_SCHEMAS = {
  identity: PassportIdentityStep,
  old_passport: PassportOldPassportStep,
  photo: PassportPhotoStep,
  fingerprints: PassportFingerprintsStep,
  consent: PassportConsentStep,
  payment: PassportPaymentStep,
} as const satisfies Record<PassportStep, TSchema>;

const StaffRef = Type.Object({ id: Uuid, name: Type.String() });

export const PassportCustodyHolder = Type.Object({
  id: Uuid,
  name: Type.String(),
  cprMasked: Type.String(),
  consent: Nullable(Type.Object({ method: ConsentMethod, registeredAt: DateTime, registeredBy: StaffRef })),
});

export const PassportFee = Type.Object({
  year: Type.Integer(),
  rateCode: Type.String(),
  labelDa: Type.String(),
  labelEn: Type.String(),
  baseAmountOre: Type.Integer(),
  amountOre: Type.Integer(),
  doubled: Type.Boolean(),
  /** ✱ The fee table is marked approximate. */
  approximate: Type.Boolean(),
});

/** The passport on record the applicant should show (valid, expired or reported lost), as the register has it. */
export const PassportOnRecordView = Type.Object({
  documentNumber: Type.String(),
  issuedOn: CivilDate,
  expiresOn: CivilDate,
  status: literals(IDENTITY_DOCUMENT_STATUSES),
  /** As the citizen overview says it: valid, expires_soon, expired or invalid. */
  state: literals(['valid', 'expires_soon', 'expired', 'invalid'] as const),
});

/** What the identity-document register says about the old passport: the answer to start with, and those agreeing. */
export const PassportOldPassportRegister = Type.Object({
  /** Null: nothing on record to show (a first passport, or the last one was handed in or cancelled). */
  onRecord: Nullable(PassportOnRecordView),
  expected: OldPassportOutcome,
  /** Any other answer needs a reason; `none` with a passport on record still doubles the fee (pasloven § 4 c). */
  agreeing: Type.Array(OldPassportOutcome),
});

export const PassportBlocker = Type.Object({ field: Type.String(), code: Type.String(), da: Type.String(), en: Type.String() });

export const PassportOrder = Type.Object({
  id: Uuid,
  status: PassportOrderStatus,
  amountOre: Type.Integer(),
  doubled: Type.Boolean(),
  paymentMethod: PaymentMethod,
  paidAt: DateTime,
  orderedAt: DateTime,
  validityYears: Type.Integer(),
  passportNumber: Nullable(Type.String()),
  issuedOn: Nullable(CivilDate),
  expiresOn: Nullable(CivilDate),
  readyAt: Nullable(DateTime),
  handedOutAt: Nullable(DateTime),
  /** The new passport as recorded in the identity-document register at hand-out. */
  identityDocumentId: Nullable(Uuid),
});
export type PassportOrder = Static<typeof PassportOrder>;

/** The passport case as the counter needs it: today's requirements and fee, what still blocks the order, the order. */
export const PassportOutcome = Type.Object({
  /** Age today (a draft) or on the order date. */
  age: Type.Integer(),
  pensionAgeDate: CivilDate,
  fingerprintsRequired: Type.Boolean(),
  consentRequired: Type.Boolean(),
  validityYears: Type.Integer(),
  custodyHolders: Type.Array(PassportCustodyHolder),
  /** The register's view of the old passport (for an order: the passport noted with it, in its state today). */
  oldPassport: PassportOldPassportRegister,
  /** Null when no fee table covers the year (see blockers). */
  fee: Nullable(PassportFee),
  /** What stops the order now (empty once ordered). */
  blockers: Type.Array(PassportBlocker),
  order: Nullable(PassportOrder),
});
export type PassportOutcome = Static<typeof PassportOutcome>;

const expectedVersion = ExpectedVersion;

export const PassportReadyBody = Type.Object(
  {
    expectedVersion,
    passportNumber: Type.String({ pattern: '^[A-Z0-9]{8,9}$', description: 'As printed in the new passport' }),
    issuedOn: Type.Optional({ ...CivilDate, description: 'Date of issue as printed; default today' }),
  },
  { additionalProperties: false },
);
export type PassportReadyBody = Static<typeof PassportReadyBody>;

export const PassportHandOutBody = Type.Object(
  {
    expectedVersion,
    /**
     * Picked up by another person (issue 13): by CPR number or person id; they must hold a recorded representation
     * covering passport pick-up today (400 representative-not-allowed). Left out: the citizen collects it.
     */
    collectedBy: Type.Optional(
      Type.Object(
        {
          representativeCpr: Type.Optional(Type.String({ maxLength: 32, description: 'DDMMYY-SSSS or DDMMYYSSSS' })),
          representativePersonId: Type.Optional(Uuid),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type PassportHandOutBody = Static<typeof PassportHandOutBody>;

export const PassportCancelBody = Type.Object(
  { expectedVersion, reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export type PassportCancelBody = Static<typeof PassportCancelBody>;
