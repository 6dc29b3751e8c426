import { schema, type DbOrTx } from '@skranke/db';
import { eq } from 'drizzle-orm';

const { healthCardOrders } = schema;

export type HealthCardOrderRow = typeof healthCardOrders.$inferSelect;

/** Health cards ordered (or temporary certificates printed) at the counter. */
export function createHealthCardRepository(db: DbOrTx) {
  return {
    async insertOrder(values: typeof healthCardOrders.$inferInsert, tx: DbOrTx = db) {
      await tx.insert(healthCardOrders).values(values);
    },

    async orderByCase(caseId: string, tx: DbOrTx = db): Promise<HealthCardOrderRow | null> {
      const [row] = await tx.select().from(healthCardOrders).where(eq(healthCardOrders.caseId, caseId));
      return row ?? null;
    },
  };
}

export type HealthCardRepository = ReturnType<typeof createHealthCardRepository>;
