import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { IDENTITY_DOCUMENT_KINDS, IDENTITY_DOCUMENT_STATUSES } from '@skranke/domain';
import { CaseEvent, CaseNumber, CaseStatus, CaseType, DigitalPostExemption } from './cases.ts';
import { CitizenPurposeQuery } from './citizens.ts';
import { CivilDate, literals, Uuid } from './common.ts';
import { AreaExemptionStatus } from './self-service.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

/** The citizen overview is read for a purpose, like every citizen read; `ticketId` names the visit being served. */
export const CitizenOverviewQuery = Type.Object(
  {
    ...CitizenPurposeQuery.properties,
    ticketId: Type.Optional({
      ...Uuid,
      description: 'The queue ticket being served for this citizen ("Start ærinde"); recorded as a visit',
    }),
  },
  { additionalProperties: false },
);
export type CitizenOverviewQuery = Static<typeof CitizenOverviewQuery>;

// The kinds and statuses are @skranke/domain's (documents/expiry.ts).
export const IdentityDocumentKind = literals(IDENTITY_DOCUMENT_KINDS);
export const IdentityDocumentStatus = literals(IDENTITY_DOCUMENT_STATUSES, {
  description: 'cancelled: replaced by a new passport without being handed in; revoked: withdrawn for another reason',
});
export const IdentityDocumentState = literals(['valid', 'expires_soon', 'expired', 'invalid'] as const, {
  description: 'expires_soon: valid and expiring within the warning period (6 months); invalid: handed in, lost, revoked or cancelled',
});

export const IdentityDocumentView = Type.Object({
  id: Uuid,
  kind: IdentityDocumentKind,
  documentNumber: Type.String(),
  issuedOn: CivilDate,
  /** The last day the document is valid. */
  expiresOn: CivilDate,
  status: IdentityDocumentStatus,
  state: IdentityDocumentState,
  /** Draw attention: it expires within the warning period or has expired. */
  warning: Type.Boolean(),
  /** A driving licence time-limited for health reasons (renewal is free). */
  healthLimited: Type.Boolean(),
  categories: Nullable(Type.Array(Type.String())),
  /**
   * The day a replacement was ordered at a counter (a driving-licence renewal or duplicate). The new licence is made
   * centrally and sent to the citizen, so it is not on record until the register has it; absent when none is ordered.
   */
  replacementOrderedOn: Type.Optional(CivilDate),
});
export type IdentityDocumentView = Static<typeof IdentityDocumentView>;

/** A queue ticket served (or being served) for the citizen. */
export const CitizenVisit = Type.Object({
  ticketId: Uuid,
  displayNumber: Type.String(),
  service: Type.Object({ nameDa: Type.String(), nameEn: Type.String() }),
  location: Type.String(),
  state: Type.String({ description: 'The ticket state: waiting, called, serving, parked, done, no_show, cancelled …' }),
  arrivedAt: DateTime,
  calledAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
});
export type CitizenVisit = Static<typeof CitizenVisit>;

export const OverviewCase = Type.Object({
  id: Uuid,
  number: CaseNumber,
  type: CaseType,
  status: CaseStatus,
  currentStep: Nullable(Type.String()),
  ticketId: Nullable(Uuid),
  createdAt: DateTime,
  updatedAt: DateTime,
  /** The status timeline: every status change and saved step, oldest first. */
  events: Type.Array(CaseEvent),
});
export type OverviewCase = Static<typeof OverviewCase>;

export const SelfServiceAreaExemption = Type.Object({
  code: Type.String(),
  nameDa: Type.String(),
  nameEn: Type.String(),
  status: AreaExemptionStatus,
});

export const CitizenOverview = Type.Object({
  citizenId: Uuid,
  /** The visit being served, when the citizen was opened from a called ticket. */
  currentVisit: Nullable(CitizenVisit),
  /** Open cases (drafts) first, then the rest, newest first; in this municipality. */
  cases: Type.Array(OverviewCase),
  /** The current Digital Post exemption, if any (state says whether it is in force). */
  digitalPostExemption: Nullable(DigitalPostExemption),
  selfService: Type.Object({
    /** 1 June 2023 rule: exempt from Digital Post, so entitled to the non-digital alternative without a decision. */
    entitledToNonDigitalAlternative: Type.Boolean(),
    /** Law areas on which the citizen is exempt, or exempt while an appeal runs. */
    exemptAreas: Type.Array(SelfServiceAreaExemption),
    /** Exemptions granted for one application. */
    singleApplications: Type.Array(Type.Object({ caseId: Uuid, lawArea: Type.String(), description: Type.String() })),
  }),
  /** Passports and driving licences on record, passports first, newest first. */
  identityDocuments: Type.Array(IdentityDocumentView),
  /** How many months ahead an expiry is warned about. */
  expiryWarningMonths: Type.Integer(),
  /** Earlier and current visits (tickets served for the citizen), newest first. */
  visits: Type.Array(CitizenVisit),
});
export type CitizenOverview = Static<typeof CitizenOverview>;
