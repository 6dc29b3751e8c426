import { connectDatabase, type Database } from '@skranke/db';
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
  async (app: FastifyInstance, options: { databaseUrl: string; poolSize?: number }) => {
    const handle = connectDatabase(options.databaseUrl, { max: options.poolSize ?? 20 });
    app.decorate('db', handle.db);
    app.decorate('pool', handle.pool);
    app.addHook('onClose', () => handle.close());
  },
  { name: 'db' },
);
