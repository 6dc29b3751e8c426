import { randomUUID } from 'node:crypto';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { redactCprShaped } from '@skranke/domain';
import Fastify, { type FastifyInstance } from 'fastify';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { adminConfigRoutes } from './modules/admin/config.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
import { caseClosingRoutes } from './modules/cases/digital-post/case-closing.routes.ts';
import { selfServiceRoutes } from './modules/cases/self-service/self-service.routes.ts';
import { passportRoutes } from './modules/cases/passport/passport.routes.ts';
import { healthRoutes } from './modules/cases/health-card/health.routes.ts';
import { addressChangeRoutes } from './modules/cases/address-change/address-change.routes.ts';
import { protectionRoutes } from './modules/protections/protections.routes.ts';
import { citizenRoutes } from './modules/citizens/citizens.routes.ts';
import { feeStatusRoutes } from './modules/fees/fee-status.routes.ts';
import { appointmentRoutes } from './modules/appointments/appointments.routes.ts';
import { appointmentStatisticsRoutes } from './modules/appointment-statistics/appointment-statistics.routes.ts';
import { feeRoutes } from './modules/fees/fees.routes.ts';
import { locationRoutes } from './modules/locations/locations.routes.ts';
import { statisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { authPlugin } from './plugins/auth.ts';
import { dbPlugin } from './plugins/db.ts';
import { eventsPlugin } from './plugins/events.ts';
import { locationQueueRoutes } from './modules/queue/location-queue.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { ticketStatusRoutes } from './modules/ticket-status/ticket-status.routes.ts';
import { remoteTicketRoutes } from './modules/remote-tickets/remote-tickets.routes.ts';
import { contactRoutes } from './modules/contacts/contacts.routes.ts';
import { ticketRoutes } from './modules/queue/queue.routes.ts';
import { representationRoutes } from './modules/representations/representations.routes.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { problemPlugin } from './plugins/problem.ts';
import { registerStaticFiles } from './plugins/static-files.ts';
import { clientErrorHandler, frameworkErrorHandler, securityHeaders } from './plugins/framework-errors.ts';
import { hostileInputPlugin } from './plugins/hostile-input.ts';

export interface AppOptions {
  databaseUrl: string;
  /** HS256 key for access tokens, at least 32 characters. */
  jwtSecret: string;
  /** Directory of the built SPA; served at / when given and present. */
  webRoot?: string;
  /** false: no logs; true: JSON logs to stdout; a stream: JSON logs there (tests read them). */
  logger?: boolean | NodeJS.WritableStream;
  logLevel?: string;
  /** Mark the refresh cookie Secure (everywhere but local development over http). */
  cookieSecure?: boolean;
  loginRateLimitPerMinute?: number;
  /** Requests per minute and address to the public booking operations that write or take a code (bots are throttled). */
  bookingRateLimitPerMinute?: number;
  /** Trust X-Forwarded-* from every hop (true) or only from these addresses / CIDR ranges (SKRANKE_TRUST_PROXY). */
  trustProxy?: boolean | string[];
  poolSize?: number;
  sseHeartbeatSeconds?: number;
  /** The queue's clock (counter presence, recent calls); tests pass one they can move. Default: the wall clock. */
  queueClock?: () => Date;
  /** How long a client may take to send its whole request (headers and body); default 30 s. */
  requestTimeoutMs?: number;
  /** The clock of date-dependent warnings (next year's fee tables); tests pass one. Default: the wall clock. */
  now?: () => Date;
}

/** Content-Security-Policy the SPA runs under: no inline or foreign scripts. Mantine needs inline styles. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

function loggerOptions(options: AppOptions) {
  if (!options.logger) return false;
  return {
    level: options.logLevel ?? 'info',
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    // Last line of defence: whatever reaches a log line, a CPR-shaped value leaves it masked.
    hooks: { streamWrite: (line: string) => redactCprShaped(line) },
    ...(options.logger !== true && { stream: options.logger }),
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const headers = securityHeaders(CONTENT_SECURITY_POLICY);
  const app = Fastify({
    logger: loggerOptions(options),
    frameworkErrors: frameworkErrorHandler(headers),
    clientErrorHandler: clientErrorHandler(headers),
    // A client that stalls while sending is cut off: the whole request (headers and body) within 30 s. Live streams
    // are unaffected (the limit is on receiving the request, not on the answer).
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    // Node checks that limit this often (its default, 30 s, would let a stalled request live a minute), and ignores it
    // while its headers timeout (default 60 s) is the longer of the two.
    http: {
      connectionsCheckingInterval: Math.min(1000, options.requestTimeoutMs ?? 30_000),
      headersTimeout: Math.min(20_000, options.requestTimeoutMs ?? 30_000),
    },
    connectionTimeout: 0,
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
    ajv: {
      // Unknown properties are rejected (additionalProperties: false), never silently dropped.
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(problemPlugin);
  await app.register(hostileInputPlugin);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(dbPlugin, { databaseUrl: options.databaseUrl, poolSize: options.poolSize });
  await app.register(authPlugin, { jwtSecret: options.jwtSecret });
  await app.register(eventsPlugin, { databaseUrl: options.databaseUrl });
  await app.register(openapiPlugin);

  // Every feature router, one prefix each.
  await app.register(systemRoutes);
  await app.register(authRoutes, {
    cookieSecure: options.cookieSecure ?? true,
    loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 20,
  });
  await app.register(locationRoutes);
  await app.register(adminRoutes);
  await app.register(adminConfigRoutes);
  await app.register(feeRoutes);
  await app.register(feeStatusRoutes, { now: options.now });
  await app.register(auditRoutes);
  await app.register(statisticsRoutes);
  await app.register(appointmentStatisticsRoutes, { clock: options.queueClock });
  await app.register(citizenRoutes);
  await app.register(caseRoutes);
  await app.register(caseClosingRoutes);
  await app.register(selfServiceRoutes);
  await app.register(passportRoutes);
  await app.register(healthRoutes);
  await app.register(addressChangeRoutes);
  await app.register(protectionRoutes);
  await app.register(representationRoutes);
  await app.register(ticketRoutes, { clock: options.queueClock });
  await app.register(locationQueueRoutes, {
    heartbeatSeconds: options.sseHeartbeatSeconds ?? 15,
    clock: options.queueClock,
  });
  await app.register(ticketStatusRoutes, { heartbeatSeconds: options.sseHeartbeatSeconds ?? 15, clock: options.queueClock });
  await app.register(remoteTicketRoutes, { clock: options.queueClock });
  await app.register(notificationRoutes);
  await app.register(contactRoutes, { clock: options.queueClock });

  await app.register(appointmentRoutes, {
    clock: options.queueClock,
    bookingRateLimitPerMinute: options.bookingRateLimitPerMinute ?? 10,
  });

  await registerStaticFiles(app, options.webRoot);

  return app;
}
