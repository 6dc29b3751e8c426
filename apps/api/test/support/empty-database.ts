import { randomBytes } from 'node:crypto';
import { TEST_PG_ENV } from '@skranke/db/testing';
import pg from 'pg';

export interface EmptyDatabase {
  name: string;
  /** The new database as the test server's superuser. */
  url: string;
  /** Drops it, even with connections left open. */
  drop(): Promise<void>;
}

/**
 * A database with nothing in it on the run's test server (not a copy of the migrated template): for tests of what a
 * production start does to an empty database.
 */
export async function createEmptyDatabase(prefix: string): Promise<EmptyDatabase> {
  const adminUrl = process.env[TEST_PG_ENV]!;
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  return {
    name,
    url: Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
