import { schema, type Database } from '@skranke/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

const { locations, municipalities, services } = schema;

/** What the public "take a number" page reads: locations that allow it, and their municipality's active errands. */
export function createRemoteTicketRepository(db: Database) {
  return {
    /** Any municipality's location, by id: the public caller names it, and its row says whether it takes phones. */
    async location(locationId: string) {
      const [row] = await db
        .select({ municipalityId: locations.municipalityId, allowRemoteTickets: locations.allowRemoteTickets })
        .from(locations)
        .where(eq(locations.id, locationId));
      return row ?? null;
    },

    async remoteLocations() {
      return db
        .select({
          id: locations.id,
          name: locations.name,
          municipalityId: locations.municipalityId,
          municipalityName: municipalities.name,
        })
        .from(locations)
        .innerJoin(municipalities, eq(municipalities.id, locations.municipalityId))
        .where(eq(locations.allowRemoteTickets, true))
        .orderBy(asc(municipalities.name), asc(locations.name));
    },

    /** Every location offers every active service of its municipality (the kiosk's list, in the kiosk's order). */
    async activeServices(municipalityIds: string[]) {
      if (municipalityIds.length === 0) return [];
      return db
        .select({ id: services.id, municipalityId: services.municipalityId, nameDa: services.nameDa, nameEn: services.nameEn })
        .from(services)
        .where(and(inArray(services.municipalityId, municipalityIds), eq(services.active, true)))
        .orderBy(asc(services.kioskOrder), asc(services.nameDa));
    },
  };
}
