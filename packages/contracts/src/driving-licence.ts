import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { DRIVING_LICENCE_KINDS, DUPLICATE_REASONS, LICENCE_ID_DOCUMENTS, LICENCE_PHOTOS, type DrivingLicenceStep } from '@skranke/domain';
import { CivilDate, literals, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// The code lists are @skranke/domain's (driving-licence/rules.ts).
export const DrivingLicenceKind = literals(DRIVING_LICENCE_KINDS);
export const DuplicateReason = literals(DUPLICATE_REASONS);
export const LicencePhoto = literals(LICENCE_PHOTOS);
export const LicenceIdDocument = literals(LICENCE_ID_DOCUMENTS);

/**
 * Step `request`: renewal (at most 3 months before expiry, or after expiry) or duplicate (lost or damaged). A renewal
 * may carry the citizen's loss declaration (`lossDeclared`): the old licence is lost, so nothing is handed in.
 */
export const DrivingLicenceRequestStep = Type.Object(
  {
    kind: DrivingLicenceKind,
    duplicateReason: Type.Optional(DuplicateReason),
    lossDeclared: Type.Optional(
      Type.Boolean({
        description: 'Renewal only: the citizen declares the old licence lost; renewal fee, the old licence recorded as lost',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DrivingLicenceRequestStep = Static<typeof DrivingLicenceRequestStep>;

/** Step `identification`: photo, ID, the old licence (handed in unless lost), and a lægeattest where required. */
export const DrivingLicenceIdentificationStep = Type.Object(
  {
    photo: LicencePhoto,
    idDocument: LicenceIdDocument,
    oldLicenceHandedIn: Type.Boolean(),
    medicalCertificate: Type.Optional(
      Type.Boolean({ description: 'A lægeattest was handed in: required (true) to renew a licence time-limited for health reasons' }),
    ),
  },
  { additionalProperties: false },
);
export type DrivingLicenceIdentificationStep = Static<typeof DrivingLicenceIdentificationStep>;

/** Step `payment`: the fee (from the fee table) is paid; nothing to pay for a free renewal. */
export const DrivingLicencePaymentStep = Type.Object({ paid: Type.Boolean() }, { additionalProperties: false });
export type DrivingLicencePaymentStep = Static<typeof DrivingLicencePaymentStep>;

export const DRIVING_LICENCE_STEP_SCHEMAS = {
  request: DrivingLicenceRequestStep,
  identification: DrivingLicenceIdentificationStep,
  payment: DrivingLicencePaymentStep,
} as const satisfies Record<DrivingLicenceStep, TSchema>;

export const DrivingLicenceOutcome = Type.Object({
  /** The licence on record that is renewed or replaced. */
  licence: Nullable(
    Type.Object({
      id: Uuid,
      documentNumber: Type.String(),
      expiresOn: CivilDate,
      healthLimited: Type.Boolean(),
      categories: Type.Array(Type.String()),
      renewableFrom: CivilDate,
    }),
  ),
  /** The fee for the chosen request, once the request step is saved (a draft) or as charged (ordered). */
  fee: Nullable(
    Type.Object({
      amountOre: Type.Integer({ minimum: 0 }),
      year: Type.Integer(),
      /** ✱ The fee table's amounts are not verified (shown while the case is a draft). */
      approximate: Type.Boolean(),
      waiver: Nullable(Type.Literal('health_limited')),
      label: Type.String(),
    }),
  ),
  /** Why a draft's fee cannot be found (e.g. `fee-table-missing`), in words for the counter; absent when it can. */
  feeProblem: Type.Optional(Type.Object({ code: Type.String(), da: Type.String(), en: Type.String() })),
  order: Nullable(
    Type.Object({
      kind: DrivingLicenceKind,
      duplicateReason: Nullable(DuplicateReason),
      /** A renewal of a licence the citizen declared lost. */
      lossDeclared: Type.Optional(Type.Boolean()),
      orderedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});
export type DrivingLicenceOutcome = Static<typeof DrivingLicenceOutcome>;
