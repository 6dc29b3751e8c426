import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkPeriod,
  compareWithAverage,
  copenhagenDayAndHour,
  daysBetweenInclusive,
  periodChunks,
  sameWeekdaysBefore,
  splitPeriod,
  weekdayOf,
} from './calendar.ts';

describe('weekdayOf', () => {
  it.each([
    { day: '2026-11-23', weekday: 1 },
    { day: '2026-11-22', weekday: 7 },
    { day: '2024-02-29', weekday: 4 },
    { day: '2026-03-29', weekday: 7 },
  ])('$day is weekday $weekday', ({ day, weekday }) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('refuses a date that does not exist', () => {
    expect(() => weekdayOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('copenhagenDayAndHour', () => {
  it.each([
    // Winter time: UTC+1.
    { at: '2026-01-15T08:59:00Z', day: '2026-01-15', hour: 9 },
    // Summer time: UTC+2.
    { at: '2026-07-15T08:59:00Z', day: '2026-07-15', hour: 10 },
    // Just after local midnight belongs to the next day.
    { at: '2026-07-15T22:30:00Z', day: '2026-07-16', hour: 0 },
    // The autumn change: 02:30 local happens twice; both are hour 2.
    { at: '2026-10-25T00:30:00Z', day: '2026-10-25', hour: 2 },
    { at: '2026-10-25T01:30:00Z', day: '2026-10-25', hour: 2 },
    // The spring change: local clocks jump from 02:00 to 03:00.
    { at: '2026-03-29T01:00:00Z', day: '2026-03-29', hour: 3 },
  ])('$at → $day hour $hour', ({ at, day, hour }) => {
    expect(copenhagenDayAndHour(new Date(at))).toMatchObject({ day, hour });
  });
});

describe('period arithmetic', () => {
  it('adds days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(daysBetweenInclusive('2026-01-01', '2026-12-31')).toBe(365);
  });

  it('lists the same weekdays before a day, nearest first', () => {
    expect(sameWeekdaysBefore('2026-11-23', 3)).toEqual(['2026-11-16', '2026-11-09', '2026-11-02']);
  });

  it.each([
    { from: '2026-01-01', to: '2026-01-01', problem: null },
    { from: '2026-01-02', to: '2026-01-01', problem: 'from-after-to' },
    { from: '2023-01-01', to: '2025-12-31', problem: null },
    { from: '2022-01-01', to: '2025-12-31', problem: 'too-long' },
  ])('period $from–$to: $problem', ({ from, to, problem }) => {
    expect(checkPeriod(from, to)).toBe(problem);
  });

  it('splits a period into chunks', () => {
    expect(periodChunks('2026-01-30', '2026-02-05', 3)).toEqual([
      { from: '2026-01-30', to: '2026-02-01' },
      { from: '2026-02-02', to: '2026-02-04' },
      { from: '2026-02-05', to: '2026-02-05' },
    ]);
  });
});

describe('compareWithAverage', () => {
  it.each([
    { today: 120, earlier: [100, 80, null, 120], average: 100, difference: 0.2, basedOnDays: 3 },
    { today: 50, earlier: [100], average: 100, difference: -0.5, basedOnDays: 1 },
    { today: 5, earlier: [null, null], average: null, difference: null, basedOnDays: 0 },
    { today: null, earlier: [4, 6], average: 5, difference: null, basedOnDays: 2 },
    { today: 3, earlier: [0, 0], average: 0, difference: null, basedOnDays: 2 },
  ])('$today vs $earlier', ({ today, earlier, ...expected }) => {
    expect(compareWithAverage(today, earlier)).toEqual(expected);
  });
});

describe('splitPeriod', () => {
  it.each([
    { from: '2026-01-01', to: '2026-01-31', months: { from: '2026-01-01', to: '2026-01-01' }, days: [] },
    {
      from: '2026-01-15',
      to: '2026-03-10',
      months: { from: '2026-02-01', to: '2026-02-01' },
      days: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-03-01', to: '2026-03-10' },
      ],
    },
    { from: '2026-01-15', to: '2026-02-10', months: null, days: [{ from: '2026-01-15', to: '2026-02-10' }] },
    { from: '2026-01-02', to: '2026-01-30', months: null, days: [{ from: '2026-01-02', to: '2026-01-30' }] },
    {
      from: '2023-11-22',
      to: '2026-11-21',
      months: { from: '2023-12-01', to: '2026-10-01' },
      days: [
        { from: '2023-11-22', to: '2023-11-30' },
        { from: '2026-11-01', to: '2026-11-21' },
      ],
    },
    { from: '2024-02-01', to: '2024-02-29', months: { from: '2024-02-01', to: '2024-02-01' }, days: [] },
    { from: '2025-12-01', to: '2026-01-31', months: { from: '2025-12-01', to: '2026-01-01' }, days: [] },
    { from: '2026-03-05', to: '2026-03-05', months: null, days: [{ from: '2026-03-05', to: '2026-03-05' }] },
  ])('$from – $to', ({ from, to, months, days }) => {
    expect(splitPeriod(from, to)).toEqual({ months, days });
  });
});
