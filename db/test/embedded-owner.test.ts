import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedOwnerUrl, ownerPasswordFile, startEmbeddedPostgres } from '../src/embedded.ts';
import { freePort } from '../src/testing.ts';

// The embedded cluster's owner is a superuser: its password is generated per data directory, never a fixed one.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'skranke-owner-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

describe('the embedded owner password', () => {
  it('is random per data directory, kept in a 0600 file, and the same after a restart', async () => {
    const dataDir = path.join(dir, 'a');
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir, port });
    let password: string;
    try {
      const file = ownerPasswordFile(dataDir);
      password = (await readFile(file, 'utf8')).trim();
      expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await canConnect(server.url('postgres'))).toBe(true);
      expect(await canConnect(withPassword(server.url('postgres'), 'skranke-local'))).toBe(false);
      expect(await embeddedOwnerUrl(dataDir, port, 'postgres')).toBe(server.url('postgres'));
    } finally {
      await server.stop();
    }
    const again = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(new URL(again.url('postgres')).password).toBe(password);
      expect(await canConnect(again.url('postgres'))).toBe(true);
    } finally {
      await again.stop();
    }
  });

  it('replaces the old fixed password of a cluster made before', async () => {
    const dataDir = path.join(dir, 'b');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    // Turn it into a cluster of the old kind: the fixed password and no password file.
    const client = new pg.Client({ connectionString: first.url('postgres') });
    await client.connect();
    await client.query(`alter role skranke with password 'skranke-local'`);
    await client.end();
    await first.stop();
    await unlink(ownerPasswordFile(dataDir));

    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(existsSync(ownerPasswordFile(dataDir))).toBe(true);
      const password = new URL(server.url('postgres')).password;
      expect(password).not.toBe('skranke-local');
      expect(await canConnect(server.url('postgres'))).toBe(true);
      expect(await canConnect(withPassword(server.url('postgres'), 'skranke-local'))).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
