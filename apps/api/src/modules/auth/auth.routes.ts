import { DeviceTokenBody, DeviceTokenResponse, LoginBody, Me, TokenResponse } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { unauthorized } from '../../errors.ts';
import { bearer, publicOperation, refreshCookie, refreshCookieOrBearer, responses } from '../../http.ts';
import { createAuthService, SESSION_TTL_S } from './auth.service.ts';

export const REFRESH_COOKIE = 'skranke_refresh';
const COOKIE_PATH = '/api/auth';

export interface AuthRoutesOptions {
  cookieSecure: boolean;
  loginRateLimitPerMinute: number;
}

export const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, options) => {
  const service = createAuthService(app);

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

  app.post(
    '/login',
    {
      config: { rateLimit: { max: options.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Sign in a staff member; sets the refresh cookie',
        security: publicOperation,
        body: LoginBody,
        response: responses({ 200: TokenResponse }),
      },
    },
    async (request, reply) => {
      const { response, refreshToken } = await service.login(request.body.username, request.body.password, request.ip);
      setRefreshCookie(reply, refreshToken);
      return response;
    },
  );

  app.post(
    '/refresh',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        operationId: 'refreshSession',
        tags: ['auth'],
        summary: 'Exchange the refresh cookie for a new access token; rotates the cookie',
        security: refreshCookie,
        response: responses({ 200: TokenResponse }),
      },
    },
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
  );

  app.post(
    '/logout',
    {
      schema: {
        operationId: 'logout',
        tags: ['auth'],
        summary: 'End the session (from the refresh cookie or the bearer token)',
        security: refreshCookieOrBearer,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
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
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.requireDevice(['kiosk', 'display'], 'counter'),
      schema: { operationId: 'getMe', tags: ['auth'], security: bearer, summary: 'The signed-in user or device', response: responses({ 200: Me }) },
    },
    async (request) => {
      const p = request.principal!;
      if (p.kind === 'user') {
        const user = await service.sessionUser(p.id);
        if (!user) throw unauthorized();
        return { kind: 'user' as const, user };
      }
      const device = await service.findDevice(p.id);
      if (!device) throw unauthorized();
      return { kind: 'device' as const, device };
    },
  );

  app.post(
    '/device-token',
    {
      config: { rateLimit: { max: options.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'issueDeviceToken',
        tags: ['auth'],
        summary: 'Exchange a kiosk or call display key for an access token',
        security: publicOperation,
        body: DeviceTokenBody,
        response: responses({ 200: DeviceTokenResponse }),
      },
    },
    async (request) => service.deviceToken(request.body.deviceKey),
  );
};
