import { connectDatabase, type Database } from '@skranke/db';
import { createTestDatabase, type TestDatabase } from '@skranke/db/testing';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../src/app.ts';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const DEMO_PASSWORD = 'skranke-demo';

export interface TestContext {
  app: FastifyInstance;
  database: TestDatabase;
  /**
   * The same database as its owner. The app connects as `skranke_app`, which may not edit the audit trail; tests
   * that tamper with it (or change the schema) go through this.
   */
  owner: Database;
  close(): Promise<void>;
}

/** The production app, connected as the app role, on a fresh database (migrated, with the demo data) of its own. */
export async function build(overrides: Partial<AppOptions> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const app = await buildApp({
    databaseUrl: database.appUrl,
    jwtSecret: TEST_JWT_SECRET,
    logger: false,
    cookieSecure: false,
    loginRateLimitPerMinute: 1000,
    ...overrides,
  });
  await app.ready();
  const owner = connectDatabase(database.url, { max: 2 });
  return {
    app,
    database,
    owner: owner.db,
    close: async () => {
      await app.close();
      await owner.close();
      await database.drop();
    },
  };
}

export interface Session {
  accessToken: string;
  refreshCookie: string;
  userId: string;
}

export function refreshCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'skranke_refresh');
  if (!cookie) throw new Error('no refresh cookie set');
  return cookie.value;
}

export async function login(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { accessToken: body.accessToken, refreshCookie: refreshCookieOf(response), userId: body.user.id };
}

/** An inject function that sends the session's bearer token. */
export function injectAs(app: FastifyInstance, session: Pick<Session, 'accessToken'>) {
  return (options: InjectOptions) =>
    app.inject({ ...options, headers: { ...options.headers, authorization: `Bearer ${session.accessToken}` } });
}

export function expectProblem(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
  if (!response.headers['content-type']?.toString().startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${response.headers['content-type']}`);
  }
  const body = response.json();
  if (body.status !== status || typeof body.title !== 'string' || typeof body.type !== 'string') {
    throw new Error(`not a problem document: ${response.body}`);
  }
  return body as {
    type: string;
    title: string;
    status: number;
    detail?: string;
    instance?: string;
    code?: string;
    errors?: Array<{ pointer: string; detail: string }>;
  };
}
