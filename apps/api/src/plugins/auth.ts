import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import { roleAtLeast, type Role } from '@skranke/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../errors.ts';
import type { Staff } from '../floor/staff.ts';
import { poolOf } from './events.ts';

export const ACCESS_TOKEN_TTL_S = 15 * 60;
export const TOKEN_ISSUER = 'skranke';
export const TOKEN_AUDIENCE = 'skranke-api';
/** Explicit token type (RFC 8725 §3.11, RFC 9068), so no other JWT signed with the key passes as an access token. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';

export interface AccessClaims {
  sub: string;
  sid: string;
  kind: 'user' | 'device';
  /** Set by the signer; present on every verified token. */
  exp?: number;
}

export type Principal =
  | { kind: 'user'; id: string; sessionId: string; municipalityId: string; role: Role; locationIds: string[] }
  | { kind: 'device'; id: string; sessionId: string; municipalityId: string; deviceKind: 'kiosk' | 'display'; locationId: string };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Signs an access token for a session. */
    signAccessToken(claims: AccessClaims): string;
    /** onRequest hook: a signed-in staff member with at least this role. */
    requireUser(role?: Role): (request: FastifyRequest) => Promise<void>;
    /** onRequest hook: a device of one of these kinds, or staff when `allowStaff` is given a role. */
    requireDevice(kinds: Array<'kiosk' | 'display'>, allowStaff?: Role): (request: FastifyRequest) => Promise<void>;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

async function resolvePrincipal(app: FastifyInstance, request: FastifyRequest): Promise<Principal> {
  if (!request.headers.authorization) throw unauthorized();
  let decoded: { header: { typ?: string; alg?: string }; payload: AccessClaims };
  try {
    decoded = (await request.jwtVerify({ complete: true })) as unknown as typeof decoded;
  } catch {
    throw unauthorized('Adgangsbeviset er ugyldigt eller udløbet. Log ind igen.');
  }
  const { header, payload } = decoded;
  if (header.typ !== ACCESS_TOKEN_TYPE || typeof payload.sid !== 'string') {
    throw unauthorized('Adgangsbeviset er ugyldigt eller udløbet. Log ind igen.');
  }
  // A complete verification leaves the whole decoded token on request.user; routes read the claims.
  request.user = payload;
  // The session must still be live: sign-out, a disabled user or a revoked device take effect at once. Every request
  // asks this, so it is a named (prepared) statement: no query building, and PostgreSQL plans it once per connection.
  const result = await poolOf(app.db).query<{
    municipalityId: string;
    userId: string | null;
    deviceId: string | null;
    role: Role | null;
    deviceKind: 'kiosk' | 'display' | null;
    deviceLocationId: string | null;
    locationIds: string[];
  }>({
    name: 'auth-live-session',
    text: `select s.municipality_id as "municipalityId", s.user_id as "userId", s.device_id as "deviceId", u.role,
        d.kind as "deviceKind", d.location_id as "deviceLocationId",
        coalesce((select array_agg(ul.location_id) from user_locations ul where ul.user_id = s.user_id), '{}') as "locationIds"
      from sessions s
      left join users u on u.id = s.user_id
      left join devices d on d.id = s.device_id
      where s.id = $1 and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null and d.revoked_at is null`,
    values: [payload.sid],
  });
  const row = result.rows[0];
  if (!row) throw unauthorized('Din session er afsluttet. Log ind igen.');
  if (payload.kind === 'user' && row.userId === payload.sub && row.role) {
    return {
      kind: 'user',
      id: row.userId,
      sessionId: payload.sid,
      municipalityId: row.municipalityId,
      role: row.role,
      locationIds: row.locationIds,
    };
  }
  if (payload.kind === 'device' && row.deviceId === payload.sub && row.deviceKind && row.deviceLocationId) {
    return {
      kind: 'device',
      id: row.deviceId,
      sessionId: payload.sid,
      municipalityId: row.municipalityId,
      deviceKind: row.deviceKind,
      locationId: row.deviceLocationId,
    };
  }
  throw unauthorized();
}

export const authPlugin = fp(
  async (app: FastifyInstance, options: { jwtSecret: string }) => {
    if (options.jwtSecret.length < 32) throw new Error('The JWT secret must be at least 32 characters.');
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: options.jwtSecret,
      sign: {
        algorithm: 'HS256',
        header: { alg: 'HS256', typ: ACCESS_TOKEN_TYPE },
        iss: TOKEN_ISSUER,
        aud: TOKEN_AUDIENCE,
        expiresIn: `${ACCESS_TOKEN_TTL_S}s`,
      },
      verify: {
        algorithms: ['HS256'],
        allowedIss: TOKEN_ISSUER,
        allowedAud: TOKEN_AUDIENCE,
        requiredClaims: ['exp', 'iat', 'iss', 'aud', 'sub'],
        checkTyp: ACCESS_TOKEN_TYPE,
      },
    });
    app.decorateRequest('principal', null);
    app.decorate('signAccessToken', (claims: AccessClaims) => app.jwt.sign(claims));
    app.decorate('requireUser', (role: Role = 'counter') => async (request: FastifyRequest) => {
      const principal = await resolvePrincipal(app, request);
      request.principal = principal;
      if (principal.kind !== 'user' || !roleAtLeast(principal.role, role)) throw forbidden();
    });
    app.decorate('requireDevice', (kinds: Array<'kiosk' | 'display'>, allowStaff?: Role) => async (request: FastifyRequest) => {
      const principal = await resolvePrincipal(app, request);
      request.principal = principal;
      if (principal.kind === 'device' && kinds.includes(principal.deviceKind)) return;
      if (principal.kind === 'user' && allowStaff && roleAtLeast(principal.role, allowStaff)) return;
      throw forbidden();
    });
  },
  { name: 'auth', dependencies: ['db'] },
);

/** A signed-in staff member with the role and the locations they may work at (what the queue's access checks read). */
export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** The signed-in user, role and locations included; for routes guarded by `requireUser` whose service checks them. */
export function userOf(request: FastifyRequest): UserPrincipal {
  const p = request.principal;
  if (!p || p.kind !== 'user') throw unauthorized();
  return p;
}

/** The signed-in staff member a service acts for (who, in which municipality); for routes guarded by `requireUser`. */
export function staffOf(request: FastifyRequest): Staff {
  return userOf(request);
}
