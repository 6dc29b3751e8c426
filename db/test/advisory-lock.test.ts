import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advisoryXactLock,
  connectDatabase,
  MIGRATION_LOCK_KEY,
  trySessionAdvisoryLock,
  withSessionAdvisoryLock,
  type DatabaseHandle,
} from '../src/index.ts';
import { REFERENCE_DATA_LOCK_KEY } from '../src/seed/reference-data.ts';
import { TEST_PG_ENV } from '../src/testing.ts';

let handle: DatabaseHandle;
let other: pg.Client;

beforeAll(async () => {
  handle = connectDatabase(process.env[TEST_PG_ENV]!, { max: 3 });
  other = new pg.Client({ connectionString: process.env[TEST_PG_ENV] });
  await other.connect();
});
afterAll(async () => {
  await other.end();
  await handle.close();
});

const heldElsewhere = async (expression: string, value: string) =>
  !(await other.query<{ free: boolean }>(`select pg_try_advisory_xact_lock(${expression}) as free`, [value])).rows[0]!.free;

describe('advisory locks', () => {
  it('a transaction lock on a text key is hashtextextended(key, 0), held until the transaction ends', async () => {
    await handle.db.transaction(async (tx) => {
      await advisoryXactLock(tx, 'test:xact');
      expect(await heldElsewhere('hashtextextended($1, 0)', 'test:xact')).toBe(true);
    });
    expect(await heldElsewhere('hashtextextended($1, 0)', 'test:xact')).toBe(false);
  });

  it('a session lock on a bigint key is that number, released after the work, also when it throws', async () => {
    const client = await handle.pool.connect();
    try {
      await withSessionAdvisoryLock(client, MIGRATION_LOCK_KEY, async () => {
        expect(await heldElsewhere('$1::bigint', MIGRATION_LOCK_KEY.toString())).toBe(true);
      });
      expect(await heldElsewhere('$1::bigint', MIGRATION_LOCK_KEY.toString())).toBe(false);
      await expect(withSessionAdvisoryLock(client, 'test:throws', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await heldElsewhere('hashtextextended($1, 0)', 'test:throws')).toBe(false);
    } finally {
      client.release();
    }
  });

  it('a try lock does not run the work while another session holds the key', async () => {
    const client = await handle.pool.connect();
    try {
      await other.query('select pg_advisory_lock(hashtextextended($1, 0))', ['test:try']);
      expect(await trySessionAdvisoryLock(client, 'test:try', async () => 'ran')).toEqual({ locked: false });
      await other.query('select pg_advisory_unlock(hashtextextended($1, 0))', ['test:try']);
      expect(await trySessionAdvisoryLock(client, 'test:try', async () => 'ran')).toEqual({ locked: true, result: 'ran' });
    } finally {
      client.release();
    }
  });

  it("the reference data's key is the one earlier versions took, hashtext('skranke.reference-data')", async () => {
    const { rows } = await other.query<{ key: string }>("select hashtext('skranke.reference-data')::bigint::text as key");
    expect(REFERENCE_DATA_LOCK_KEY.toString()).toBe(rows[0]!.key);
  });
});
