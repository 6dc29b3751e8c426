import { describe, expect, it } from 'vitest';
import { copenhagenClock, type LocalClock } from './clock.ts';

describe('copenhagenClock', () => {
  it.each<[string, string, LocalClock]>([
    ['winter, UTC+1', '2025-01-15T08:30:00Z', { date: '2025-01-15', weekday: 3, minutesOfDay: 9 * 60 + 30 }],
    ['summer, UTC+2', '2025-07-15T08:30:00Z', { date: '2025-07-15', weekday: 2, minutesOfDay: 10 * 60 + 30 }],
    ['seconds as a fraction', '2025-01-15T08:30:30Z', { date: '2025-01-15', weekday: 3, minutesOfDay: 570.5 }],
    ['local midnight is minute 0', '2025-01-18T23:00:00Z', { date: '2025-01-19', weekday: 7, minutesOfDay: 0 }],
    ['Sunday late evening', '2025-01-19T22:59:00Z', { date: '2025-01-19', weekday: 7, minutesOfDay: 23 * 60 + 59 }],
    ['spring forward: 02:00 becomes 03:00', '2025-03-30T01:00:00Z', { date: '2025-03-30', weekday: 7, minutesOfDay: 180 }],
    ['fall back: first 02:30', '2025-10-26T00:30:00Z', { date: '2025-10-26', weekday: 7, minutesOfDay: 150 }],
    ['fall back: second 02:30', '2025-10-26T01:30:00Z', { date: '2025-10-26', weekday: 7, minutesOfDay: 150 }],
  ])('%s (%s)', (_label, iso, expected) => {
    expect(copenhagenClock(new Date(iso))).toEqual(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => copenhagenClock(new Date('nonsense'))).toThrow(RangeError);
  });
});
