import type {
  CaseStatistics,
  CaseStatisticsQuery,
  ServiceLevelTargetBody,
  ServiceLevelTargets,
  StaffingByHour,
  StatisticsFilter,
  TicketFigures,
  TicketGrouping,
  TicketStatistics,
  TicketStatisticsQuery,
  TicketStatisticsRow,
  TodayQuery,
  TodayStatistics,
} from '@skranke/contracts';
import { schema, type Database } from '@skranke/db';
import {
  addMeasures,
  checkPeriod,
  compareWithAverage,
  copenhagenDayAndHour,
  DEFAULT_SERVICE_LEVEL_MINUTES,
  EMPTY_MEASURES,
  histogramMedian,
  periodChunks,
  sameWeekdaysBefore,
  ticketFigures,
  weekdayOf,
  type TicketMeasures,
} from '@skranke/domain';
import { badRequest, notFound } from '../../errors.ts';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import type { Staff } from '../../floor/staff.ts';
import { caseStatusLabel, caseTypeLabel, dayLabel, groundLabel, hourLabel, WEEKDAY_LABELS } from './labels.ts';
import { createStatisticsRepository, type GroupRow, type Scope } from './statistics.repository.ts';

type Labels = Awaited<ReturnType<ReturnType<typeof createStatisticsRepository>['labels']>>;

/**
 * Days per query when a day-by-day table is streamed: memory stays flat however long the period (a year of days is
 * a few hundred small rows), and three years take three or four queries rather than twelve.
 */
const DAY_CHUNK = 366;

const measuresOf = (g: GroupRow): TicketMeasures => ({
  tickets: g.tickets,
  served: g.served,
  noShows: g.noShows,
  cancelled: g.cancelled,
  called: g.called,
  waitSeconds: g.waitSeconds,
  handled: g.handled,
  handlingSeconds: g.handlingSeconds,
});
const histogramOf = (g: GroupRow) => new Map(g.minutes.map((m, i) => [m, g.counts[i]!]));

function labelFor(groupBy: TicketGrouping, key: string, labels: Labels): string {
  switch (groupBy) {
    case 'day':
      return dayLabel(key);
    case 'weekday':
      return WEEKDAY_LABELS[Number(key) - 1] ?? key;
    case 'hour':
      return hourLabel(Number(key));
    default:
      return labels[groupBy].get(key) ?? key;
  }
}

/** Adds up groups into a total as they stream past. */
class Totals {
  private measures = EMPTY_MEASURES;
  private histogram = new Map<number, number>();
  private within = 0;
  private withTargets = true;

  add(g: GroupRow, perPerson: boolean) {
    this.measures = addMeasures(this.measures, measuresOf(g));
    this.within += g.within;
    this.withTargets = !perPerson;
    g.minutes.forEach((m, i) => this.histogram.set(m, (this.histogram.get(m) ?? 0) + g.counts[i]!));
  }

  figures(): TicketFigures {
    return ticketFigures(
      this.measures,
      this.histogram,
      this.withTargets ? { within: this.within, called: this.measures.called } : undefined,
    );
  }
}

export function createStatisticsService(db: Database) {
  const repo = createStatisticsRepository(db);

  /** Checks the period and that the location and service belong to the staff member's municipality. */
  async function scopeOf(staff: Staff, filter: StatisticsFilter): Promise<{ scope: Scope; labels: Labels }> {
    const problem = checkPeriod(filter.from, filter.to);
    if (problem === 'from-after-to') throw badRequest('period-reversed', 'Perioden slutter før den begynder.');
    if (problem === 'too-long') throw badRequest('period-too-long', 'Perioden må højst være tre år.');
    const labels = await repo.labels(staff.municipalityId);
    if (filter.locationId && !labels.location.has(filter.locationId)) throw notFound('Lokationen');
    if (filter.serviceId && !labels.service.has(filter.serviceId)) throw notFound('Ærindet');
    return { scope: { ...filter, municipalityId: staff.municipalityId }, labels };
  }

  async function groupsOf(scope: Scope, groupBy: TicketGrouping): Promise<GroupRow[]> {
    if (groupBy === 'counter' || groupBy === 'staff') {
      if (scope.serviceId) throw badRequest('not-per-service', 'Tal pr. skranke og medarbejder kan ikke opdeles på ærinde.');
      return repo.staffGroups(scope, groupBy);
    }
    return repo.ticketGroups(scope, groupBy);
  }

  const rowOf = (groupBy: TicketGrouping, g: GroupRow, labels: Labels): TicketStatisticsRow => {
    const perPerson = groupBy === 'counter' || groupBy === 'staff';
    return {
      key: g.key,
      label: labelFor(groupBy, g.key, labels),
      ...ticketFigures(measuresOf(g), histogramOf(g), perPerson ? undefined : { within: g.within, called: g.called }),
    };
  };

  return {
    async tickets(staff: Staff, query: TicketStatisticsQuery): Promise<TicketStatistics> {
      const { groupBy, ...filter } = query;
      const { scope, labels } = await scopeOf(staff, filter);
      const groups = await groupsOf(scope, groupBy);
      const totals = new Totals();
      for (const g of groups) totals.add(g, groupBy === 'counter' || groupBy === 'staff');
      return { from: query.from, to: query.to, groupBy, rows: groups.map((g) => rowOf(groupBy, g, labels)), total: totals.figures() };
    },

    /**
     * The same table for export, row by row; a day-by-day table is read 92 days at a time. The last row is the total.
     * Validation happens before the first row, so a bad request still gets its problem+json.
     */
    async ticketRowsForExport(staff: Staff, query: TicketStatisticsQuery): Promise<AsyncGenerator<TicketStatisticsRow & { total?: true }>> {
      const { groupBy, ...filter } = query;
      const { scope, labels } = await scopeOf(staff, filter);
      if ((groupBy === 'counter' || groupBy === 'staff') && scope.serviceId) await groupsOf(scope, groupBy);
      const chunks = groupBy === 'day' ? periodChunks(scope.from, scope.to, DAY_CHUNK) : [{ from: scope.from, to: scope.to }];
      return (async function* () {
        const totals = new Totals();
        for (const chunk of chunks) {
          for (const g of await groupsOf({ ...scope, ...chunk }, groupBy)) {
            totals.add(g, groupBy === 'counter' || groupBy === 'staff');
            yield rowOf(groupBy, g, labels);
          }
        }
        yield { key: 'total', label: 'I alt', ...totals.figures(), total: true as const };
      })();
    },

    async staffing(staff: Staff, filter: StatisticsFilter): Promise<StaffingByHour> {
      const { scope } = await scopeOf(staff, filter);
      const [groups, minutes, openDays] = await Promise.all([
        repo.ticketGroups(scope, 'hour'),
        repo.staffedMinutesByHour(scope),
        repo.openDays(scope),
      ]);
      const byHour = new Map(groups.map((g) => [Number(g.key), g]));
      const hours = [...new Set([...byHour.keys(), ...minutes.keys()])].sort((a, b) => a - b);
      const perDay = (n: number) => (openDays === 0 ? 0 : Math.round((n / openDays) * 10) / 10);
      return {
        from: filter.from,
        to: filter.to,
        openDays,
        rows: hours.map((hour) => {
          const g = byHour.get(hour);
          return {
            hour,
            label: hourLabel(hour),
            arrivalsPerDay: perDay(g?.tickets ?? 0),
            staffedCounters: perDay((minutes.get(hour) ?? 0) / 60),
            waitMedianMinutes: g ? histogramMedian(histogramOf(g)) : null,
          };
        }),
      };
    },

    async today(staff: Staff, query: TodayQuery, now = new Date()): Promise<TodayStatistics> {
      const labels = await repo.labels(staff.municipalityId);
      if (query.locationId && !labels.location.has(query.locationId)) throw notFound('Lokationen');
      const clock = copenhagenDayAndHour(now);
      const minutes = Math.floor(clock.minutesOfDay);
      const asOf = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const earlierDays = sameWeekdaysBefore(clock.day, query.weeks);
      const rows = new Map(
        (await repo.daysSoFar(staff.municipalityId, [clock.day, ...earlierDays], `${asOf}:59.999`, query.locationId)).map((r) => [
          r.day,
          r,
        ]),
      );
      const todayRow = rows.get(clock.day);
      const earlier = earlierDays.map((d) => rows.get(d)).map((r) => (r && r.allDay > 0 ? r : null));
      const median = (waits: number[]) =>
        histogramMedian(new Map(waits.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<number, number>())));
      const figure = (
        figure: TodayStatistics['figures'][number]['figure'],
        label: string,
        pick: (r: NonNullable<typeof todayRow>) => number | null,
      ) => ({
        figure,
        label,
        today: todayRow ? pick(todayRow) : figure === 'waitMedianMinutes' ? null : 0,
        ...(({ average, difference }) => ({ average: average === null ? null : Math.round(average * 10) / 10, difference }))(
          compareWithAverage(
            todayRow ? pick(todayRow) : figure === 'waitMedianMinutes' ? null : 0,
            earlier.map((r) => (r ? pick(r) : null)),
          ),
        ),
      });
      return {
        day: clock.day,
        asOf,
        weekday: weekdayOf(clock.day),
        comparedDays: earlierDays,
        basedOnDays: earlier.filter(Boolean).length,
        figures: [
          figure('tickets', 'Billetter', (r) => r.tickets),
          figure('served', 'Betjent', (r) => r.served),
          figure('noShows', 'Udeblevet', (r) => r.noShows),
          figure('cancelled', 'Annulleret', (r) => r.cancelled),
          figure('waiting', 'Venter', (r) => r.waiting),
          figure('waitMedianMinutes', 'Median ventetid (min.)', (r) => median(r.waits)),
        ],
      };
    },

    async cases(staff: Staff, query: CaseStatisticsQuery): Promise<CaseStatistics> {
      const problem = checkPeriod(query.from, query.to);
      if (problem) throw badRequest(problem === 'too-long' ? 'period-too-long' : 'period-reversed', 'Perioden er ugyldig.');
      const [byKind, grounds] = await Promise.all([
        repo.casesByKind(staff.municipalityId, query.from, query.to),
        repo.exemptionsByGround(staff.municipalityId, query.from, query.to),
      ]);
      return {
        from: query.from,
        to: query.to,
        byKind: byKind.map((r) => ({ ...r, label: caseTypeLabel(r.caseType), statusLabel: caseStatusLabel(r.status) })),
        exemptionsByGround: [
          ...grounds.digitalPost.map((r) => ({
            exemption: 'digital_post' as const,
            ground: r.ground,
            groundLabel: groundLabel('digital_post', r.ground),
            lawArea: null,
            lawAreaLabel: null,
            granted: r.granted,
            refused: 0,
          })),
          ...grounds.selfService.map((r) => ({
            exemption: 'self_service' as const,
            ...r,
            groundLabel: groundLabel('self_service', r.ground),
          })),
        ],
      };
    },

    async targets(staff: Staff): Promise<ServiceLevelTargets> {
      const rows = await repo.serviceTargets(staff.municipalityId);
      return {
        defaultMinutes: DEFAULT_SERVICE_LEVEL_MINUTES,
        services: rows.map((r) => ({
          ...r,
          targetMinutes: r.targetMinutes ?? DEFAULT_SERVICE_LEVEL_MINUTES,
          isDefault: r.targetMinutes === null,
        })),
      };
    },

    /** Sets a service's target; audited as a configuration change (from → to). */
    async setTarget(staff: Staff, serviceId: string, body: ServiceLevelTargetBody): Promise<ServiceLevelTargets> {
      await db.transaction(async (tx) => {
        const before = (await createStatisticsRepository(tx).serviceTargets(staff.municipalityId)).find((r) => r.serviceId === serviceId);
        if (!before) throw notFound('Ærindet');
        const t = schema.serviceLevelTargets;
        await tx
          .insert(t)
          .values({ serviceId, municipalityId: staff.municipalityId, targetMinutes: body.targetMinutes, updatedBy: staff.id })
          .onConflictDoUpdate({
            target: t.serviceId,
            set: { targetMinutes: body.targetMinutes, updatedBy: staff.id, updatedAt: new Date() },
          });
        await appendAudit(tx, {
          municipalityId: staff.municipalityId,
          actorUserId: staff.id,
          action: 'config.service-level-target.update',
          subjectType: 'service',
          subjectId: serviceId,
          details: {
            before: { targetMinutes: before.targetMinutes ?? DEFAULT_SERVICE_LEVEL_MINUTES, isDefault: before.targetMinutes === null },
            after: { targetMinutes: body.targetMinutes },
          },
        });
      });
      return this.targets(staff);
    },
  };
}
