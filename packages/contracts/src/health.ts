import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  DOCTOR_CHANGE_REASONS,
  HEALTH_CARD_KINDS,
  HEALTH_CARD_REASONS,
  NAME_CHANGE_CAUSES,
  type DoctorChangeStep,
  type HealthCardStep,
} from '@skranke/domain';
import { CivilDate, literals, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// The code lists are @skranke/domain's (health-card/rules.ts, doctors/rules.ts).
export const HealthCardKind = literals(HEALTH_CARD_KINDS);
export const HealthCardReason = literals(HEALTH_CARD_REASONS);
export const NameChangeCause = literals(NAME_CHANGE_CAUSES);
export const DoctorChangeReason = literals(DOCTOR_CHANGE_REASONS);
export const InsuranceGroup = Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'Sygesikringsgruppe 1 or 2' });

/** Starting a sundhedskort or lægeskift case: optionally from the queue ticket being served. */
export const StartHealthCaseBody = Type.Object({ ticketId: Type.Optional(Uuid) }, { additionalProperties: false });
export type StartHealthCaseBody = Static<typeof StartHealthCaseBody>;

/** Step `request`: which card and why (the reason must go with the kind: @skranke/domain HEALTH_CARD_REASONS_BY_KIND). */
export const HealthCardRequestStep = Type.Object(
  { kind: HealthCardKind, reason: HealthCardReason, nameChangeCause: Type.Optional(NameChangeCause) },
  { additionalProperties: false },
);
export type HealthCardRequestStep = Static<typeof HealthCardRequestStep>;

/** Step `payment`: the fee is paid; nothing to pay when the card is free. */
export const PaidStep = Type.Object({ paid: Type.Boolean() }, { additionalProperties: false });

export const HEALTH_CARD_STEP_SCHEMAS = {
  request: HealthCardRequestStep,
  payment: PaidStep,
} as const satisfies Record<HealthCardStep, TSchema>;

export const DOCTOR_CHANGE_STEP_SCHEMAS = {
  reason: Type.Object({ reason: DoctorChangeReason }, { additionalProperties: false }),
  group: Type.Object({ group: InsuranceGroup }, { additionalProperties: false }),
  doctor: Type.Object({ doctorId: Type.Optional(Uuid) }, { additionalProperties: false }),
  payment: PaidStep,
} as const satisfies Record<DoctorChangeStep, TSchema>;

/** A practice from the doctor register, with its distance from the citizen's home when known. */
export const DoctorView = Type.Object({
  id: Uuid,
  clinicName: Type.String(),
  doctorNames: Type.String(),
  address: Type.String({ description: 'Street, postcode and city' }),
  phone: Nullable(Type.String()),
  openForNewPatients: Type.Boolean(),
  /** Straight-line distance from home (postal area's centre) in km, one decimal; null when home is not known. */
  distanceKm: Nullable(Type.Number()),
});
export type DoctorView = Static<typeof DoctorView>;

/** The citizen's sygesikring as the register holds it. */
export const HealthInsuranceView = Type.Object({
  group: InsuranceGroup,
  doctor: Nullable(DoctorView),
  groupChangedOn: Nullable(CivilDate),
  /** The first day the group may change again (12-month rule); null when it never changed. */
  groupChangeAllowedFrom: Nullable(CivilDate),
  cardIssuedOn: Nullable(CivilDate),
});
export type HealthInsuranceView = Static<typeof HealthInsuranceView>;

/** `listDoctorsNearCitizen`: the practices the citizen may choose, nearest first, and the reach that applies. */
export const DoctorsNearCitizen = Type.Object({
  reachKm: Type.Integer(),
  copenhagenArea: Type.Boolean(),
  /** Null when the citizen has no address the register can place (then no doctor can be offered). */
  home: Nullable(Type.Object({ postcode: Type.String(), city: Type.String() })),
  doctors: Type.Array(DoctorView),
  insurance: HealthInsuranceView,
});
export type DoctorsNearCitizen = Static<typeof DoctorsNearCitizen>;

const Fee = Type.Object({
  amountOre: Type.Integer({ minimum: 0 }),
  year: Type.Integer(),
  /** ✱ The fee table's amount is not verified. */
  approximate: Type.Boolean(),
  /** Why it is free (e.g. `first_card`, `moving`); null when the fee is charged. */
  freeBecause: Nullable(Type.String()),
  label: Type.String(),
});
const FeeProblem = Type.Object({ code: Type.String(), da: Type.String(), en: Type.String() });

export const HealthCardOutcome = Type.Object({
  insurance: HealthInsuranceView,
  /** The fee for the saved request (a draft) or as charged (ordered). */
  fee: Nullable(Fee),
  feeProblem: Type.Optional(FeeProblem),
  order: Nullable(
    Type.Object({
      kind: HealthCardKind,
      reason: HealthCardReason,
      orderedAt: Type.String({ format: 'date-time' }),
      /** A temporary certificate's last valid day. */
      temporaryValidUntil: Nullable(CivilDate),
    }),
  ),
});
export type HealthCardOutcome = Static<typeof HealthCardOutcome>;

export const DoctorChangeOutcome = Type.Object({
  insurance: HealthInsuranceView,
  fee: Nullable(Fee),
  feeProblem: Type.Optional(FeeProblem),
  change: Nullable(
    Type.Object({
      reason: DoctorChangeReason,
      groupFrom: InsuranceGroup,
      groupTo: InsuranceGroup,
      from: Nullable(DoctorView),
      to: Nullable(DoctorView),
      changedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});
export type DoctorChangeOutcome = Static<typeof DoctorChangeOutcome>;

/** Audit actions about citizens written by the health card and doctor work, in words for the citizen's log extract. */
export const HEALTH_AUDIT_ACTIONS = {
  'health.doctors-read': {
    da: 'Læger i nærheden og sygesikring vist',
    en: 'Doctors within reach and health insurance viewed',
  },
} as const;
