import { schema, type DbOrTx } from '@skranke/db';
import {
  DEFAULT_APPEAL_PERIOD,
  type AppealPeriod,
  type AppealStatus,
  type SelfServiceGround,
  type SelfServiceOutcome,
  type SelfServiceScope,
} from '@skranke/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const { lawAreas, selfServiceSettings, selfServiceDecisions: decisions, selfServiceDecisionAreas: decisionAreas } = schema;

export type LawAreaRow = typeof lawAreas.$inferSelect;
export type DecisionRow = Omit<typeof decisions.$inferSelect, 'grounds'> & { grounds: SelfServiceGround[] };

export interface NewDecision {
  caseId: string;
  municipalityId: string;
  personId: string;
  scope: SelfServiceScope;
  applicationDescription: string | null;
  grounds: SelfServiceGround[];
  outcome: SelfServiceOutcome;
  legalBasis: string | null;
  considerations: string | null;
  decidedBy: string;
  appealDeadline: string | null;
  /** Refusals: the period the deadline was counted with, stored so a reprinted letter says what was decided. */
  appealPeriod: AppealPeriod | null;
  udkNotificationRequired: boolean;
  /** The areas decided on, as configured now: the letter's text about each is kept with the decision. */
  lawAreas: Array<Pick<LawAreaRow, 'id' | 'nameDa' | 'udbetalingDanmark' | 'appealBody'>>;
}

/** Law areas, the municipality's settings and the decisions of self-service exemption cases; scoped by municipality. */
export function createSelfServiceRepository(db: DbOrTx) {
  return {
    lawAreas: (municipalityId: string, tx: DbOrTx = db, activeOnly = true) =>
      tx
        .select()
        .from(lawAreas)
        .where(
          activeOnly
            ? and(eq(lawAreas.municipalityId, municipalityId), eq(lawAreas.active, true))
            : eq(lawAreas.municipalityId, municipalityId),
        )
        .orderBy(asc(lawAreas.nameDa)),

    async appealPeriod(municipalityId: string, tx: DbOrTx = db): Promise<AppealPeriod> {
      const [row] = await tx.select().from(selfServiceSettings).where(eq(selfServiceSettings.municipalityId, municipalityId));
      return row ? { unit: row.appealPeriodUnit, count: row.appealPeriodCount } : DEFAULT_APPEAL_PERIOD;
    },

    async insertDecision({ lawAreas: areas, appealPeriod, ...values }: NewDecision, tx: DbOrTx = db): Promise<void> {
      const [row] = await tx
        .insert(decisions)
        .values({ ...values, appealPeriodCount: appealPeriod?.count ?? null, appealPeriodUnit: appealPeriod?.unit ?? null })
        .returning({ id: decisions.id });
      await tx.insert(decisionAreas).values(
        areas.map((a) => ({
          decisionId: row!.id,
          lawAreaId: a.id,
          nameDa: a.nameDa,
          udbetalingDanmark: a.udbetalingDanmark,
          appealBody: a.appealBody,
        })),
      );
    },

    async byCase(caseId: string, tx: DbOrTx = db): Promise<DecisionRow | null> {
      const [row] = await tx.select().from(decisions).where(eq(decisions.caseId, caseId));
      return (row as DecisionRow | undefined) ?? null;
    },

    /**
     * The areas each decision covers, in name order, as they stood when decided (name, UDK flag, appeal body); a row
     * written without that snapshot falls back to the area as configured now.
     */
    async areasOf(decisionIds: string[], tx: DbOrTx = db) {
      if (decisionIds.length === 0) return [];
      const snapshot = sql`${decisionAreas.nameDa} is not null`;
      const nameDa = sql<string>`coalesce(${decisionAreas.nameDa}, ${lawAreas.nameDa})`;
      return tx
        .select({
          decisionId: decisionAreas.decisionId,
          code: lawAreas.code,
          nameDa,
          udbetalingDanmark: sql<boolean>`coalesce(${decisionAreas.udbetalingDanmark}, ${lawAreas.udbetalingDanmark})`,
          appealBody: sql<string | null>`case when ${snapshot} then ${decisionAreas.appealBody} else ${lawAreas.appealBody} end`,
        })
        .from(decisionAreas)
        .innerJoin(lawAreas, eq(lawAreas.id, decisionAreas.lawAreaId))
        .where(inArray(decisionAreas.decisionId, decisionIds))
        .orderBy(asc(nameDa));
    },

    forPerson: (municipalityId: string, personId: string, tx: DbOrTx = db) =>
      tx
        .select()
        .from(decisions)
        .where(and(eq(decisions.personId, personId), eq(decisions.municipalityId, municipalityId))) as Promise<DecisionRow[]>,

    async update(
      id: string,
      changes: Partial<{
        appealStatus: AppealStatus;
        appealReceivedOn: string;
        appealNote: string | null;
        appealResolvedAt: Date;
        udkNotificationRequired: boolean;
        udkNotifiedAt: Date;
      }>,
      tx: DbOrTx = db,
    ): Promise<void> {
      await tx.update(decisions).set(changes).where(eq(decisions.id, id));
    },
  };
}

export type SelfServiceRepository = ReturnType<typeof createSelfServiceRepository>;
