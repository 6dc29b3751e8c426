import { schema, type DbOrTx } from '@skranke/db';
import { formatCaseNumber, type CaseStatus } from '@skranke/domain';
import { and, asc, desc, eq, sql } from 'drizzle-orm';

const { cases, caseEvents, caseNumberCounters: counters, users, municipalities, tickets } = schema;

export type CaseRow = typeof cases.$inferSelect;

export interface NewCaseEvent {
  municipalityId: string;
  caseId: string;
  userId: string;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  note?: string | null;
}

/** Cases and their timelines. Every query is scoped to the caller's municipality. */
export function createCasesRepository(db: DbOrTx) {
  return {
    /**
     * Creates the case with the next case number of its municipality and year. Call it inside the transaction that
     * starts the case: the counter row stays locked until that commits, so concurrent starts wait for each other and
     * never share a number, and a start that rolls back takes its serial back with it.
     */
    async insert(values: Omit<typeof cases.$inferInsert, 'number'>, tx: DbOrTx = db): Promise<CaseRow> {
      // The year of the transaction's clock, like the case's created_at (both now()), on the Copenhagen calendar.
      const [counter] = await tx
        .insert(counters)
        .values({
          municipalityId: values.municipalityId,
          year: sql`extract(year from now() at time zone 'Europe/Copenhagen')::integer`,
          lastSerial: 1,
        })
        .onConflictDoUpdate({ target: [counters.municipalityId, counters.year], set: { lastSerial: sql`${counters.lastSerial} + 1` } })
        .returning({ year: counters.year, serial: counters.lastSerial });
      const [row] = await tx
        .insert(cases)
        .values({ ...values, number: formatCaseNumber(counter!.year, counter!.serial) })
        .returning();
      return row!;
    },

    /** The case, locked for the rest of the transaction when `forUpdate`. */
    async find(municipalityId: string, id: string, tx: DbOrTx = db, forUpdate = false): Promise<CaseRow | null> {
      const query = tx
        .select()
        .from(cases)
        .where(and(eq(cases.id, id), eq(cases.municipalityId, municipalityId)));
      const [row] = forUpdate ? await query.for('update') : await query;
      return row ?? null;
    },

    /** For internal follow-up only (a revocation moves the granting case, wherever it was handled); never answered as is. */
    async findAnyMunicipality(id: string, tx: DbOrTx = db): Promise<CaseRow | null> {
      const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
      return row ?? null;
    },

    /** The citizen's open draft of a workflow in this municipality (another municipality's never counts). */
    async findOpenDraft(municipalityId: string, personId: string, type: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: cases.id, municipalityId: cases.municipalityId })
        .from(cases)
        .where(
          and(eq(cases.municipalityId, municipalityId), eq(cases.personId, personId), eq(cases.type, type), eq(cases.status, 'draft')),
        );
      return row ?? null;
    },

    listForPerson: (municipalityId: string, personId: string, tx: DbOrTx = db) =>
      tx
        .select()
        .from(cases)
        .where(and(eq(cases.personId, personId), eq(cases.municipalityId, municipalityId)))
        .orderBy(desc(cases.createdAt), desc(cases.id)),

    /** Writes the new state and bumps the version; the caller has locked the row and checked the version. */
    async update(
      id: string,
      changes: Partial<Pick<CaseRow, 'status' | 'currentStep' | 'stepData'>> & { updatedBy: string; version: number },
      tx: DbOrTx = db,
    ): Promise<CaseRow> {
      const [row] = await tx
        .update(cases)
        .set({ ...changes, version: changes.version + 1, updatedAt: new Date() })
        .where(eq(cases.id, id))
        .returning();
      return row!;
    },

    async addEvent(event: NewCaseEvent, tx: DbOrTx = db): Promise<void> {
      await tx.insert(caseEvents).values(event);
    },

    events: (caseId: string, tx: DbOrTx = db) =>
      tx
        .select({
          at: caseEvents.at,
          action: caseEvents.action,
          fromStatus: caseEvents.fromStatus,
          toStatus: caseEvents.toStatus,
          note: caseEvents.note,
          staffId: users.id,
          staffName: users.name,
        })
        .from(caseEvents)
        .innerJoin(users, eq(users.id, caseEvents.userId))
        .where(eq(caseEvents.caseId, caseId))
        .orderBy(asc(caseEvents.id)),

    async municipality(id: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ code: municipalities.code, name: municipalities.name })
        .from(municipalities)
        .where(eq(municipalities.id, id));
      return row!;
    },

    async staffName(userId: string, tx: DbOrTx = db) {
      const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
      return row?.name ?? '';
    },

    async ticket(municipalityId: string, ticketId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: tickets.id, state: tickets.state, displayNumber: tickets.displayNumber })
        .from(tickets)
        .where(and(eq(tickets.id, ticketId), eq(tickets.municipalityId, municipalityId)));
      return row ?? null;
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
