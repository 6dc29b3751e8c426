import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password.ts';

describe('checkNewPassword', () => {
  it.each([
    ['kort', 'anna', ['too-short']],
    ['elleve-tegn', 'anna', ['too-short']],
    ['tolv-tegn-ok', 'anna', []],
    ['æøåæøåæøåæøå', 'anna', []],
    ['æøåæøåæøåæø', 'anna', ['too-short']],
    ['anna.hansen.1', 'anna.hansen.1', ['same-as-username']],
    ['x'.repeat(257), 'anna', ['too-long']],
  ])('%s for %s → %j', (password, username, expected) => {
    expect(checkNewPassword(password, username)).toEqual(expected);
  });
});
