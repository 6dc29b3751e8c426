import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Uuid } from './common.ts';

// Administration of a municipality's configuration (admins only). Shapes are checked here; ranges and rules that
// deserve a Danish message per field (overlapping hours, a head start past the fairness bound, …) are checked by
// the API, which answers 400 with `errors[]` pointing at `/body/<field>`.

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** A whole number; the API checks the sensible range and says so in Danish. */
const Count = Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const ClockTime = Type.String({ pattern: '^[0-9]{2}:[0-9]{2}$', description: 'HH:MM, Europe/Copenhagen' });
const LocationKind = Type.Union([Type.Literal('office'), Type.Literal('mobile')]);

export const ConfigOpeningInterval = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday' }),
    opens: ClockTime,
    closes: ClockTime,
    /** For a mobile stop: where the bus stands. Required for a mobile location. */
    place: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);
export type ConfigOpeningInterval = Static<typeof ConfigOpeningInterval>;

export const ConfigLocation = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: LocationKind,
  address: Type.String(),
  /** A walk-in may take a number from the public page on a phone while the location is open (takeRemoteTicket). */
  allowRemoteTickets: Type.Boolean(),
  hours: Type.Array(Type.Object({ weekday: Type.Integer(), opens: Type.String(), closes: Type.String(), place: Nullable(Type.String()) })),
});
export type ConfigLocation = Static<typeof ConfigLocation>;
export const ConfigLocationList = Type.Array(ConfigLocation);

export const CreateLocationBody = Type.Object(
  { name: Name, kind: LocationKind, address: Type.String({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);
export type CreateLocationBody = Static<typeof CreateLocationBody>;

export const UpdateLocationBody = Type.Object(
  {
    name: Type.Optional(Name),
    kind: Type.Optional(LocationKind),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    allowRemoteTickets: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateLocationBody = Static<typeof UpdateLocationBody>;

/** The whole week at once: what is sent replaces what was there. */
export const SetOpeningHoursBody = Type.Object(
  { intervals: Type.Array(ConfigOpeningInterval, { maxItems: 100 }) },
  { additionalProperties: false },
);
export type SetOpeningHoursBody = Static<typeof SetOpeningHoursBody>;

export const ConfigCounter = Type.Object({
  id: Uuid,
  locationId: Uuid,
  name: Type.String(),
  active: Type.Boolean(),
  /** Tickets refer to it: it can be deactivated but not deleted. */
  inUse: Type.Boolean(),
});
export type ConfigCounter = Static<typeof ConfigCounter>;
export const ConfigCounterList = Type.Array(ConfigCounter);

export const CreateCounterBody = Type.Object(
  { locationId: Uuid, name: Type.String({ minLength: 1, maxLength: 60 }) },
  { additionalProperties: false },
);
export type CreateCounterBody = Static<typeof CreateCounterBody>;

export const UpdateCounterBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCounterBody = Static<typeof UpdateCounterBody>;

/** A service as an admin changes it: everything the lead may change, plus the ticket prefix. */
export const UpdateServiceConfigBody = Type.Object(
  {
    prefix: Type.Optional(Type.String({ minLength: 1, maxLength: 1, pattern: '^[A-ZÆØÅ]$' })),
    active: Type.Optional(Type.Boolean()),
    nameDa: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    expectedMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
    kioskOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
    yellowMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
    redMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateServiceConfigBody = Static<typeof UpdateServiceConfigBody>;

export const ConfigPriorityClass = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameDa: Type.String(),
  nameEn: Type.String(),
  headStartMinutes: Type.Integer(),
  requiresReason: Type.Boolean(),
  active: Type.Boolean(),
});
export type ConfigPriorityClass = Static<typeof ConfigPriorityClass>;
export const ConfigPriorityClassList = Type.Array(ConfigPriorityClass);

export const CreatePriorityClassBody = Type.Object(
  {
    code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z0-9-]+$' }),
    nameDa: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ minLength: 1, maxLength: 100 }),
    headStartMinutes: Count,
    requiresReason: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreatePriorityClassBody = Static<typeof CreatePriorityClassBody>;

export const UpdatePriorityClassBody = Type.Object(
  {
    nameDa: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    headStartMinutes: Type.Optional(Count),
    requiresReason: Type.Optional(Type.Boolean()),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdatePriorityClassBody = Static<typeof UpdatePriorityClassBody>;

export const ConfigLawArea = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameDa: Type.String(),
  nameEn: Type.String(),
  /** An Udbetaling Danmark area: UDK must be notified of an exemption; appeals go to Ankestyrelsen. */
  udbetalingDanmark: Type.Boolean(),
  appealBody: Nullable(Type.String()),
  legalReference: Nullable(Type.String()),
  active: Type.Boolean(),
});
export type ConfigLawArea = Static<typeof ConfigLawArea>;
export const ConfigLawAreaList = Type.Array(ConfigLawArea);

const LawAreaFields = {
  nameDa: Type.String({ minLength: 1, maxLength: 200 }),
  nameEn: Type.String({ minLength: 1, maxLength: 200 }),
  udbetalingDanmark: Type.Boolean(),
  appealBody: Nullable(Type.String({ maxLength: 200 })),
  legalReference: Nullable(Type.String({ maxLength: 200 })),
};

export const CreateLawAreaBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z][a-z_]{0,39}$' }),
    nameDa: LawAreaFields.nameDa,
    nameEn: LawAreaFields.nameEn,
    udbetalingDanmark: Type.Optional(LawAreaFields.udbetalingDanmark),
    appealBody: Type.Optional(LawAreaFields.appealBody),
    legalReference: Type.Optional(LawAreaFields.legalReference),
  },
  { additionalProperties: false },
);
export type CreateLawAreaBody = Static<typeof CreateLawAreaBody>;

export const UpdateLawAreaBody = Type.Object(
  {
    nameDa: Type.Optional(LawAreaFields.nameDa),
    nameEn: Type.Optional(LawAreaFields.nameEn),
    udbetalingDanmark: Type.Optional(LawAreaFields.udbetalingDanmark),
    appealBody: Type.Optional(LawAreaFields.appealBody),
    legalReference: Type.Optional(LawAreaFields.legalReference),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateLawAreaBody = Static<typeof UpdateLawAreaBody>;

const AppealPeriodUnit = Type.Union([Type.Literal('weeks'), Type.Literal('months')]);

/** The configurable rule values of a municipality ("Regelværdier"), from the tables that own them. */
export const RuleValues = Type.Object({
  fairnessBoundMinutes: Type.Integer(),
  recallLimit: Type.Integer(),
  handlingSampleSize: Type.Integer(),
  /** Seconds without a sign of life from a counter's screen before the counter counts as stale (not staffed). */
  counterStaleSeconds: Type.Integer(),
  /** Minutes a call stays on the call display under "Seneste kald", also after the citizen was served. */
  displayRecentCallMinutes: Type.Integer(),
  appealPeriodCount: Type.Integer(),
  appealPeriodUnit: AppealPeriodUnit,
  trafficYellowMinutes: Type.Integer(),
  trafficRedMinutes: Type.Integer(),
  retentionDecisionsYears: Type.Integer(),
  retentionLookupsMonths: Type.Integer(),
  witnessMinMitidDays: Type.Integer(),
  witnessMaxActs: Type.Integer(),
  witnessWindowDays: Type.Integer(),
  /** Where a MitID refusal can be appealed (klageinstans), printed in the refusal letter. */
  mitidAppealBody: Type.String(),
  /** The appeal period of a MitID refusal, in weeks. */
  mitidAppealPeriodWeeks: Type.Integer(),
});
export type RuleValues = Static<typeof RuleValues>;

export const UpdateRuleValuesBody = Type.Object(
  {
    fairnessBoundMinutes: Type.Optional(Count),
    recallLimit: Type.Optional(Count),
    handlingSampleSize: Type.Optional(Count),
    counterStaleSeconds: Type.Optional(Count),
    displayRecentCallMinutes: Type.Optional(Count),
    appealPeriodCount: Type.Optional(Count),
    appealPeriodUnit: Type.Optional(AppealPeriodUnit),
    trafficYellowMinutes: Type.Optional(Count),
    trafficRedMinutes: Type.Optional(Count),
    retentionDecisionsYears: Type.Optional(Count),
    retentionLookupsMonths: Type.Optional(Count),
    witnessMinMitidDays: Type.Optional(Count),
    witnessMaxActs: Type.Optional(Count),
    witnessWindowDays: Type.Optional(Count),
    /** Checked after trimming: not blank, at most 200 characters (400 with the field otherwise). */
    mitidAppealBody: Type.Optional(Type.String({ maxLength: 400 })),
    mitidAppealPeriodWeeks: Type.Optional(Count),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateRuleValuesBody = Static<typeof UpdateRuleValuesBody>;
