import { Health, Ready } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { publicOperation, responses } from '../../http.ts';
import { DATABASE_RETRY_AFTER_S } from '../../plugins/problem.ts';

export const systemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    { schema: { operationId: 'getHealth', tags: ['system'], summary: 'The process is alive', security: publicOperation, response: responses({ 200: Health }) } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['system'],
        summary: 'The database is reachable',
        security: publicOperation,
        response: responses({ 200: Ready }),
      },
    },
    async () => {
      // Any failure here, not only an unreachable server, means not ready: the error handler's 503 applies to all.
      try {
        await app.db.execute(sql`select 1`);
      } catch {
        throw new AppError(503, 'database-unavailable', 'Service Unavailable', 'The database cannot be reached.', {
          retryAfter: DATABASE_RETRY_AFTER_S,
        });
      }
      return { status: 'ready' as const };
    },
  );
};
