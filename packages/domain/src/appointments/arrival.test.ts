import { describe, expect, it } from 'vitest';
import {
  appointmentCallKey,
  appointmentEntersQueueAt,
  classifyArrival,
  DEFAULT_EARLY_MINUTES,
  DEFAULT_IDLE_EARLY_CALL_MINUTES,
  idleCallableFrom,
  isNoShow,
  type ArrivalKind,
} from './arrival.ts';

// Tuesday 8 December 2026, winter (UTC+1): a time booked at 10:30 local.
const local = (hhmm: string, day = '2026-12-08') => new Date(`${day}T${hhmm}:00+01:00`);
const START = local('10:30');

describe('classifyArrival', () => {
  it.each<[string, Date, number, number | undefined, 'walk_in' | 'refuse', ArrivalKind]>([
    ['at the booked time', local('10:30'), 5, undefined, 'walk_in', 'on_time'],
    ['30 minutes early (default): on time', local('10:00'), 5, undefined, 'walk_in', 'on_time'],
    ['31 minutes early: early', local('09:59'), 5, undefined, 'walk_in', 'early'],
    ['at opening, two hours early: early', local('08:30'), 5, undefined, 'refuse', 'early'],
    ['just after local midnight the same day: early', local('00:01'), 5, undefined, 'walk_in', 'early'],
    ['early window 10: 15 minutes early is early', local('10:15'), 5, 10, 'walk_in', 'early'],
    ['early window 0: one minute early is early', local('10:29'), 5, 0, 'walk_in', 'early'],
    ['at the end of the grace: on time', local('10:35'), 5, undefined, 'refuse', 'on_time'],
    ['a second after the grace, walk-in policy', new Date(local('10:35').getTime() + 1000), 5, undefined, 'walk_in', 'late_walk_in'],
    ['a second after the grace, refuse policy', new Date(local('10:35').getTime() + 1000), 5, undefined, 'refuse', 'late_refused'],
    ['grace 0: a minute late', local('10:31'), 0, undefined, 'walk_in', 'late_walk_in'],
    ['late in the afternoon', local('14:00'), 15, undefined, 'refuse', 'late_refused'],
    ['the day before', local('10:30', '2026-12-07'), 5, undefined, 'walk_in', 'wrong_day'],
    ['the day after', local('10:00', '2026-12-09'), 5, undefined, 'walk_in', 'wrong_day'],
    ['23:30 UTC the same UTC date is the next local day', new Date('2026-12-08T23:30:00Z'), 5, undefined, 'walk_in', 'wrong_day'],
  ])('%s', (_label, now, graceMinutes, earlyMinutes, latePolicy, expected) => {
    expect(classifyArrival({ startsAt: START, now, graceMinutes, earlyMinutes, latePolicy })).toBe(expected);
  });

  it('summer time: the local day is Copenhagen, not UTC', () => {
    const startsAt = new Date('2026-07-01T07:00:00Z'); // 09:00 local
    expect(classifyArrival({ startsAt, now: new Date('2026-06-30T22:30:00Z'), graceMinutes: 5, latePolicy: 'walk_in' })).toBe('early');
    expect(classifyArrival({ startsAt, now: new Date('2026-06-30T21:30:00Z'), graceMinutes: 5, latePolicy: 'walk_in' })).toBe('wrong_day');
  });

  it('defaults the early window to 30 minutes', () => expect(DEFAULT_EARLY_MINUTES).toBe(30));

  it.each([
    ['negative grace', { graceMinutes: -1 }],
    ['NaN grace', { graceMinutes: Number.NaN }],
    ['negative early window', { earlyMinutes: -5 }],
    ['invalid now', { now: new Date('x') }],
  ])('refuses %s', (_label, overrides) => {
    expect(() => classifyArrival({ startsAt: START, now: START, graceMinutes: 5, latePolicy: 'walk_in', ...overrides })).toThrow(
      RangeError,
    );
  });
});

describe('appointmentCallKey', () => {
  it.each([
    ['early check-in waits for the time', '10:05', 10, 15, '10:20'],
    ['check-in at the time', '10:30', 10, 15, '10:20'],
    ['late within the grace: from the check-in', '10:33', 10, 15, '10:23'],
    ['head start above H is clamped', '10:00', 60, 15, '10:15'],
    ['negative head start is clamped to 0', '10:00', -5, 15, '10:30'],
    ['head start 0: just the time', '10:10', 0, 15, '10:30'],
    ['H = 0: no head start at all', '10:10', 10, 0, '10:30'],
  ])('%s: check-in %s, head start %s, H %s → key %s', (_label, checkIn, headStart, bound, expected) => {
    expect(appointmentCallKey(START, local(checkIn), headStart, bound).toISOString()).toBe(local(expected).toISOString());
  });

  it('enters the queue at max(check-in, time)', () => {
    expect(appointmentEntersQueueAt(START, local('10:05'))).toEqual(START);
    expect(appointmentEntersQueueAt(START, local('10:40'))).toEqual(local('10:40'));
  });

  it('refuses a NaN head start or an invalid bound', () => {
    expect(() => appointmentCallKey(START, START, Number.NaN, 15)).toThrow(RangeError);
    expect(() => appointmentCallKey(START, START, 5, -1)).toThrow(RangeError);
  });
});

describe('idleCallableFrom', () => {
  it.each<[string, string, number | undefined, string]>([
    ['checked in 15 minutes early: 3 minutes before the time (default)', '10:15', undefined, '10:27'],
    ['checked in 1 minute early: at check-in', '10:29', undefined, '10:29'],
    ['checked in late: at check-in', '10:33', undefined, '10:33'],
    ['window 0: at the time', '10:00', 0, '10:30'],
    ['window 10', '10:00', 10, '10:20'],
  ])('%s', (_label, checkIn, window, expected) => {
    expect(idleCallableFrom(START, local(checkIn), window)).toEqual(local(expected));
  });

  it('defaults to 3 minutes, within the fairness bound', () => expect(DEFAULT_IDLE_EARLY_CALL_MINUTES).toBe(3));

  it('refuses a negative window', () => expect(() => idleCallableFrom(START, START, -1)).toThrow(RangeError));
});

describe('isNoShow', () => {
  it.each([
    ['before the time', '10:00', 10, false],
    ['at the time', '10:30', 10, false],
    ['at the end of the grace: not yet', '10:40', 10, false],
    ['a minute after the grace', '10:41', 10, true],
    ['grace 0, a minute late', '10:31', 0, true],
    ['grace 0, at the time', '10:30', 0, false],
  ])('%s (%s, grace %i): %s', (_label, now, grace, expected) => {
    expect(isNoShow(START, local(now), grace)).toBe(expected);
  });

  it('a millisecond after the grace counts', () => {
    expect(isNoShow(START, new Date(local('10:40').getTime() + 1), 10)).toBe(true);
  });

  it('refuses a negative grace', () => expect(() => isNoShow(START, START, -1)).toThrow(RangeError));
});
