import { schema, type DbOrTx } from '@skranke/db';
import { eq } from 'drizzle-orm';

const { doctorChanges } = schema;

export type DoctorChangeRow = typeof doctorChanges.$inferSelect;

/** Changes of doctor or sygesikringsgruppe registered at the counter. */
export function createDoctorChangeRepository(db: DbOrTx) {
  return {
    async insert(values: typeof doctorChanges.$inferInsert, tx: DbOrTx = db) {
      await tx.insert(doctorChanges).values(values);
    },

    async byCase(caseId: string, tx: DbOrTx = db): Promise<DoctorChangeRow | null> {
      const [row] = await tx.select().from(doctorChanges).where(eq(doctorChanges.caseId, caseId));
      return row ?? null;
    },
  };
}

export type DoctorChangeRepository = ReturnType<typeof createDoctorChangeRepository>;
