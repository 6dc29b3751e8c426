/**
 * Test support: one embedded PostgreSQL per test run, a migrated template database with the demo data, and a fresh
 * database cloned from that template for each test file (CREATE DATABASE … TEMPLATE is a file copy: ~50 ms).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { appRoleUrl, ensureAppRole, grantAppPrivileges } from './app-role.ts';
import { connectDatabase, runMigrations } from './index.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { markForDemoData, seedDemoData } from './seed/demo.ts';

export const TEMPLATE_DATABASE = 'skranke_template';
/** Environment variable through which the global setup tells test files where the server is. */
export const TEST_PG_ENV = 'SKRANKE_TEST_PG_ADMIN_URL';
/** Password of the app role (`skranke_app`) on the throw-away test server. */
export const TEST_APP_PASSWORD = 'skranke-app-test';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Starts a throw-away server (or uses SKRANKE_TEST_DATABASE_URL's server when set), builds the template database
 * and returns the admin URL plus a stop function.
 */
export async function startTestPostgres(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const external = process.env.SKRANKE_TEST_DATABASE_URL;
  let adminUrl: string;
  let stopServer = async () => {};
  if (external) {
    adminUrl = withDatabase(external, 'postgres');
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'skranke-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort() });
    adminUrl = server.url('postgres');
    stopServer = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await runMigrations(templateUrl);
  const handle = connectDatabase(templateUrl, { max: 1 });
  try {
    await markForDemoData(handle.db);
    await seedDemoData(handle.db);
  } finally {
    await handle.close();
  }
  // The API under test connects as the app role, as in production; grants made in the template reach every clone.
  await ensureAppRole(adminUrl, TEST_APP_PASSWORD);
  await grantAppPrivileges(templateUrl);
  return { adminUrl, stop: stopServer };
}

export interface TestDatabase {
  /** The owner's connection: migrations, and tests that tamper with the audit trail. */
  url: string;
  /** The same database as the app role `skranke_app`, which the API uses. */
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database, migrated and holding the demo data, for one test file. */
export async function createTestDatabase(adminUrl = process.env[TEST_PG_ENV]): Promise<TestDatabase> {
  if (!adminUrl) throw new Error(`${TEST_PG_ENV} is not set: is the test project's globalSetup missing?`);
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  return {
    url,
    appUrl: appRoleUrl(url, TEST_APP_PASSWORD),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
