import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, urlOf } from './client.ts';

describe('urlOf', () => {
  it.each([
    ['a path without parameters', urlOf('listFeeTables', undefined), '/api/admin/fee-tables'],
    [
      'path parameters, encoded',
      urlOf('putFeeTable', { params: { product: 'passport', year: 2027 }, body: { scope: 'municipality', approximate: false, rates: [] } }),
      '/api/admin/fee-tables/passport/2027',
    ],
    [
      'a query, absent values left out',
      urlOf('listFeeTables', { query: { year: 2027, product: undefined } }),
      '/api/admin/fee-tables?year=2027',
    ],
    ['an empty query', urlOf('listFeeTables', { query: {} }), '/api/admin/fee-tables'],
  ])('%s', (_, url, expected) => {
    expect(url).toBe(expected);
  });

  it('encodes what it fills into the path', () => {
    expect(
      urlOf('putFeeTable', {
        params: { product: 'a/b?c' as 'passport', year: 2027 },
        body: { scope: 'municipality', approximate: false, rates: [] },
      }),
    ).toBe('/api/admin/fee-tables/a%2Fb%3Fc/2027');
  });

  it('refuses a missing path parameter rather than calling the wrong URL', () => {
    expect(() => urlOf('putFeeTable', { params: {} as never, body: {} as never })).toThrow(/missing path parameter product/);
  });
});

describe('call', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the method and JSON body of the operation with the bearer token', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ id: 't' }), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const body = { scope: 'municipality' as const, approximate: true, rates: [] };
    await call({ accessToken: 'tok', refresh: async () => 'refused' }, 'putFeeTable', {
      params: { product: 'passport', year: 2027 },
      body,
    });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/admin/fee-tables/passport/2027');
    expect(init.method).toBe('PUT');
    expect(JSON.parse(String(init.body))).toEqual(body);
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok');
  });
});
