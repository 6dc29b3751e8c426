import { describe, expect, it } from 'vitest';
import { kronerInput, parseKroner } from './fee-tables.ts';

describe('parseKroner', () => {
  it.each([
    ['1.786,50', 178650],
    ['1786,50', 178650],
    ['1786.5', 178650],
    ['663', 66300],
    ['0', 0],
    [' 150 kr.', 15000],
    ['1,5', 150],
  ])('%s is %i øre', (text, ore) => {
    expect(parseKroner(text)).toBe(ore);
  });

  it.each(['', 'gratis', '-5', '1,234', '12.34.5'])('refuses %j', (text) => {
    expect(parseKroner(text)).toBeNull();
  });

  it('writes øre back as a Dane types it', () => {
    expect(kronerInput(178650)).toBe('1786,50');
    expect(kronerInput(5)).toBe('0,05');
  });
});
