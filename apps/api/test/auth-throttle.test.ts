import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES, MAX_FAILURES_PER_USERNAME } from '../src/modules/auth/auth.service.ts';
import { build, expectProblem, type TestContext } from './helpers.ts';

// Failed sign-ins are counted per username and address, with a ceiling per username across all addresses.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await build();
});
afterAll(() => ctx.close());

const signIn = (username: string, password: string, remoteAddress: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

describe('sign-in throttling', () => {
  it('failures from one address do not lock the user out from another', async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn('anna', `wrong-${i}`, '10.9.0.1')).statusCode).toBe(401);
    expect(expectProblem(await signIn('anna', 'skranke-demo', '10.9.0.1'), 429).code).toBe('login-throttled');
    // Anna at her own counter still gets in.
    expect((await signIn('anna', 'skranke-demo', '10.9.0.2')).statusCode).toBe(200);
    // and her success there does not forgive the other address.
    expect((await signIn('anna', 'skranke-demo', '10.9.0.1')).statusCode).toBe(429);
  });

  it('a guessing attack spread over many addresses meets the ceiling per username', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) {
      expect((await signIn('lars', `wrong-${i}`, `10.8.${Math.floor(i / 4)}.${i % 4}`)).statusCode).toBe(401);
    }
    const blocked = await signIn('lars', 'skranke-demo', '10.7.0.1');
    expect(expectProblem(blocked, 429).code).toBe('login-throttled');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another user is not affected.
    expect((await signIn('admin', 'skranke-demo', '10.7.0.1')).statusCode).toBe(200);
  });
});
