import type { DeviceTokenResponse, TokenResponse } from '@skranke/contracts';
import { dummyPasswordHash, verifyPassword, type Database } from '@skranke/db';
import type { FastifyInstance } from 'fastify';
import { AppError, unauthorized } from '../../errors.ts';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import { ACCESS_TOKEN_TTL_S } from '../../plugins/auth.ts';
import { createAuthRepository } from './auth.repository.ts';
import { hashOpaqueToken, newOpaqueToken } from './tokens.ts';

/** A staff session lasts at most a long working day; refresh tokens rotate within it. */
export const SESSION_TTL_S = 12 * 60 * 60;
/** A device re-exchanges its key for a new session at least daily. */
export const DEVICE_SESSION_TTL_S = 24 * 60 * 60;
export const FAILURE_WINDOW_S = 15 * 60;
/**
 * Failed sign-ins allowed per username from one address within the window. Counting per username and address means
 * nobody can lock a known colleague out by mistyping their username from another machine.
 */
export const MAX_FAILURES = 5;
/** The ceiling per username across all addresses: a guessing attack spread over many addresses still stops. */
export const MAX_FAILURES_PER_USERNAME = 30;

const WRONG_CREDENTIALS = 'Forkert brugernavn eller adgangskode.';

export interface IssuedTokens {
  response: TokenResponse;
  refreshToken: string;
}

export function createAuthService(app: FastifyInstance) {
  const db: Database = app.db;
  const repo = createAuthRepository(db);

  async function issueUserSession(userId: string, municipalityId: string, tx: Parameters<Parameters<Database['transaction']>[0]>[0]) {
    const sessionId = await repo.createSession({ municipalityId, userId, expiresAt: new Date(Date.now() + SESSION_TTL_S * 1000) }, tx);
    const refreshToken = newOpaqueToken();
    await repo.storeRefreshToken(sessionId, hashOpaqueToken(refreshToken), tx);
    return { sessionId, refreshToken };
  }

  async function tokenResponse(
    userId: string,
    sessionId: string,
    tx?: Parameters<Parameters<Database['transaction']>[0]>[0],
  ): Promise<TokenResponse> {
    const user = await repo.sessionUser(userId, tx);
    if (!user) throw unauthorized();
    return {
      accessToken: app.signAccessToken({ sub: userId, sid: sessionId, kind: 'user' }),
      expiresIn: ACCESS_TOKEN_TTL_S,
      user,
    };
  }

  return {
    async login(username: string, password: string, ip: string): Promise<IssuedTokens> {
      const usernameKey = username.trim().toLowerCase();
      const failures = await repo.recentFailures(usernameKey, ip, FAILURE_WINDOW_S);
      const limited =
        failures.fromAddress.count >= MAX_FAILURES
          ? failures.fromAddress
          : failures.total.count >= MAX_FAILURES_PER_USERNAME
            ? failures.total
            : null;
      if (limited) {
        const retryAfter = limited.oldest
          ? Math.max(1, Math.ceil((limited.oldest.getTime() + FAILURE_WINDOW_S * 1000 - Date.now()) / 1000))
          : FAILURE_WINDOW_S;
        throw new AppError(429, 'login-throttled', 'Too Many Requests', 'For mange mislykkede forsøg. Prøv igen senere.', {
          retryAfter,
        });
      }
      const user = await repo.findUserForLogin(usernameKey);
      // Verify against a dummy hash for unknown users, so timing does not reveal which usernames exist.
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user || !user.passwordHash || !ok || user.disabledAt) {
        await db.transaction(async (tx) => {
          await repo.recordFailure(usernameKey, ip, tx);
          if (user) {
            await appendAudit(tx, {
              municipalityId: user.municipalityId,
              actorUserId: user.id,
              action: 'auth.login-failed',
              details: { ip, reason: user.disabledAt ? 'disabled' : 'wrong-password' },
            });
          }
        });
        throw unauthorized(WRONG_CREDENTIALS);
      }
      return db.transaction(async (tx) => {
        await repo.clearFailures(usernameKey, ip, tx);
        const { sessionId, refreshToken } = await issueUserSession(user.id, user.municipalityId, tx);
        await appendAudit(tx, {
          municipalityId: user.municipalityId,
          actorUserId: user.id,
          action: 'auth.login',
          details: { ip, sessionId },
        });
        return { response: await tokenResponse(user.id, sessionId, tx), refreshToken };
      });
    },

    /** Rotates the refresh token. Presenting an already used token revokes its session: it was stolen or replayed. */
    async refresh(refreshToken: string | undefined): Promise<IssuedTokens> {
      if (!refreshToken) throw unauthorized('Din session er udløbet. Log ind igen.');
      const tokenHash = hashOpaqueToken(refreshToken);
      const outcome = await db.transaction(async (tx) => {
        const sessionId = await repo.consumeRefreshToken(tokenHash, tx);
        if (!sessionId) {
          const known = await repo.findRefreshToken(tokenHash, tx);
          if (known?.usedAt) {
            const session = await repo.sessionById(known.sessionId, tx);
            if (session && (await repo.revokeSession(known.sessionId, 'refresh-token-reuse', tx))) {
              await appendAudit(tx, {
                municipalityId: session.municipalityId,
                actorUserId: session.userId,
                action: 'auth.refresh-reuse-detected',
                details: { sessionId: known.sessionId },
              });
            }
          }
          return null;
        }
        const session = await repo.liveUserSession(sessionId, tx);
        if (!session?.userId) return null;
        const next = newOpaqueToken();
        await repo.storeRefreshToken(sessionId, hashOpaqueToken(next), tx);
        return { response: await tokenResponse(session.userId, sessionId, tx), refreshToken: next };
      });
      if (!outcome) throw unauthorized('Din session er udløbet. Log ind igen.');
      return outcome;
    },

    /** Ends the session named by the refresh cookie (or the access token's session). Idempotent. */
    async logout(refreshToken: string | undefined, accessSessionId: string | undefined): Promise<void> {
      let sessionId = accessSessionId;
      if (!sessionId && refreshToken) sessionId = (await repo.findRefreshToken(hashOpaqueToken(refreshToken)))?.sessionId;
      if (!sessionId) return;
      await db.transaction(async (tx) => {
        const session = await repo.sessionById(sessionId, tx);
        if (session && (await repo.revokeSession(sessionId, 'logout', tx))) {
          await appendAudit(tx, {
            municipalityId: session.municipalityId,
            actorUserId: session.userId,
            actorDeviceId: session.deviceId,
            action: 'auth.logout',
            details: { sessionId },
          });
        }
      });
    },

    async deviceToken(deviceKey: string): Promise<DeviceTokenResponse> {
      const device = await repo.findDeviceByKeyHash(hashOpaqueToken(deviceKey));
      if (!device || device.revokedAt) throw unauthorized('Enhedsnøglen er ukendt eller tilbagekaldt.');
      const sessionId = await db.transaction(async (tx) => {
        const id = await repo.createSession(
          { municipalityId: device.municipalityId, deviceId: device.id, expiresAt: new Date(Date.now() + DEVICE_SESSION_TTL_S * 1000) },
          tx,
        );
        await appendAudit(tx, { municipalityId: device.municipalityId, actorDeviceId: device.id, action: 'auth.device-token' });
        return id;
      });
      return {
        accessToken: app.signAccessToken({ sub: device.id, sid: sessionId, kind: 'device' }),
        expiresIn: ACCESS_TOKEN_TTL_S,
        device: {
          id: device.id,
          name: device.name,
          kind: device.kind,
          municipalityId: device.municipalityId,
          locationId: device.locationId,
        },
      };
    },

    sessionUser: (userId: string) => repo.sessionUser(userId),
    findDevice: async (deviceId: string) => {
      const d = await db.query.devices.findFirst({ where: (t, { eq }) => eq(t.id, deviceId) });
      return d && { id: d.id, name: d.name, kind: d.kind, municipalityId: d.municipalityId, locationId: d.locationId };
    },
  };
}
