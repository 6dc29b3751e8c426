import { describe, expect, it } from 'vitest';
import { addLocalDays, civilDateMs, copenhagenInstant, localDaysBetween } from './local-time.ts';

describe('copenhagenInstant', () => {
  it.each([
    ['winter 09:00 (UTC+1)', '2026-01-15', 9 * 60, '2026-01-15T08:00:00.000Z'],
    ['summer 09:00 (UTC+2)', '2026-07-15', 9 * 60, '2026-07-15T07:00:00.000Z'],
    ['local midnight is the UTC evening before', '2026-01-15', 0, '2026-01-14T23:00:00.000Z'],
    ['1440 is the next local midnight', '2026-01-15', 1440, '2026-01-15T23:00:00.000Z'],
    ['spring-forward day 01:59 (UTC+1)', '2026-03-29', 119, '2026-03-29T00:59:00.000Z'],
    ['spring-forward day 03:00 (UTC+2)', '2026-03-29', 180, '2026-03-29T01:00:00.000Z'],
    ['spring-forward gap 02:30 lands after the gap (03:30)', '2026-03-29', 150, '2026-03-29T01:30:00.000Z'],
    ['spring-forward day 10:00 (UTC+2)', '2026-03-29', 600, '2026-03-29T08:00:00.000Z'],
    ['fall-back day 02:30 twice: the first one (UTC+2)', '2026-10-25', 150, '2026-10-25T00:30:00.000Z'],
    ['fall-back day 03:00 (UTC+1)', '2026-10-25', 180, '2026-10-25T02:00:00.000Z'],
    ['fall-back day 10:00 (UTC+1)', '2026-10-25', 600, '2026-10-25T09:00:00.000Z'],
    ['fall-back day midnight (UTC+2)', '2026-10-25', 0, '2026-10-24T22:00:00.000Z'],
    ['day after fall back, midnight (UTC+1)', '2026-10-26', 0, '2026-10-25T23:00:00.000Z'],
    ['fraction of a minute', '2026-01-15', 570.5, '2026-01-15T08:30:30.000Z'],
  ])('%s: %s %s → %s', (_label, date, minutes, expected) => {
    expect(copenhagenInstant(date, minutes).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-02-30', 600],
    ['2026-1-5', 600],
    ['2026-01-15', -1],
    ['2026-01-15', 1441],
    ['2026-01-15', Number.NaN],
  ])('rejects %s %s', (date, minutes) => {
    expect(() => copenhagenInstant(date, minutes)).toThrow(RangeError);
  });
});

describe('civil dates', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 366, '2027-01-02'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addLocalDays(date, days)).toBe(expected);
    expect(localDaysBetween(date, expected)).toBe(days);
  });

  it('knows real dates', () => {
    expect(civilDateMs('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(civilDateMs('2026-02-29')).toBeNull();
    expect(civilDateMs('26-02-01')).toBeNull();
    expect(() => addLocalDays('nope', 1)).toThrow(RangeError);
    expect(() => localDaysBetween('2026-01-01', 'nope')).toThrow(RangeError);
  });
});
