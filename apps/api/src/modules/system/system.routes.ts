import { systemOperations as ops } from '@skranke/contracts/operations';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.ts';
import { route } from '../../operation.ts';
import { DATABASE_RETRY_AFTER_S } from '../../plugins/problem.ts';

export async function systemRoutes(app: FastifyInstance) {
  route(app, ops.getHealth, () => ({ status: 'ok' as const }));

  route(app, ops.getReadiness, async () => {
    // Any failure here, not only an unreachable server, means not ready: the error handler's 503 applies to all.
    try {
      await app.db.execute(sql`select 1`);
    } catch {
      throw new AppError(503, 'database-unavailable', 'Service Unavailable', 'The database cannot be reached.', {
        retryAfter: DATABASE_RETRY_AFTER_S,
      });
    }
    return { status: 'ready' as const };
  });
}
