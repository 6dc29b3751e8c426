import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TICKET_GROUPINGS } from './code-lists.ts';
import { CivilDate, Uuid, WithDefault } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Minutes = Nullable(Type.Number({ description: 'minutes; null when nothing was measured' }));

/** A period of service days, both included, optionally one location and one service of the own municipality. */
export const StatisticsFilter = Type.Object(
  {
    from: CivilDate,
    to: CivilDate,
    locationId: Type.Optional(Uuid),
    serviceId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type StatisticsFilter = Static<typeof StatisticsFilter>;

export { TICKET_GROUPINGS } from './code-lists.ts';
export const TicketGrouping = Type.Union(TICKET_GROUPINGS.map((g) => Type.Literal(g)));
export type TicketGrouping = Static<typeof TicketGrouping>;

export const TicketStatisticsQuery = Type.Composite([StatisticsFilter, Type.Object({ groupBy: TicketGrouping })], {
  additionalProperties: false,
});
export type TicketStatisticsQuery = Static<typeof TicketStatisticsQuery>;

/**
 * Figures of settled tickets (done, no-show, cancelled). Waiting = arrival to call, handling = call (or start of
 * service) to finish; median and 90th percentile over whole minutes. Per counter and staff member only the means
 * (their rollup keeps no minute histogram), so median, p90 and service level are null there.
 */
export const TicketFigures = Type.Object({
  tickets: Type.Integer(),
  served: Type.Integer(),
  noShows: Type.Integer(),
  cancelled: Type.Integer(),
  waitMeanMinutes: Minutes,
  waitMedianMinutes: Minutes,
  waitP90Minutes: Minutes,
  handlingMeanMinutes: Minutes,
  serviceLevelShare: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'share called within the service’s target' })),
});
export type TicketFigures = Static<typeof TicketFigures>;

export const TicketStatisticsRow = Type.Composite([
  Type.Object({
    key: Type.String({ description: 'location/service/counter/user id, YYYY-MM-DD, ISO weekday 1–7 or hour 0–23' }),
    label: Type.String({ description: 'Danish label, e.g. the location’s name, "mandag" or "09-10"' }),
  }),
  TicketFigures,
]);
export type TicketStatisticsRow = Static<typeof TicketStatisticsRow>;

export const TicketStatistics = Type.Object({
  from: CivilDate,
  to: CivilDate,
  groupBy: TicketGrouping,
  rows: Type.Array(TicketStatisticsRow),
  total: TicketFigures,
});
export type TicketStatistics = Static<typeof TicketStatistics>;

/** Per hour of the day: average arrivals per open day against the average number of staffed counters. */
export const StaffingRow = Type.Object({
  hour: Type.Integer({ minimum: 0, maximum: 23 }),
  label: Type.String(),
  arrivalsPerDay: Type.Number(),
  staffedCounters: Type.Number({ description: 'mean counters staffed during the hour (counter-minutes / 60 per open day)' }),
  waitMedianMinutes: Minutes,
});
export type StaffingRow = Static<typeof StaffingRow>;

export const StaffingByHour = Type.Object({
  from: CivilDate,
  to: CivilDate,
  openDays: Type.Integer({ description: 'days in the period on which tickets were settled' }),
  rows: Type.Array(StaffingRow),
});
export type StaffingByHour = Static<typeof StaffingByHour>;

export const TodayQuery = Type.Object(
  {
    locationId: Type.Optional(Uuid),
    weeks: WithDefault(Type.Integer({ minimum: 1, maximum: 52, description: 'how many earlier same weekdays' }), 8),
  },
  { additionalProperties: false },
);
export type TodayQuery = Static<typeof TodayQuery>;

export const TODAY_FIGURES = ['tickets', 'served', 'noShows', 'cancelled', 'waiting', 'waitMedianMinutes'] as const;
export const TodayFigure = Type.Object({
  figure: Type.Union(TODAY_FIGURES.map((f) => Type.Literal(f))),
  label: Type.String(),
  today: Nullable(Type.Number()),
  average: Nullable(Type.Number({ description: 'mean of the earlier same weekdays, up to the same time of day' })),
  difference: Nullable(Type.Number({ description: '(today − average) / average' })),
});
export type TodayFigure = Static<typeof TodayFigure>;

export const TodayStatistics = Type.Object({
  day: CivilDate,
  /** HH:MM, Danish time: the comparison counts the earlier days up to this time of day. */
  asOf: Type.String(),
  weekday: Type.Integer({ minimum: 1, maximum: 7 }),
  comparedDays: Type.Array(CivilDate),
  basedOnDays: Type.Integer({ description: 'earlier days that had tickets and so count in the average' }),
  figures: Type.Array(TodayFigure),
});
export type TodayStatistics = Static<typeof TodayStatistics>;

export const CaseStatisticsQuery = Type.Object({ from: CivilDate, to: CivilDate }, { additionalProperties: false });
export type CaseStatisticsQuery = Static<typeof CaseStatisticsQuery>;

/** Cases reaching a final status in the period, by workflow (e.g. `passport`, `mitid`) and status. */
export const CaseKindRow = Type.Object({
  caseType: Type.String(),
  label: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  count: Type.Integer(),
});
export const ExemptionGroundRow = Type.Object({
  exemption: Type.Union([Type.Literal('digital_post'), Type.Literal('self_service')]),
  ground: Type.String(),
  groundLabel: Type.String(),
  lawArea: Nullable(Type.String({ description: 'law area code; null for Digital Post' })),
  lawAreaLabel: Nullable(Type.String()),
  granted: Type.Integer(),
  refused: Type.Integer(),
});
export type CaseKindRow = Static<typeof CaseKindRow>;
export type ExemptionGroundRow = Static<typeof ExemptionGroundRow>;

export const CaseStatistics = Type.Object({
  from: CivilDate,
  to: CivilDate,
  byKind: Type.Array(CaseKindRow),
  exemptionsByGround: Type.Array(ExemptionGroundRow),
});
export type CaseStatistics = Static<typeof CaseStatistics>;

export const ServiceLevelTarget = Type.Object({
  serviceId: Uuid,
  serviceName: Type.String(),
  targetMinutes: Type.Integer(),
  isDefault: Type.Boolean({ description: 'no target of its own: the default applies' }),
});
export const ServiceLevelTargets = Type.Object({ defaultMinutes: Type.Integer(), services: Type.Array(ServiceLevelTarget) });
export type ServiceLevelTargets = Static<typeof ServiceLevelTargets>;
export const ServiceLevelTargetBody = Type.Object(
  { targetMinutes: Type.Integer({ minimum: 1, maximum: 120 }) },
  { additionalProperties: false },
);
export type ServiceLevelTargetBody = Static<typeof ServiceLevelTargetBody>;
export const ServiceIdParams = Type.Object({ serviceId: Uuid }, { additionalProperties: false });

/** Which table a CSV export holds. */
export const StatisticsCsvQuery = TicketStatisticsQuery;
