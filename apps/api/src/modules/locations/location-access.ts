import { schema, type DbOrTx } from '@skranke/db';
import { roleAtLeast } from '@skranke/domain';
import { and, eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../errors.ts';
import type { Principal } from '../../plugins/auth.ts';

/**
 * A location the principal may work with: it must belong to their municipality (else 404, so that other
 * municipalities' locations do not leak); counter staff only at their own locations; a device only at its own.
 */
export async function assertLocationAccess(db: DbOrTx, principal: Principal, locationId: string) {
  const [location] = await db
    .select()
    .from(schema.locations)
    .where(and(eq(schema.locations.id, locationId), eq(schema.locations.municipalityId, principal.municipalityId)));
  if (!location) throw notFound('Lokationen');
  assertMayWorkAt(principal, locationId);
  return location;
}

/** The principal's part of assertLocationAccess, for a location already known to be of their municipality. */
export function assertMayWorkAt(principal: Principal, locationId: string) {
  if (principal.kind === 'device') {
    if (principal.locationId !== locationId) throw notFound('Lokationen');
  } else if (!roleAtLeast(principal.role, 'lead') && !principal.locationIds.includes(locationId)) {
    throw forbidden('Du er ikke tilknyttet denne lokation.');
  }
}
