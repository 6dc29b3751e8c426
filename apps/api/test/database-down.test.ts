import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { databaseUnavailable } from '../src/plugins/problem.ts';
import { expectProblem, TEST_JWT_SECRET } from './helpers.ts';

// While PostgreSQL cannot be reached, every request that needs it answers 503 problem+json with Retry-After (not
// 500), quickly, and the logs name no connection details.
describe('a database that cannot be reached', () => {
  it('answers 503 with Retry-After on every route that needs it', async () => {
    let logs = '';
    const stream = new PassThrough();
    stream.on('data', (chunk) => (logs += chunk.toString()));
    const app = await buildApp({ databaseUrl: 'postgres://nobody:secret-pw@127.0.0.1:1/none', jwtSecret: TEST_JWT_SECRET, logger: stream });
    try {
      const requests = [
        { method: 'POST' as const, url: '/api/auth/login', payload: { username: 'anna', password: 'skranke-demo' } },
        { method: 'POST' as const, url: '/api/auth/refresh', cookies: { skranke_refresh: 'a'.repeat(43) } },
        { method: 'GET' as const, url: '/api/ready' },
      ];
      for (const request of requests) {
        const started = Date.now();
        const response = await app.inject(request);
        const problem = expectProblem(response, 503);
        expect(problem.code, request.url).toBe('database-unavailable');
        expect(response.headers['retry-after'], request.url).toMatch(/^\d+$/);
        expect(Date.now() - started, request.url).toBeLessThan(5000);
      }
      expect(logs).not.toMatch(/secret-pw|nobody/);
    } finally {
      await app.close();
    }
  });

  it.each([
    [{ code: 'ECONNREFUSED' }, true],
    [{ code: '57P01', severity: 'FATAL' }, true],
    [{ code: '08006' }, true],
    [{ code: '57014', severity: 'ERROR' }, true],
    [new Error('timeout exceeded when trying to connect'), true],
    [new Error('Connection terminated unexpectedly'), true],
    [Object.assign(new Error('Failed query: select 1'), { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }), true],
    [new AggregateError([Object.assign(new Error(''), { code: 'ECONNREFUSED' })]), true],
    [{ code: '23505', severity: 'ERROR' }, false],
    [{ code: '22003', severity: 'ERROR' }, false],
    [new Error('something else'), false],
  ])('databaseUnavailable(%o) is %s', (error, expected) => {
    expect(databaseUnavailable(error)).toBe(expected);
  });
});
