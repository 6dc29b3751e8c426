import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navigation.ts';

describe('navItemsFor', () => {
  it.each([
    ['counter', ['/skranke', '/tider', '/borger', '/henvendelser']],
    ['lead', ['/skranke', '/tider', '/borger', '/henvendelser', '/koeoversigt', '/statistik', '/revision', '/udbakke']],
    ['admin', ['/skranke', '/tider', '/borger', '/henvendelser', '/koeoversigt', '/statistik', '/revision', '/udbakke', '/administration']],
  ] as const)('%s sees %j', (role, paths) => {
    expect(navItemsFor(role).map((item) => item.to)).toEqual(paths);
  });
});
