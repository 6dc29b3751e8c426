import type { CreateServiceBody, Service, UpdateServiceConfigBody } from '@skranke/contracts';
import { advisoryXactLock, schema, type Database, type DbOrTx } from '@skranke/db';
import { trafficLightProblems } from '@skranke/domain';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { conflict, notFound } from '../../errors.ts';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import { invalidConfig, takenConflict } from '../../floor/audit/config-changes.ts';
import type { UserPrincipal } from '../../plugins/auth.ts';
import { publishLocationEvent } from '../../plugins/events.ts';

type ServiceRow = typeof schema.services.$inferSelect;

export const toService = (row: ServiceRow): Service => ({
  id: row.id,
  code: row.code,
  prefix: row.prefix,
  nameDa: row.nameDa,
  nameEn: row.nameEn,
  expectedMinutes: row.expectedMinutes,
  active: row.active,
  kioskOrder: row.kioskOrder,
  yellowMinutes: row.yellowMinutes,
  redMinutes: row.redMinutes,
});

/**
 * A ticket prefix names one service of the municipality (every location offers every service, so the letter is
 * unique per location too). Serialised per municipality so two admins cannot take the same letter at once.
 */
async function assertPrefixFree(tx: DbOrTx, municipalityId: string, prefix: string, exceptId?: string) {
  const t = schema.services;
  await advisoryXactLock(tx, `service-prefix:${municipalityId}`);
  const [holder] = await tx
    .select({ nameDa: t.nameDa })
    .from(t)
    .where(and(eq(t.municipalityId, municipalityId), eq(t.prefix, prefix), exceptId ? ne(t.id, exceptId) : undefined));
  if (holder) throw takenConflict('service-prefix-taken', 'prefix', `Bogstavet ${prefix} bruges allerede af ${holder.nameDa}.`);
}

/**
 * A service added at runtime reaches the counters already signed in: a session whose profile is "every service"
 * takes it at once; every other counter screen is told, and offers it to its worker (CounterSession.newServices).
 */
async function offerToCounters(tx: DbOrTx, municipalityId: string, service: Service) {
  const s = schema.counterSessions;
  await tx
    .update(s)
    .set({ serviceIds: sql`array_append(${s.serviceIds}, ${service.id}::uuid)` })
    .where(and(eq(s.municipalityId, municipalityId), ne(s.state, 'closed'), eq(s.allServices, true)));
  const locations = await tx
    .select({ id: schema.locations.id })
    .from(schema.locations)
    .where(eq(schema.locations.municipalityId, municipalityId));
  for (const location of locations) {
    await publishLocationEvent(tx, { municipalityId, locationId: location.id, type: 'service.created', payload: { service } });
  }
}

/** Services change at runtime, without a deploy; each change is audited with its before and after. */
export function createServiceAdmin(db: Database) {
  const t = schema.services;
  return {
    /** Every service of the municipality, closed ones too, in kiosk order. */
    list: async (principal: UserPrincipal) =>
      (await db.select().from(t).where(eq(t.municipalityId, principal.municipalityId)).orderBy(asc(t.kioskOrder), asc(t.nameDa))).map(
        toService,
      ),

    async create(principal: UserPrincipal, body: CreateServiceBody) {
      return db.transaction(async (tx) => {
        // A new service starts with the municipality's default thresholds unless it names its own.
        const [defaults] = await tx
          .select()
          .from(schema.trafficLightDefaults)
          .where(eq(schema.trafficLightDefaults.municipalityId, principal.municipalityId));
        const yellowMinutes = body.yellowMinutes ?? defaults?.yellowMinutes ?? 15;
        const redMinutes = body.redMinutes ?? defaults?.redMinutes ?? 30;
        const problems = trafficLightProblems(yellowMinutes, redMinutes);
        if (problems.length > 0) throw invalidConfig(problems);
        await assertPrefixFree(tx, principal.municipalityId, body.prefix);
        const [row] = await tx
          .insert(t)
          .values({ ...body, yellowMinutes, redMinutes, municipalityId: principal.municipalityId })
          .onConflictDoNothing()
          .returning();
        if (!row) throw conflict('service-code-taken', `Der findes allerede et ærinde med koden ${body.code}.`);
        await appendAudit(tx, {
          municipalityId: principal.municipalityId,
          actorUserId: principal.id,
          action: 'config.service.create',
          subjectType: 'service',
          subjectId: row.id,
          details: { after: toService(row) },
        });
        await offerToCounters(tx, principal.municipalityId, toService(row));
        return toService(row);
      });
    },

    /** Leads may open/close a service and change its names, time and thresholds; only admins send a prefix. */
    async update(principal: UserPrincipal, id: string, body: UpdateServiceConfigBody) {
      return db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(t)
          .where(and(eq(t.id, id), eq(t.municipalityId, principal.municipalityId)))
          .for('update');
        if (!before) throw notFound('Ærindet');
        const problems = trafficLightProblems(body.yellowMinutes ?? before.yellowMinutes, body.redMinutes ?? before.redMinutes);
        if (problems.length > 0) throw invalidConfig(problems);
        if (body.prefix !== undefined && body.prefix !== before.prefix)
          await assertPrefixFree(tx, principal.municipalityId, body.prefix, id);
        const [after] = await tx.update(t).set(body).where(eq(t.id, id)).returning();
        await appendAudit(tx, {
          municipalityId: principal.municipalityId,
          actorUserId: principal.id,
          action: 'config.service.update',
          subjectType: 'service',
          subjectId: id,
          details: { before: toService(before), after: toService(after!) },
        });
        // Every board of the municipality shows the change at once.
        const locations = await tx
          .select({ id: schema.locations.id })
          .from(schema.locations)
          .where(eq(schema.locations.municipalityId, principal.municipalityId));
        for (const location of locations) {
          await publishLocationEvent(tx, {
            municipalityId: principal.municipalityId,
            locationId: location.id,
            type: 'service.updated',
            payload: { service: toService(after!) },
          });
        }
        return toService(after!);
      });
    },
  };
}
