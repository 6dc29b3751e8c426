import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navigation.ts';

describe('navItemsFor', () => {
  it.each([
    ['counter', ['/skranke']],
    ['lead', ['/skranke', '/koeoversigt', '/statistik']],
    ['admin', ['/skranke', '/koeoversigt', '/statistik', '/administration']],
  ] as const)('%s sees %j', (role, paths) => {
    expect(navItemsFor(role).map((item) => item.to)).toEqual(paths);
  });
});
