import type { Location } from '@skranke/contracts';
import { schema, type DbOrTx } from '@skranke/db';
import { asc, eq } from 'drizzle-orm';

export function createLocationRepository(db: DbOrTx) {
  const l = schema.locations;
  return {
    /** The municipality's locations by name, with the fields the API shows. */
    listOfMunicipality: (municipalityId: string, tx: DbOrTx = db): Promise<Location[]> =>
      tx
        .select({ id: l.id, name: l.name, kind: l.kind, address: l.address })
        .from(l)
        .where(eq(l.municipalityId, municipalityId))
        .orderBy(asc(l.name), asc(l.id)),
  };
}
