import type { CreateServiceBody, Service, UpdateServiceBody } from '@skranke/contracts';
import { schema, type Database } from '@skranke/db';
import { and, eq } from 'drizzle-orm';
import { conflict, notFound } from '../../errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { appendAudit } from '../../plugins/audit.ts';
import { publishLocationEvent } from '../../plugins/events.ts';

type ServiceRow = typeof schema.services.$inferSelect;
type StaffPrincipal = Extract<Principal, { kind: 'user' }>;

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

/** Services change at runtime, without a deploy; each change is audited with its before and after. */
export function createServiceAdmin(db: Database) {
  const t = schema.services;
  return {
    async create(principal: StaffPrincipal, body: CreateServiceBody) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(t)
          .values({ ...body, municipalityId: principal.municipalityId })
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
        return toService(row);
      });
    },

    async update(principal: StaffPrincipal, id: string, body: UpdateServiceBody) {
      return db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(t)
          .where(and(eq(t.id, id), eq(t.municipalityId, principal.municipalityId)))
          .for('update');
        if (!before) throw notFound('Ærindet');
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
        const locations = await tx.select({ id: schema.locations.id }).from(schema.locations).where(eq(schema.locations.municipalityId, principal.municipalityId));
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
