import { schema, type DbOrTx } from '@skranke/db';
import type { SessionUser } from '@skranke/contracts';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';

const { users, municipalities, sessions, refreshTokens, loginFailures, devices, userLocations, locations } = schema;

export function createAuthRepository(db: DbOrTx) {
  return {
    async findUserForLogin(usernameKey: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt, municipalityId: users.municipalityId })
        .from(users)
        .where(eq(users.username, usernameKey));
      return row;
    },

    async sessionUser(userId: string, tx: DbOrTx = db): Promise<SessionUser | undefined> {
      const [row] = await tx
        .select({
          id: users.id,
          username: users.username,
          name: users.name,
          role: users.role,
          municipalityId: users.municipalityId,
          municipalityName: municipalities.name,
          // In the order listLocations gives (by name), so the SPA knows the counter sign-in's default location
          // (the first of the user's) before the list has answered, and can ask for its data at once.
          locationIds: sql<
            string[]
          >`coalesce((select array_agg(${userLocations.locationId} order by ${locations.name}, ${locations.id}) from ${userLocations} join ${locations} on ${locations.id} = ${userLocations.locationId} where ${userLocations.userId} = ${users.id}), '{}')`,
        })
        .from(users)
        .innerJoin(municipalities, eq(municipalities.id, users.municipalityId))
        .where(eq(users.id, userId));
      return row;
    },

    /** Failed sign-ins for a username within the window: from this address, and from every address together. */
    async recentFailures(usernameKey: string, ip: string, windowSeconds: number, tx: DbOrTx = db) {
      const [row] = await tx
        .select({
          fromAddress: sql<number>`(count(*) filter (where ${loginFailures.ip} = ${ip}))::int`,
          oldestFromAddress: sql<Date | null>`min(${loginFailures.at}) filter (where ${loginFailures.ip} = ${ip})`,
          total: sql<number>`count(*)::int`,
          oldest: sql<Date | null>`min(${loginFailures.at})`,
        })
        .from(loginFailures)
        .where(and(eq(loginFailures.usernameKey, usernameKey), gt(loginFailures.at, sql`now() - make_interval(secs => ${windowSeconds})`)));
      const date = (value: Date | null | undefined) => (value ? new Date(value) : null);
      return {
        fromAddress: { count: row?.fromAddress ?? 0, oldest: date(row?.oldestFromAddress) },
        total: { count: row?.total ?? 0, oldest: date(row?.oldest) },
      };
    },

    async recordFailure(usernameKey: string, ip: string, tx: DbOrTx = db) {
      await tx.insert(loginFailures).values({ usernameKey, ip });
    },

    /** After a successful sign-in: this address's failures are forgiven, other addresses' still count. */
    async clearFailures(usernameKey: string, ip: string, tx: DbOrTx = db) {
      await tx.delete(loginFailures).where(and(eq(loginFailures.usernameKey, usernameKey), eq(loginFailures.ip, ip)));
    },

    async createSession(values: { municipalityId: string; userId?: string; deviceId?: string; expiresAt: Date }, tx: DbOrTx = db) {
      const [row] = await tx.insert(sessions).values(values).returning({ id: sessions.id });
      return row!.id;
    },

    async storeRefreshToken(sessionId: string, tokenHash: string, tx: DbOrTx = db) {
      await tx.insert(refreshTokens).values({ sessionId, tokenHash });
    },

    /** Marks the token used, atomically; returns its session only if it was unused until now. */
    async consumeRefreshToken(tokenHash: string, tx: DbOrTx = db) {
      const [row] = await tx
        .update(refreshTokens)
        .set({ usedAt: sql`now()` })
        .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt)))
        .returning({ sessionId: refreshTokens.sessionId });
      return row?.sessionId;
    },

    async findRefreshToken(tokenHash: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ sessionId: refreshTokens.sessionId, usedAt: refreshTokens.usedAt })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash));
      return row;
    },

    /** The session if live, with its user (who must not be disabled). */
    async liveUserSession(sessionId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ id: sessions.id, userId: sessions.userId, municipalityId: sessions.municipalityId })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`), isNull(users.disabledAt)));
      return row;
    },

    async sessionById(sessionId: string, tx: DbOrTx = db) {
      const [row] = await tx.select().from(sessions).where(eq(sessions.id, sessionId));
      return row;
    },

    async revokeSession(sessionId: string, reason: string, tx: DbOrTx = db) {
      const rows = await tx
        .update(sessions)
        .set({ revokedAt: sql`now()`, revokedReason: reason })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      return rows.length > 0;
    },

    async revokeSessionsOf(owner: { userId?: string; deviceId?: string }, reason: string, tx: DbOrTx = db) {
      const ownerClause = owner.userId ? eq(sessions.userId, owner.userId) : eq(sessions.deviceId, owner.deviceId!);
      await tx
        .update(sessions)
        .set({ revokedAt: sql`now()`, revokedReason: reason })
        .where(and(ownerClause, isNull(sessions.revokedAt)));
    },

    async findDeviceByKeyHash(keyHash: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({
          id: devices.id,
          name: devices.name,
          kind: devices.kind,
          municipalityId: devices.municipalityId,
          locationId: devices.locationId,
          revokedAt: devices.revokedAt,
        })
        .from(devices)
        .where(eq(devices.keyHash, keyHash));
      return row;
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
