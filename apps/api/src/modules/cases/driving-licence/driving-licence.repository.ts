import { schema, type DbOrTx } from '@skranke/db';
import { eq } from 'drizzle-orm';

const { drivingLicenceOrders } = schema;

export type DrivingLicenceOrderRow = typeof drivingLicenceOrders.$inferSelect;

/** Driving licences ordered at the counter. */
export function createDrivingLicenceRepository(db: DbOrTx) {
  return {
    async insertOrder(values: typeof drivingLicenceOrders.$inferInsert, tx: DbOrTx = db) {
      await tx.insert(drivingLicenceOrders).values(values);
    },

    /** The order that replaces the licence, if one was placed here. */
    async orderByLicence(licenceId: string, tx: DbOrTx = db): Promise<DrivingLicenceOrderRow | null> {
      const [row] = await tx.select().from(drivingLicenceOrders).where(eq(drivingLicenceOrders.currentLicenceId, licenceId)).limit(1);
      return row ?? null;
    },

    async orderByCase(caseId: string, tx: DbOrTx = db): Promise<DrivingLicenceOrderRow | null> {
      const [row] = await tx.select().from(drivingLicenceOrders).where(eq(drivingLicenceOrders.caseId, caseId));
      return row ?? null;
    },
  };
}

export type DrivingLicenceRepository = ReturnType<typeof createDrivingLicenceRepository>;
