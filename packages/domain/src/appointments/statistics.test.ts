import { describe, expect, it } from 'vitest';
import type { AppointmentSlot } from './slots.ts';
import {
  checkAppointmentPeriod,
  leadTimeDays,
  leadTimeWorkingDays,
  noShowRate,
  offeredSeats,
  punctualityMinutes,
  punctualitySummary,
  slotUtilisation,
} from './statistics.ts';

describe('punctualitySummary', () => {
  it.each<[string, number[], ReturnType<typeof punctualitySummary>]>([
    ['empty', [], { median: null, p90: null, p90Absolute: null, count: 0 }],
    ['one value', [3], { median: 3, p90: 3, p90Absolute: 3, count: 1 }],
    ['odd count', [5, -1, 2], { median: 2, p90: 5, p90Absolute: 5, count: 3 }],
    ['even count: mean of the middle two', [-2, 0, 1, 4], { median: 0.5, p90: 4, p90Absolute: 4, count: 4 }],
    ['called early counts as far off', [-9, 0, 1, 1, 2], { median: 1, p90: 2, p90Absolute: 9, count: 5 }],
    ['ten values: p90 is the ninth', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { median: 4.5, p90: 8, p90Absolute: 8, count: 10 }],
    ['eleven values: p90 is the tenth', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { median: 5, p90: 9, p90Absolute: 9, count: 11 }],
    ['fractions', [0.5, -0.25, 1.75], { median: 0.5, p90: 1.75, p90Absolute: 1.75, count: 3 }],
  ])('%s', (_label, minutes, expected) => {
    expect(punctualitySummary(minutes)).toEqual(expected);
  });

  it('leaves the input as it is', () => {
    const minutes = [3, 1, 2];
    punctualitySummary(minutes);
    expect(minutes).toEqual([3, 1, 2]);
  });

  it('refuses NaN and infinities', () => {
    expect(() => punctualitySummary([1, Number.NaN])).toThrow(RangeError);
    expect(() => punctualitySummary([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('noShowRate', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [20, 0, 0],
    [20, 1, 0.05],
    [3, 3, 1],
  ])('%i booked, %i no-shows → %s', (booked, noShows, expected) => {
    expect(noShowRate(booked, noShows)).toBe(expected);
  });

  it.each([
    [2, 3],
    [-1, 0],
    [5, -1],
    [5.5, 1],
    [Number.NaN, 0],
  ])('refuses %s booked, %s no-shows', (booked, noShows) => {
    expect(() => noShowRate(booked, noShows)).toThrow(RangeError);
  });
});

describe('leadTimeDays', () => {
  // Monday 7 December 2026, 10:00 local (UTC+1).
  const NOW = new Date('2026-12-07T09:00:00Z');
  const slot = (iso: string, seats = 1): AppointmentSlot => ({
    startsAt: new Date(iso),
    endsAt: new Date(new Date(iso).getTime() + 15 * 60_000),
    seats,
  });
  it.each<[string, AppointmentSlot[], number | null]>([
    ['no slots', [], null],
    ['a free time later today', [slot('2026-12-07T13:00:00Z')], 0],
    ['the first free time on Wednesday', [slot('2026-12-09T09:00:00Z'), slot('2026-12-08T09:00:00Z', 0)], 2],
    ['unsorted input', [slot('2026-12-17T09:00:00Z'), slot('2026-12-10T09:00:00Z'), slot('2026-12-14T09:00:00Z')], 3],
    ['a time that has started is not free', [slot('2026-12-07T08:45:00Z'), slot('2026-12-08T08:00:00Z')], 1],
    ['nothing with a seat left', [slot('2026-12-08T09:00:00Z', 0)], null],
    ['23:30 UTC Monday is Tuesday in Copenhagen', [slot('2026-12-07T23:30:00Z')], 1],
    ['three weeks ahead', [slot('2026-12-28T09:00:00Z')], 21],
  ])('%s → %s', (_label, slots, expected) => {
    expect(leadTimeDays(slots, NOW)).toBe(expected);
  });
});

describe('leadTimeWorkingDays', () => {
  const NOW = new Date('2026-12-07T09:00:00Z'); // Monday 7 December 2026, 10:00 local
  const at = (iso: string): AppointmentSlot[] => [
    { startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 900_000), seats: 1 },
  ];
  it.each<[string, AppointmentSlot[], string[], number | null]>([
    ['free today', at('2026-12-07T13:00:00Z'), [], 0],
    ['free tomorrow', at('2026-12-08T09:00:00Z'), [], 1],
    ['next Monday: five working days', at('2026-12-14T09:00:00Z'), [], 5],
    ['a Saturday (the bus): the weekend does not count', at('2026-12-12T09:00:00Z'), [], 4],
    ['over Christmas: the closed days do not count', at('2026-12-28T09:00:00Z'), ['2026-12-24', '2026-12-25'], 13],
    ['nothing free', [], [], null],
  ])('%s → %s', (_label, slots, closedDates, expected) => {
    expect(leadTimeWorkingDays(slots, NOW, closedDates)).toBe(expected);
  });
});

describe('checkAppointmentPeriod', () => {
  it.each<[string, string, ReturnType<typeof checkAppointmentPeriod>]>([
    ['2027-03-01', '2027-03-01', null],
    ['2027-01-01', '2027-12-31', null],
    ['2028-01-01', '2028-12-31', null], // a leap year: 366 days
    ['2027-01-01', '2028-01-01', null], // 366 days
    ['2027-01-01', '2028-01-02', 'too-long'],
    ['2027-03-02', '2027-03-01', 'from-after-to'],
  ])('%s – %s → %s', (from, to, expected) => {
    expect(checkAppointmentPeriod(from, to)).toBe(expected);
  });
});

describe('punctualityMinutes', () => {
  const booked = new Date('2027-03-01T09:30:00Z');
  it.each<[string, number]>([
    ['2027-03-01T09:30:00Z', 0],
    ['2027-03-01T09:32:30Z', 2.5],
    ['2027-03-01T09:28:00Z', -2],
    ['2027-03-01T10:30:00Z', 60],
  ])('called %s → %s', (called, expected) => {
    expect(punctualityMinutes(booked, new Date(called))).toBe(expected);
  });

  it('refuses an invalid time', () => {
    expect(() => punctualityMinutes(booked, new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('slotUtilisation', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [3, 0, null],
    [0, 12, 0],
    [9, 12, 0.75],
    [12, 12, 1],
    [13, 12, 13 / 12], // booked before the plan was cut back
  ])('%i booked of %i offered → %s', (booked, offered, expected) => {
    expect(slotUtilisation(booked, offered)).toBe(expected);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => slotUtilisation(-1, 3)).toThrow(RangeError);
    expect(() => slotUtilisation(1.5, 3)).toThrow(RangeError);
  });
});

describe('offeredSeats', () => {
  const slot = (hhmm: string): AppointmentSlot => ({
    startsAt: new Date(`2027-03-01T${hhmm}:00Z`),
    endsAt: new Date(`2027-03-01T${hhmm}:15Z`),
    seats: 1,
  });
  it.each<[number, number, number]>([
    [0, 3, 0],
    [4, 3, 12],
    [28, 1, 28],
  ])('%i times at capacity %i → %i seats', (times, capacity, expected) => {
    const slots = Array.from({ length: times }, () => slot('09'));
    expect(offeredSeats(slots, capacity)).toBe(expected);
  });

  it('counts the full capacity even where akuttider are held back (seats below capacity)', () => {
    expect(offeredSeats([{ ...slot('09'), seats: 2 }], 3)).toBe(3);
  });
});
