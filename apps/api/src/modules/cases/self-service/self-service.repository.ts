import { schema, type DbOrTx } from '@skranke/db';
import { DEFAULT_APPEAL_PERIOD, type AppealPeriod, type AppealStatus, type SelfServiceGround, type SelfServiceOutcome, type SelfServiceScope } from '@skranke/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';

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
  udkNotificationRequired: boolean;
  lawAreaIds: string[];
}

/** Law areas, the municipality's settings and the decisions of self-service exemption cases; scoped by municipality. */
export function createSelfServiceRepository(db: DbOrTx) {
  return {
    lawAreas: (municipalityId: string, tx: DbOrTx = db, activeOnly = true) =>
      tx
        .select()
        .from(lawAreas)
        .where(activeOnly ? and(eq(lawAreas.municipalityId, municipalityId), eq(lawAreas.active, true)) : eq(lawAreas.municipalityId, municipalityId))
        .orderBy(asc(lawAreas.nameDa)),

    async appealPeriod(municipalityId: string, tx: DbOrTx = db): Promise<AppealPeriod> {
      const [row] = await tx.select().from(selfServiceSettings).where(eq(selfServiceSettings.municipalityId, municipalityId));
      return row ? { unit: row.appealPeriodUnit, count: row.appealPeriodCount } : DEFAULT_APPEAL_PERIOD;
    },

    async insertDecision({ lawAreaIds, ...values }: NewDecision, tx: DbOrTx = db): Promise<void> {
      const [row] = await tx.insert(decisions).values(values).returning({ id: decisions.id });
      await tx.insert(decisionAreas).values(lawAreaIds.map((lawAreaId) => ({ decisionId: row!.id, lawAreaId })));
    },

    async byCase(caseId: string, tx: DbOrTx = db): Promise<DecisionRow | null> {
      const [row] = await tx.select().from(decisions).where(eq(decisions.caseId, caseId));
      return (row as DecisionRow | undefined) ?? null;
    },

    /** The areas each decision covers, in name order. */
    async areasOf(decisionIds: string[], tx: DbOrTx = db) {
      if (decisionIds.length === 0) return [];
      return tx
        .select({ decisionId: decisionAreas.decisionId, code: lawAreas.code, nameDa: lawAreas.nameDa, udbetalingDanmark: lawAreas.udbetalingDanmark, appealBody: lawAreas.appealBody })
        .from(decisionAreas)
        .innerJoin(lawAreas, eq(lawAreas.id, decisionAreas.lawAreaId))
        .where(inArray(decisionAreas.decisionId, decisionIds))
        .orderBy(asc(lawAreas.nameDa));
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
