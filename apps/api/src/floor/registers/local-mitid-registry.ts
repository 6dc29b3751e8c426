import { schema, type DbOrTx } from '@skranke/db';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { IssuedMitId, MitIdRegistry, OpenMitIdRegistry } from './mitid-registry.ts';

const { mitidIdentities: t } = schema;

const columns = {
  id: t.id,
  personId: t.personId,
  authenticator: t.authenticator,
  issuedOn: t.issuedOn,
  holderSince: t.holderSince,
  caseId: t.caseId,
  replacedAt: t.replacedAt,
  // An older MitID of the same person exists: this one replaced it (one is current at a time, so the older was replaced).
  // Written out qualified: Drizzle leaves single-table columns unqualified, which inside the subquery would mean `older`.
  replacedEarlier: sql<boolean>`exists (select 1 from mitid_identities as older where older.person_id = mitid_identities.person_id and older.created_at < mitid_identities.created_at)`,
};

/**
 * LocalMitIdRegistry: MitIDs kept in Skranke's own `mitid_identities` table (seeded for the demo residents). It is
 * NOT the national MitID service: an identity check recorded here issues no MitID anyone can log in with.
 */
export function createLocalMitIdRegistry(db: DbOrTx): MitIdRegistry {
  const findOne = async (where: SQL | undefined): Promise<IssuedMitId | null> => {
    const [row] = await db.select(columns).from(t).where(where);
    return row ?? null;
  };
  const current = (personId: string) => findOne(and(eq(t.personId, personId), isNull(t.replacedAt)));

  return {
    current,
    byCase: (caseId) => findOne(eq(t.caseId, caseId)),

    async issue({ personId, municipalityId, caseId, issuedBy, authenticator, issuedOn }) {
      const replaced = await current(personId);
      if (replaced) await db.update(t).set({ replacedAt: new Date() }).where(eq(t.id, replaced.id));
      const [issued] = await db
        .insert(t)
        .values({ personId, municipalityId, caseId, issuedBy, authenticator, issuedOn, holderSince: replaced?.holderSince ?? issuedOn })
        .returning(columns);
      return { issued: issued!, replaced };
    },
  };
}

export const openLocalMitIdRegistry: OpenMitIdRegistry = createLocalMitIdRegistry;
