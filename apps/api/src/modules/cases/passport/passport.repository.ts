import { advisoryXactLock, schema, type DbOrTx } from '@skranke/db';
import { and, eq, ne, sql } from 'drizzle-orm';

const { passportOrders, identityDocuments } = schema;

export type PassportOrderRow = typeof passportOrders.$inferSelect;

/** Passport orders, one per completed passport case. */
export function createPassportRepository(db: DbOrTx) {
  return {
    async insert(values: typeof passportOrders.$inferInsert, tx: DbOrTx = db): Promise<PassportOrderRow> {
      const [row] = await tx.insert(passportOrders).values(values).returning();
      return row!;
    },

    async byCase(caseId: string, tx: DbOrTx = db, forUpdate = false): Promise<PassportOrderRow | null> {
      const query = tx.select().from(passportOrders).where(eq(passportOrders.caseId, caseId));
      const [row] = forUpdate ? await query.for('update') : await query;
      return row ?? null;
    },

    /** An order of the person's not yet handed out (in any municipality). */
    async openForPerson(personId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: passportOrders.id, caseId: passportOrders.caseId, municipalityId: passportOrders.municipalityId })
        .from(passportOrders)
        .where(and(eq(passportOrders.personId, personId), ne(passportOrders.status, 'handed_out')));
      return row ?? null;
    },

    async update(id: string, changes: Partial<PassportOrderRow>, tx: DbOrTx = db): Promise<PassportOrderRow> {
      const [row] = await tx.update(passportOrders).set(changes).where(eq(passportOrders.id, id)).returning();
      return row!;
    },

    /** Whether the number is on record already, in the identity-document register or on another order. */
    async numberTaken(passportNumber: string, exceptOrderId: string, tx: DbOrTx = db): Promise<boolean> {
      const result = await tx.execute<{ taken: boolean }>(sql`select exists (
        select 1 from ${identityDocuments} where ${identityDocuments.kind} = 'passport' and ${identityDocuments.documentNumber} = ${passportNumber}
        union all
        select 1 from ${passportOrders} where ${passportOrders.passportNumber} = ${passportNumber} and ${passportOrders.id} <> ${exceptOrderId}
      ) as taken`);
      return result.rows[0]?.taken === true;
    },

    /** Serialises passport ordering per person, so that two counters cannot order two passports at once. */
    async lockPerson(personId: string, tx: DbOrTx = db) {
      await advisoryXactLock(tx, `passport:${personId}`);
    },
  };
}

export type PassportRepository = ReturnType<typeof createPassportRepository>;
