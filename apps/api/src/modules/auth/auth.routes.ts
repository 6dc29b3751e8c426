import { authOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { unauthorized } from '../../errors.ts';
import { route } from '../../operation.ts';
import { createAuthService, SESSION_TTL_S } from './auth.service.ts';

export const REFRESH_COOKIE = 'skranke_refresh';
const COOKIE_PATH = '/api/auth';

export interface AuthRoutesOptions {
  cookieSecure: boolean;
  loginRateLimitPerMinute: number;
}

export async function authRoutes(app: FastifyInstance, options: AuthRoutesOptions) {
  const service = createAuthService(app);
  const signInLimit = { config: { rateLimit: { max: options.loginRateLimitPerMinute, timeWindow: '1 minute' } } };

  // Tokens and sign-in answers must never be kept by a browser or a proxy cache (every answer of /api/auth, errors too).
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  const setRefreshCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: options.cookieSecure,
      path: COOKIE_PATH,
      maxAge: SESSION_TTL_S,
    });
  const clearRefreshCookie = (reply: FastifyReply) =>
    reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: options.cookieSecure });

  route(
    app,
    ops.login,
    async (request, reply) => {
      const { response, refreshToken } = await service.login(request.body.username, request.body.password, request.ip);
      setRefreshCookie(reply, refreshToken);
      return response;
    },
    signInLimit,
  );

  route(
    app,
    ops.refreshSession,
    async (request, reply) => {
      try {
        const { response, refreshToken } = await service.refresh(request.cookies[REFRESH_COOKIE]);
        setRefreshCookie(reply, refreshToken);
        return response;
      } catch (error) {
        clearRefreshCookie(reply);
        throw error;
      }
    },
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
  );

  route(app, ops.logout, async (request, reply) => {
    let sessionId: string | undefined;
    if (request.headers.authorization) {
      try {
        sessionId = (await request.jwtVerify<{ sid: string }>()).sid;
      } catch {
        // An expired access token must not stop a sign-out; the cookie still names the session.
      }
    }
    await service.logout(request.cookies[REFRESH_COOKIE], sessionId);
    clearRefreshCookie(reply);
    return reply.status(204).send(null);
  });

  route(app, ops.getMe, async (request) => {
    const p = request.principal!;
    if (p.kind === 'user') {
      const user = await service.sessionUser(p.id);
      if (!user) throw unauthorized();
      return { kind: 'user' as const, user };
    }
    const device = await service.findDevice(p.id);
    if (!device) throw unauthorized();
    return { kind: 'device' as const, device };
  });

  route(app, ops.issueDeviceToken, (request) => service.deviceToken(request.body.deviceKey), signInLimit);
}
