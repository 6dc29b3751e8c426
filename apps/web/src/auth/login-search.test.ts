import { describe, expect, it } from 'vitest';
import { isSafeRedirect, parseLoginSearch } from './login-search.ts';

describe('isSafeRedirect', () => {
  it.each([
    ['/skranke', true],
    ['/administration?tab=users', true],
    ['/', true],
    ['//evil.example/skranke', false],
    ['/\\evil.example', false],
    ['https://evil.example/', false],
    ['javascript:alert(1)', false],
    ['skranke', false],
    ['/login?redirect=/x', false],
    [42, false],
  ])('%j → %s', (value, safe) => {
    expect(isSafeRedirect(value)).toBe(safe);
  });
});

describe('parseLoginSearch', () => {
  it('keeps known reasons and safe redirects, drops the rest', () => {
    expect(parseLoginSearch({ reason: 'expired', redirect: '/statistik' })).toEqual({
      reason: 'expired',
      redirect: '/statistik',
    });
    expect(parseLoginSearch({ reason: 'hacked', redirect: 'https://evil.example', extra: 1 })).toEqual({});
  });
});
