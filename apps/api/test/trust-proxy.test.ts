import { schema } from '@skranke/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvConfig } from '../src/env-config.ts';
import { build, type TestContext } from './helpers.ts';

/**
 * SKRANKE_TRUST_PROXY as the proxy's address (docker-compose.yml): X-Forwarded-For counts only when the request
 * comes from that address. A client talking to the API directly cannot pick the address its failed sign-ins are
 * throttled under.
 */
const PROXY = '172.28.0.10';
let ctx: TestContext;

beforeAll(async () => {
  ctx = await build({ trustProxy: parseEnvConfig({ SKRANKE_TRUST_PROXY: PROXY }, '/').trustProxy });
});
afterAll(() => ctx.close());

async function failedSignInFrom(remoteAddress: string, username: string) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    headers: { 'x-forwarded-for': '203.0.113.7' },
    payload: { username, password: 'not-the-password' },
  });
  expect(response.statusCode).toBe(401);
  const rows = await ctx.owner
    .select({ ip: schema.loginFailures.ip })
    .from(schema.loginFailures)
    .where(eq(schema.loginFailures.usernameKey, username));
  return rows.map((r) => r.ip);
}

describe('SKRANKE_TRUST_PROXY with the proxy address', () => {
  it('takes the client address from X-Forwarded-For when the proxy sends the request', async () => {
    expect(await failedSignInFrom(PROXY, 'anna')).toEqual(['203.0.113.7']);
  });

  it('ignores X-Forwarded-For from anyone else', async () => {
    expect(await failedSignInFrom('198.51.100.4', 'lars')).toEqual(['198.51.100.4']);
  });
});
