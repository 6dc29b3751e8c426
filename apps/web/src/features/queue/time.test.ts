import { describe, expect, it } from 'vitest';
import { formatElapsed, minutesSince } from './time.ts';

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [7, '00:07'],
    [247, '04:07'],
    [3599, '59:59'],
    [3723, '1:02:03'],
    [-5, '00:00'],
  ])('%i s → %s', (seconds, text) => {
    expect(formatElapsed(seconds)).toBe(text);
  });

  it('counts whole minutes since a moment', () => {
    expect(minutesSince('2025-11-24T09:00:00Z', Date.parse('2025-11-24T09:12:59Z'))).toBe(12);
  });
});
