import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  APPEAL_STATUSES,
  AREA_EXEMPTION_STATUSES,
  SELF_SERVICE_GROUNDS,
  SELF_SERVICE_OUTCOMES,
  SELF_SERVICE_SCOPES,
} from '@skranke/domain';
import { CivilDate, ExpectedVersion, literals, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const expectedVersion = ExpectedVersion;
const LawAreaCode = Type.String({ pattern: '^[a-z][a-z_]{0,39}$' });

// The code lists are @skranke/domain's (self-service/codes.ts).
export const SelfServiceGround = literals(SELF_SERVICE_GROUNDS);
export const SelfServiceScope = literals(SELF_SERVICE_SCOPES);
export const SelfServiceOutcome = literals(SELF_SERVICE_OUTCOMES);
export const AppealStatus = literals(APPEAL_STATUSES);
export const AreaExemptionStatus = literals(AREA_EXEMPTION_STATUSES);

/** Step `scope`: one application (described) or general for the law area(s). Rules: `scopeProblems` in the domain. */
export const SelfServiceScopeStep = Type.Object(
  {
    scope: SelfServiceScope,
    lawAreas: Type.Array(LawAreaCode, { minItems: 1, maxItems: 30, uniqueItems: true }),
    applicationDescription: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
/** Step `ground`: the særlige forhold the citizen states. */
export const SelfServiceGroundStep = Type.Object(
  {
    grounds: Type.Array(SelfServiceGround, { minItems: 1, maxItems: 5, uniqueItems: true }),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
/** Step `decision`: a refusal needs legalBasis and considerations (forvaltningsloven § 22). */
export const SelfServiceDecisionStep = Type.Object(
  {
    outcome: SelfServiceOutcome,
    legalBasis: Type.Optional(Type.String({ maxLength: 1000 })),
    considerations: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);

export const LawArea = Type.Object({
  code: LawAreaCode,
  nameDa: Type.String(),
  nameEn: Type.String(),
  /** An Udbetaling Danmark area: decisions are notified to UDK and appealed to Ankestyrelsen. */
  udbetalingDanmark: Type.Boolean(),
  /** Where a refusal is appealed. */
  appealBody: Type.String(),
  legalReference: Nullable(Type.String()),
});
export type LawArea = Static<typeof LawArea>;

export const LawAreaList = Type.Object({
  lawAreas: Type.Array(LawArea),
  appealPeriod: Type.Object({ unit: literals(['weeks', 'months'] as const), count: Type.Integer() }),
});
export type LawAreaList = Static<typeof LawAreaList>;

export const SelfServiceDecision = Type.Object({
  id: Uuid,
  scope: SelfServiceScope,
  applicationDescription: Nullable(Type.String()),
  lawAreas: Type.Array(Type.Object({ code: Type.String(), nameDa: Type.String(), udbetalingDanmark: Type.Boolean() })),
  grounds: Type.Array(SelfServiceGround),
  outcome: SelfServiceOutcome,
  /** Granted in the first place or on appeal. */
  granted: Type.Boolean(),
  legalBasis: Nullable(Type.String()),
  considerations: Nullable(Type.String()),
  decidedAt: DateTime,
  appealDeadline: Nullable(CivilDate),
  appeal: Nullable(
    Type.Object({
      status: AppealStatus,
      receivedOn: CivilDate,
      receivedInTime: Type.Boolean(),
      note: Nullable(Type.String()),
      resolvedAt: Nullable(DateTime),
    }),
  ),
  udkNotificationRequired: Type.Boolean(),
  udkNotifiedAt: Nullable(DateTime),
});
export type SelfServiceDecision = Static<typeof SelfServiceDecision>;

export const RegisterAppealBody = Type.Object(
  { expectedVersion, receivedOn: CivilDate, note: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) },
  { additionalProperties: false },
);
export type RegisterAppealBody = Static<typeof RegisterAppealBody>;

export const ResolveAppealBody = Type.Object(
  {
    expectedVersion,
    result: literals(['upheld', 'overturned'] as const),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type ResolveAppealBody = Static<typeof ResolveAppealBody>;

export const MarkUdkNotifiedBody = Type.Object({ expectedVersion }, { additionalProperties: false });
export type MarkUdkNotifiedBody = Static<typeof MarkUdkNotifiedBody>;

export const SelfServiceStatus = Type.Object({
  citizenId: Uuid,
  /** 1 June 2023 rule: exempt from Digital Post, so entitled to each solution's non-digital alternative on request. */
  entitledToNonDigitalAlternative: Type.Boolean(),
  lawAreas: Type.Array(
    Type.Object({
      code: Type.String(),
      nameDa: Type.String(),
      udbetalingDanmark: Type.Boolean(),
      status: AreaExemptionStatus,
      /** Exemptions granted for one application in this area (they do not make the area exempt). */
      singleApplications: Type.Array(Type.Object({ caseId: Uuid, description: Type.String() })),
    }),
  ),
});
export type SelfServiceStatus = Static<typeof SelfServiceStatus>;

export const SELF_SERVICE_AUDIT_ACTIONS = {
  'self-service.status': { da: 'Status for fritagelse fra digital selvbetjening vist', en: 'Self-service exemption status viewed' },
  'self-service.udk-notified': { da: 'Udbetaling Danmark underrettet om fritagelse', en: 'Udbetaling Danmark notified of exemption' },
  'self-service.appeal-registered': { da: 'Klage over afslag registreret', en: 'Appeal against refusal registered' },
  'self-service.appeal-resolved': { da: 'Klage over afslag afgjort', en: 'Appeal against refusal resolved' },
} as const;
