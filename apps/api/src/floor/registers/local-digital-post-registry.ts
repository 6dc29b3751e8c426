import { schema, type DbOrTx } from '@skranke/db';
import type { ApplicantType, DigitalPostGround } from '@skranke/domain';
import { and, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { DigitalPostRegistry, OpenDigitalPostRegistry, RegisteredExemption } from './digital-post-registry.ts';

const { digitalPostExemptions: t, municipalities, users } = schema;

/**
 * LocalDigitalPostRegistry: exemptions kept in Skranke's own `digital_post_exemptions` table. It is NOT the national
 * Fritagelsesmodul: registering here does not stop Digital Post from delivering digitally.
 */
export function createLocalDigitalPostRegistry(db: DbOrTx): DigitalPostRegistry {
  async function findOne(where: SQL | undefined): Promise<RegisteredExemption | null> {
    const [row] = await db
      .select({
        id: t.id,
        personId: t.personId,
        municipalityCode: municipalities.code,
        municipalityName: municipalities.name,
        caseId: t.caseId,
        applicantType: t.applicantType,
        grounds: t.grounds,
        registeredAt: t.registeredAt,
        registeredById: users.id,
        registeredByName: users.name,
        lapsesOnReturn: t.lapsesOnReturn,
        revokedAt: t.revokedAt,
        revocationCaseId: t.revocationCaseId,
      })
      .from(t)
      .innerJoin(municipalities, eq(municipalities.id, t.municipalityId))
      .innerJoin(users, eq(users.id, t.registeredBy))
      .where(where);
    if (!row) return null;
    const { municipalityCode, municipalityName, registeredById, registeredByName, ...rest } = row;
    return {
      ...rest,
      applicantType: rest.applicantType as ApplicantType,
      grounds: rest.grounds as DigitalPostGround[] | null,
      municipality: { code: municipalityCode, name: municipalityName },
      registeredBy: { id: registeredById, name: registeredByName },
    };
  }

  return {
    current: (personId) => findOne(and(eq(t.personId, personId), isNull(t.revokedAt), isNull(t.lapsedAt))),
    byCase: (caseId) => findOne(or(eq(t.caseId, caseId), eq(t.revocationCaseId, caseId))),

    async register({ personId, municipalityId, caseId, registeredBy, grant }) {
      const [row] = await db
        .insert(t)
        .values({
          personId,
          municipalityId,
          caseId,
          registeredBy,
          applicantType: grant.applicantType,
          grounds: grant.grounds,
          lapsesOnReturn: grant.lapsesOnReturn,
        })
        .returning({ id: t.id });
      return (await findOne(eq(t.id, row!.id)))!;
    },

    async markLapsed(exemptionId, ending) {
      await db
        .update(t)
        .set({ lapsedAt: new Date(), lapsedOn: ending?.on ?? null, lapseReason: ending?.reason ?? null })
        .where(and(eq(t.id, exemptionId), isNull(t.lapsedAt)));
    },

    async revoke(exemptionId, { userId, revocationCaseId }) {
      await db.update(t).set({ revokedAt: new Date(), revokedBy: userId, revocationCaseId }).where(eq(t.id, exemptionId));
    },
  };
}

export const openLocalDigitalPostRegistry: OpenDigitalPostRegistry = createLocalDigitalPostRegistry;
