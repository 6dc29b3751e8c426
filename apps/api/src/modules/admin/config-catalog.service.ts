import type {
  ConfigLawArea,
  ConfigPriorityClass,
  CreateLawAreaBody,
  CreatePriorityClassBody,
  UpdateLawAreaBody,
  UpdatePriorityClassBody,
} from '@skranke/contracts';
import { schema, type Database, type DbOrTx } from '@skranke/db';
import { DEFAULT_FAIRNESS_BOUND_MINUTES, headStartProblems } from '@skranke/domain';
import { and, asc, eq } from 'drizzle-orm';
import { notFound } from '../../errors.ts';
import { auditConfig, changes, invalidConfig, takenConflict } from '../../floor/audit/config-changes.ts';
import type { Staff } from '../../floor/staff.ts';

const { priorityClasses, lawAreas, queueSettings } = schema;

const priorityColumns = {
  id: priorityClasses.id,
  code: priorityClasses.code,
  nameDa: priorityClasses.nameDa,
  nameEn: priorityClasses.nameEn,
  headStartMinutes: priorityClasses.headStartMinutes,
  requiresReason: priorityClasses.requiresReason,
  active: priorityClasses.active,
};

const lawAreaColumns = {
  id: lawAreas.id,
  code: lawAreas.code,
  nameDa: lawAreas.nameDa,
  nameEn: lawAreas.nameEn,
  udbetalingDanmark: lawAreas.udbetalingDanmark,
  appealBody: lawAreas.appealBody,
  legalReference: lawAreas.legalReference,
  active: lawAreas.active,
};

const blankToNull = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

async function fairnessBound(tx: DbOrTx, municipalityId: string) {
  const [row] = await tx.select().from(queueSettings).where(eq(queueSettings.municipalityId, municipalityId));
  return row?.fairnessBoundMinutes ?? DEFAULT_FAIRNESS_BOUND_MINUTES;
}

/** Priority classes (head start within the fairness bound) and law areas for self-service exemptions. */
export function createCatalogConfig(db: Database) {
  async function findPriority(actor: Staff, id: string, tx: DbOrTx = db): Promise<ConfigPriorityClass | undefined> {
    const [row] = await tx
      .select(priorityColumns)
      .from(priorityClasses)
      .where(and(eq(priorityClasses.id, id), eq(priorityClasses.municipalityId, actor.municipalityId)));
    return row;
  }

  async function findLawArea(actor: Staff, id: string, tx: DbOrTx = db): Promise<ConfigLawArea | undefined> {
    const [row] = await tx
      .select(lawAreaColumns)
      .from(lawAreas)
      .where(and(eq(lawAreas.id, id), eq(lawAreas.municipalityId, actor.municipalityId)));
    return row;
  }

  return {
    listPriorityClasses: (actor: Staff): Promise<ConfigPriorityClass[]> =>
      db
        .select(priorityColumns)
        .from(priorityClasses)
        .where(eq(priorityClasses.municipalityId, actor.municipalityId))
        .orderBy(asc(priorityClasses.nameDa)),

    async createPriorityClass(actor: Staff, body: CreatePriorityClassBody): Promise<ConfigPriorityClass> {
      return db.transaction(async (tx) => {
        const problems = headStartProblems(body.headStartMinutes, await fairnessBound(tx, actor.municipalityId));
        if (problems.length > 0) throw invalidConfig(problems);
        const [row] = await tx
          .insert(priorityClasses)
          .values({ ...body, municipalityId: actor.municipalityId, nameDa: body.nameDa.trim(), nameEn: body.nameEn.trim() })
          .onConflictDoNothing()
          .returning(priorityColumns);
        if (!row) throw takenConflict('priority-code-taken', 'code', `Der findes allerede en prioritet med koden ${body.code}.`);
        await auditConfig(tx, actor, 'config.priority.create', { type: 'priority_class', id: row.id }, { after: row });
        return row;
      });
    },

    async updatePriorityClass(actor: Staff, id: string, body: UpdatePriorityClassBody): Promise<ConfigPriorityClass> {
      return db.transaction(async (tx) => {
        const before = await findPriority(actor, id, tx);
        if (!before) throw notFound('Prioriteten');
        if (body.headStartMinutes !== undefined) {
          const problems = headStartProblems(body.headStartMinutes, await fairnessBound(tx, actor.municipalityId));
          if (problems.length > 0) throw invalidConfig(problems);
        }
        const [after] = await tx
          .update(priorityClasses)
          .set({ ...body, ...(body.nameDa && { nameDa: body.nameDa.trim() }), ...(body.nameEn && { nameEn: body.nameEn.trim() }) })
          .where(eq(priorityClasses.id, id))
          .returning(priorityColumns);
        await auditConfig(tx, actor, 'config.priority.update', { type: 'priority_class', id }, changes(before, after!));
        return after!;
      });
    },

    listLawAreas: (actor: Staff): Promise<ConfigLawArea[]> =>
      db.select(lawAreaColumns).from(lawAreas).where(eq(lawAreas.municipalityId, actor.municipalityId)).orderBy(asc(lawAreas.nameDa)),

    async createLawArea(actor: Staff, body: CreateLawAreaBody): Promise<ConfigLawArea> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(lawAreas)
          .values({
            municipalityId: actor.municipalityId,
            code: body.code,
            nameDa: body.nameDa.trim(),
            nameEn: body.nameEn.trim(),
            udbetalingDanmark: body.udbetalingDanmark ?? false,
            appealBody: blankToNull(body.appealBody) ?? null,
            legalReference: blankToNull(body.legalReference) ?? null,
          })
          .onConflictDoNothing()
          .returning(lawAreaColumns);
        if (!row) throw takenConflict('law-area-code-taken', 'code', `Der findes allerede et lovområde med koden ${body.code}.`);
        await auditConfig(tx, actor, 'config.law-area.create', { type: 'law_area', id: row.id }, { after: row });
        return row;
      });
    },

    async updateLawArea(actor: Staff, id: string, body: UpdateLawAreaBody): Promise<ConfigLawArea> {
      return db.transaction(async (tx) => {
        const before = await findLawArea(actor, id, tx);
        if (!before) throw notFound('Lovområdet');
        const [after] = await tx
          .update(lawAreas)
          .set({
            ...(body.nameDa !== undefined && { nameDa: body.nameDa.trim() }),
            ...(body.nameEn !== undefined && { nameEn: body.nameEn.trim() }),
            ...(body.udbetalingDanmark !== undefined && { udbetalingDanmark: body.udbetalingDanmark }),
            ...(body.appealBody !== undefined && { appealBody: blankToNull(body.appealBody) }),
            ...(body.legalReference !== undefined && { legalReference: blankToNull(body.legalReference) }),
            ...(body.active !== undefined && { active: body.active }),
          })
          .where(eq(lawAreas.id, id))
          .returning(lawAreaColumns);
        await auditConfig(tx, actor, 'config.law-area.update', { type: 'law_area', id }, changes(before, after!));
        return after!;
      });
    },
  };
}
