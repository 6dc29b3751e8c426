import { connectDatabase, SERVING_TIMEOUTS, type Database } from '@skranke/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type pg from 'pg';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    pool: pg.Pool;
  }
}

export const dbPlugin = fp(
  async (app: FastifyInstance, options: { databaseUrl: string; poolSize?: number; timeouts?: typeof SERVING_TIMEOUTS }) => {
    const handle = connectDatabase(options.databaseUrl, {
      max: options.poolSize ?? 20,
      timeouts: options.timeouts ?? SERVING_TIMEOUTS,
      connectionTimeoutMs: 3000,
    });
    app.decorate('db', handle.db);
    app.decorate('pool', handle.pool);
    app.addHook('onClose', () => handle.close());
  },
  { name: 'db' },
);
