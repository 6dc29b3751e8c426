import { Health, Ready } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { responses } from '../../http.ts';

export const systemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    { schema: { operationId: 'getHealth', tags: ['system'], summary: 'The process is alive', response: responses({ 200: Health }) } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['system'],
        summary: 'The database is reachable',
        response: responses({ 200: Ready }),
      },
    },
    async () => {
      try {
        await app.db.execute(sql`select 1`);
      } catch {
        throw new AppError(503, 'database-unavailable', 'Service Unavailable', 'The database cannot be reached.');
      }
      return { status: 'ready' as const };
    },
  );
};
