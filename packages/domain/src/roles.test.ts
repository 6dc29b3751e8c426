import { describe, expect, it } from 'vitest';
import { roleAtLeast, type Role } from './roles.ts';

describe('roleAtLeast', () => {
  const cases: Array<[Role, Role, boolean]> = [
    ['counter', 'counter', true],
    ['counter', 'lead', false],
    ['counter', 'admin', false],
    ['lead', 'counter', true],
    ['lead', 'lead', true],
    ['lead', 'admin', false],
    ['admin', 'counter', true],
    ['admin', 'lead', true],
    ['admin', 'admin', true],
  ];
  it.each(cases)('%s meets %s: %s', (role, required, expected) => {
    expect(roleAtLeast(role, required)).toBe(expected);
  });
});
