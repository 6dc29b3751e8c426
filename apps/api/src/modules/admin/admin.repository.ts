import { schema, type DbOrTx } from '@skranke/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const { users, userLocations, locations, devices } = schema;

const userColumns = {
  id: users.id,
  username: users.username,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
  locationIds: sql<
    string[]
  >`coalesce((select array_agg(${userLocations.locationId} order by ${userLocations.locationId}) from ${userLocations} where ${userLocations.userId} = ${users.id}), '{}')`,
};

const deviceColumns = {
  id: devices.id,
  name: devices.name,
  kind: devices.kind,
  locationId: devices.locationId,
  revokedAt: devices.revokedAt,
  createdAt: devices.createdAt,
};

/** Every method is scoped by municipality: another municipality's rows are simply not found. */
export function createAdminRepository(db: DbOrTx) {
  return {
    listUsers: (municipalityId: string, tx: DbOrTx = db) =>
      tx.select(userColumns).from(users).where(eq(users.municipalityId, municipalityId)).orderBy(asc(users.username)),

    async findUser(municipalityId: string, id: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select(userColumns)
        .from(users)
        .where(and(eq(users.municipalityId, municipalityId), eq(users.id, id)));
      return row;
    },

    async usernameTaken(username: string, tx: DbOrTx = db) {
      const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
      return Boolean(row);
    },

    /** How many of these locations belong to the municipality (to reject foreign or unknown ids). */
    async countOwnLocations(municipalityId: string, ids: string[], tx: DbOrTx = db) {
      if (ids.length === 0) return 0;
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(locations)
        .where(and(eq(locations.municipalityId, municipalityId), inArray(locations.id, ids)));
      return row?.n ?? 0;
    },

    async insertUser(
      values: { municipalityId: string; username: string; name: string; role: 'counter' | 'lead' | 'admin'; passwordHash: string },
      tx: DbOrTx = db,
    ) {
      const [row] = await tx.insert(users).values(values).returning({ id: users.id });
      return row!.id;
    },

    async updateUser(
      id: string,
      values: Partial<{ name: string; role: 'counter' | 'lead' | 'admin'; disabledAt: Date | null }>,
      tx: DbOrTx = db,
    ) {
      if (Object.keys(values).length > 0) await tx.update(users).set(values).where(eq(users.id, id));
    },

    async setUserLocations(municipalityId: string, userId: string, locationIds: string[], tx: DbOrTx = db) {
      await tx.delete(userLocations).where(eq(userLocations.userId, userId));
      if (locationIds.length > 0) {
        await tx.insert(userLocations).values(locationIds.map((locationId) => ({ userId, locationId, municipalityId })));
      }
    },

    listDevices: (municipalityId: string, tx: DbOrTx = db) =>
      tx.select(deviceColumns).from(devices).where(eq(devices.municipalityId, municipalityId)).orderBy(asc(devices.name)),

    async findDevice(municipalityId: string, id: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select(deviceColumns)
        .from(devices)
        .where(and(eq(devices.municipalityId, municipalityId), eq(devices.id, id)));
      return row;
    },

    async insertDevice(
      values: { municipalityId: string; locationId: string; name: string; kind: 'kiosk' | 'display'; keyHash: string; createdBy: string },
      tx: DbOrTx = db,
    ) {
      const [row] = await tx.insert(devices).values(values).returning({ id: devices.id });
      return row!.id;
    },

    async revokeDevice(id: string, tx: DbOrTx = db) {
      await tx
        .update(devices)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(devices.id, id), sql`${devices.revokedAt} is null`));
    },
  };
}
