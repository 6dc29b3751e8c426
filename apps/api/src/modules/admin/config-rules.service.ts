import type { RuleValues, UpdateRuleValuesBody } from '@skranke/contracts';
import { advisoryXactLock, schema, type Database, type DbOrTx } from '@skranke/db';
import { mitidAppealBodyProblems, ruleValueProblems } from '@skranke/domain';
import { and, eq, gt } from 'drizzle-orm';
import { auditConfig, changes, invalidConfig } from '../../floor/audit/config-changes.ts';
import type { Staff } from '../../floor/staff.ts';

const { queueSettings, selfServiceSettings, trafficLightDefaults, retentionSettings, mitidSettings, priorityClasses } = schema;

/** Each table's defaults, for a municipality that has no row yet (the columns' defaults say the same). */
export const RULE_DEFAULTS: RuleValues = {
  fairnessBoundMinutes: 15,
  recallLimit: 3,
  handlingSampleSize: 20,
  counterStaleSeconds: 120,
  displayRecentCallMinutes: 5,
  appealPeriodCount: 4,
  appealPeriodUnit: 'weeks',
  trafficYellowMinutes: 15,
  trafficRedMinutes: 30,
  retentionDecisionsYears: 5,
  retentionLookupsMonths: 6,
  witnessMinMitidDays: 30,
  witnessMaxActs: 3,
  witnessWindowDays: 120,
  mitidAppealBody: 'Digitaliseringsstyrelsen',
  mitidAppealPeriodWeeks: 4,
};

async function readRules(tx: DbOrTx, municipalityId: string): Promise<RuleValues> {
  const one = async <T>(rows: Promise<T[]>) => (await rows)[0];
  const [queue, selfService, traffic, retention, mitid] = await Promise.all([
    one(tx.select().from(queueSettings).where(eq(queueSettings.municipalityId, municipalityId))),
    one(tx.select().from(selfServiceSettings).where(eq(selfServiceSettings.municipalityId, municipalityId))),
    one(tx.select().from(trafficLightDefaults).where(eq(trafficLightDefaults.municipalityId, municipalityId))),
    one(tx.select().from(retentionSettings).where(eq(retentionSettings.municipalityId, municipalityId))),
    one(tx.select().from(mitidSettings).where(eq(mitidSettings.municipalityId, municipalityId))),
  ]);
  const d = RULE_DEFAULTS;
  return {
    fairnessBoundMinutes: queue?.fairnessBoundMinutes ?? d.fairnessBoundMinutes,
    recallLimit: queue?.recallLimit ?? d.recallLimit,
    handlingSampleSize: queue?.handlingSampleSize ?? d.handlingSampleSize,
    counterStaleSeconds: queue?.counterStaleSeconds ?? d.counterStaleSeconds,
    displayRecentCallMinutes: queue?.displayRecentCallMinutes ?? d.displayRecentCallMinutes,
    appealPeriodCount: selfService?.appealPeriodCount ?? d.appealPeriodCount,
    appealPeriodUnit: selfService?.appealPeriodUnit ?? d.appealPeriodUnit,
    trafficYellowMinutes: traffic?.yellowMinutes ?? d.trafficYellowMinutes,
    trafficRedMinutes: traffic?.redMinutes ?? d.trafficRedMinutes,
    retentionDecisionsYears: retention?.decisionsYears ?? d.retentionDecisionsYears,
    retentionLookupsMonths: retention?.lookupsMonths ?? d.retentionLookupsMonths,
    witnessMinMitidDays: mitid?.witnessMinMitidDays ?? d.witnessMinMitidDays,
    witnessMaxActs: mitid?.witnessMaxActs ?? d.witnessMaxActs,
    witnessWindowDays: mitid?.witnessWindowDays ?? d.witnessWindowDays,
    mitidAppealBody: mitid?.appealBody ?? d.mitidAppealBody,
    mitidAppealPeriodWeeks: mitid?.appealPeriodWeeks ?? d.mitidAppealPeriodWeeks,
  };
}

const touches = (body: UpdateRuleValuesBody, keys: (keyof RuleValues)[]) => keys.some((k) => body[k] !== undefined);

/** The "Regelværdier": rule values kept in the tables of the features that use them, read and changed as one. */
export function createRulesConfig(db: Database) {
  return {
    get: (actor: Staff) => readRules(db, actor.municipalityId),

    /**
     * Changes some rule values in one transaction with one audit record. Lowering the fairness bound clamps every
     * priority class's head start to it (the fairness promise holds only for clamped head starts); the audit record
     * lists the classes it changed.
     */
    async update(actor: Staff, body: UpdateRuleValuesBody): Promise<RuleValues> {
      return db.transaction(async (tx) => {
        const m = actor.municipalityId;
        await advisoryXactLock(tx, `rules:${m}`);
        const before = await readRules(tx, m);
        const { appealPeriodUnit: _unit, mitidAppealBody, ...numbers } = body;
        const problems = [
          ...ruleValueProblems(numbers, before),
          ...(mitidAppealBody === undefined ? [] : mitidAppealBodyProblems(mitidAppealBody)),
        ];
        if (problems.length > 0) throw invalidConfig(problems, 'invalid-rule-values');
        const given = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
        const next: RuleValues = { ...before, ...given, ...(mitidAppealBody !== undefined && { mitidAppealBody: mitidAppealBody.trim() }) };
        const stamp = { updatedAt: new Date(), updatedBy: actor.id };

        if (
          touches(body, ['fairnessBoundMinutes', 'recallLimit', 'handlingSampleSize', 'counterStaleSeconds', 'displayRecentCallMinutes'])
        ) {
          const values = {
            fairnessBoundMinutes: next.fairnessBoundMinutes,
            recallLimit: next.recallLimit,
            handlingSampleSize: next.handlingSampleSize,
            counterStaleSeconds: next.counterStaleSeconds,
            displayRecentCallMinutes: next.displayRecentCallMinutes,
          };
          await tx
            .insert(queueSettings)
            .values({ municipalityId: m, ...values })
            .onConflictDoUpdate({ target: queueSettings.municipalityId, set: values });
        }
        if (touches(body, ['appealPeriodCount', 'appealPeriodUnit'])) {
          const values = { appealPeriodCount: next.appealPeriodCount, appealPeriodUnit: next.appealPeriodUnit };
          await tx
            .insert(selfServiceSettings)
            .values({ municipalityId: m, ...values })
            .onConflictDoUpdate({ target: selfServiceSettings.municipalityId, set: values });
        }
        if (touches(body, ['trafficYellowMinutes', 'trafficRedMinutes'])) {
          const values = { yellowMinutes: next.trafficYellowMinutes, redMinutes: next.trafficRedMinutes, ...stamp };
          await tx
            .insert(trafficLightDefaults)
            .values({ municipalityId: m, ...values })
            .onConflictDoUpdate({ target: trafficLightDefaults.municipalityId, set: values });
        }
        if (touches(body, ['retentionDecisionsYears', 'retentionLookupsMonths'])) {
          const values = { decisionsYears: next.retentionDecisionsYears, lookupsMonths: next.retentionLookupsMonths, ...stamp };
          await tx
            .insert(retentionSettings)
            .values({ municipalityId: m, ...values })
            .onConflictDoUpdate({ target: retentionSettings.municipalityId, set: values });
        }
        if (touches(body, ['witnessMinMitidDays', 'witnessMaxActs', 'witnessWindowDays', 'mitidAppealBody', 'mitidAppealPeriodWeeks'])) {
          const values = {
            witnessMinMitidDays: next.witnessMinMitidDays,
            witnessMaxActs: next.witnessMaxActs,
            witnessWindowDays: next.witnessWindowDays,
            appealBody: next.mitidAppealBody,
            appealPeriodWeeks: next.mitidAppealPeriodWeeks,
            ...stamp,
          };
          await tx
            .insert(mitidSettings)
            .values({ municipalityId: m, ...values })
            .onConflictDoUpdate({ target: mitidSettings.municipalityId, set: values });
        }

        let clampedPriorityClasses: { code: string; from: number; to: number }[] = [];
        if (next.fairnessBoundMinutes < before.fairnessBoundMinutes) {
          const over = and(eq(priorityClasses.municipalityId, m), gt(priorityClasses.headStartMinutes, next.fairnessBoundMinutes));
          const clamped = await tx
            .select({ code: priorityClasses.code, from: priorityClasses.headStartMinutes })
            .from(priorityClasses)
            .where(over);
          await tx.update(priorityClasses).set({ headStartMinutes: next.fairnessBoundMinutes }).where(over);
          clampedPriorityClasses = clamped.map((c) => ({ ...c, to: next.fairnessBoundMinutes }));
        }

        const after = await readRules(tx, m);
        await auditConfig(
          tx,
          actor,
          'config.rules.update',
          { type: 'municipality', id: m },
          {
            ...changes(before, after),
            ...(clampedPriorityClasses.length > 0 && { clampedPriorityClasses }),
          },
        );
        return after;
      });
    },
  };
}
