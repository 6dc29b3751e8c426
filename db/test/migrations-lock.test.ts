import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../src/index.ts';
import { TEST_PG_ENV } from '../src/testing.ts';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const TSX = path.resolve(here, '../../node_modules/.bin/tsx');
const name = `m_${Date.now().toString(36)}`;
let admin: pg.Client;
let url: string;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env[TEST_PG_ENV] });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(process.env[TEST_PG_ENV]!);
  u.pathname = `/${name}`;
  url = u.toString();
});
afterAll(async () => {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

describe('migrations on start', () => {
  it('two processes starting together on an empty database both succeed, and every migration is applied once', async () => {
    const results = await Promise.allSettled([
      run(TSX, [path.join(here, 'fixtures/migrate.ts'), url]),
      run(TSX, [path.join(here, 'fixtures/migrate.ts'), url]),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason).slice(0, 400) : 'ok'))).toEqual(['ok', 'ok']);
    const journal = JSON.parse(await readFile(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(applied.rows[0].n).toBe(journal.entries.length);
    } finally {
      await client.end();
    }
  });
});
