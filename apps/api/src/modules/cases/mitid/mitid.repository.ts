import { schema, type DbOrTx } from '@skranke/db';
import { DEFAULT_MITID_RULE_VALUES, type MitIdRefusalReason, type MitIdRuleValues } from '@skranke/domain';
import { and, eq, gte } from 'drizzle-orm';

const { mitidSettings, mitidWitnessActs, mitidRefusals } = schema;

export interface MitIdSettings extends MitIdRuleValues {
  appealBody: string;
  appealPeriodWeeks: number;
}

export const DEFAULT_MITID_SETTINGS: MitIdSettings = {
  ...DEFAULT_MITID_RULE_VALUES,
  appealBody: 'Digitaliseringsstyrelsen',
  appealPeriodWeeks: 4,
};

export type MitIdRefusalRow = typeof mitidRefusals.$inferSelect;

/** The municipality's MitID rule values, witness acts and refusals. */
export function createMitIdRepository(db: DbOrTx) {
  return {
    /** The municipality's rule values; the defaults when it has set none. */
    async settings(municipalityId: string, tx: DbOrTx = db): Promise<MitIdSettings> {
      const [row] = await tx.select().from(mitidSettings).where(eq(mitidSettings.municipalityId, municipalityId));
      if (!row) return DEFAULT_MITID_SETTINGS;
      const { witnessMinMitidDays, witnessMaxActs, witnessWindowDays, appealBody, appealPeriodWeeks } = row;
      return { witnessMinMitidDays, witnessMaxActs, witnessWindowDays, appealBody, appealPeriodWeeks };
    },

    /** The dates of the witness's acts in the municipality from `since` on. */
    async witnessActDates(witnessPersonId: string, municipalityId: string, since: string, tx: DbOrTx = db): Promise<string[]> {
      const rows = await tx
        .select({ actedOn: mitidWitnessActs.actedOn })
        .from(mitidWitnessActs)
        .where(
          and(
            eq(mitidWitnessActs.witnessPersonId, witnessPersonId),
            eq(mitidWitnessActs.municipalityId, municipalityId),
            gte(mitidWitnessActs.actedOn, since),
          ),
        );
      return rows.map((r) => r.actedOn);
    },

    async addWitnessAct(values: { municipalityId: string; witnessPersonId: string; caseId: string; actedOn: string }, tx: DbOrTx = db) {
      await tx.insert(mitidWitnessActs).values(values);
    },

    async insertRefusal(values: typeof mitidRefusals.$inferInsert & { reasons: MitIdRefusalReason[] }, tx: DbOrTx = db) {
      await tx.insert(mitidRefusals).values(values);
    },

    async refusalByCase(caseId: string, tx: DbOrTx = db): Promise<MitIdRefusalRow | null> {
      const [row] = await tx.select().from(mitidRefusals).where(eq(mitidRefusals.caseId, caseId));
      return row ?? null;
    },
  };
}

export type MitIdRepository = ReturnType<typeof createMitIdRepository>;
