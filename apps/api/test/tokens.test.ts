import { createSigner, type Algorithm } from 'fast-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, login, TEST_JWT_SECRET, type Session, type TestContext } from './helpers.ts';

let ctx: TestContext;
let session: Session;
let claims: Record<string, unknown>;

beforeAll(async () => {
  ctx = await build();
  session = await login(ctx.app, 'anna');
  claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString());
});
afterAll(() => ctx.close());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function sign(payload: Record<string, unknown>, options: { algorithm?: string; key?: string; typ?: string } = {}) {
  const signer = createSigner({
    key: options.key ?? TEST_JWT_SECRET,
    algorithm: (options.algorithm ?? 'HS256') as Algorithm,
    header: { alg: options.algorithm ?? 'HS256', typ: options.typ ?? 'at+jwt' },
  });
  return signer(payload) as string;
}

const me = (token: string) => ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });

describe('access tokens (RFC 8725)', () => {
  it('accepts the genuine token and an equivalent one we sign ourselves', async () => {
    expect((await me(session.accessToken)).statusCode).toBe(200);
    expect((await me(sign(claims))).statusCode).toBe(200);
  });

  it.each([
    ['alg none', () => `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64(claims)}.`],
    ['another algorithm (HS512, same key)', () => sign(claims, { algorithm: 'HS512' })],
    ['a bad signature', () => sign(claims, { key: 'another-secret-that-is-long-enough-0123456789' })],
    [
      'an altered payload',
      () => {
        const [h, , s] = session.accessToken.split('.');
        return `${h}.${b64({ ...claims, sub: '00000000-0000-4000-8002-000000000003' })}.${s}`;
      },
    ],
    ['an expired token', () => sign({ ...claims, iat: now() - 3600, exp: now() - 60 })],
    ['a wrong audience', () => sign({ ...claims, aud: 'someone-else' })],
    ['a wrong issuer', () => sign({ ...claims, iss: 'evil' })],
    ['no expiry', () => sign({ ...Object.fromEntries(Object.entries(claims).filter(([k]) => k !== 'exp')) })],
    ['a different token type', () => sign(claims, { typ: 'JWT' })],
    ['a session that does not exist', () => sign({ ...claims, sid: '00000000-0000-4000-8000-00000000dead' })],
    ['garbage', () => 'not.a.token'],
  ])('refuses %s with 401 problem+json', async (_name, make) => {
    expectProblem(await me(make()), 401);
  });

  it('refuses a request without a token', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/auth/me' }), 401);
  });
});
