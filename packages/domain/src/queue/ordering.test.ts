import { describe, expect, it } from 'vitest';
import {
  callKey,
  clampHeadStart,
  compareForCalling,
  DEFAULT_FAIRNESS_BOUND_MINUTES,
  orderForCalling,
  type QueueCandidate,
} from './ordering.ts';

const at = (hhmm: string) => new Date(`2025-01-15T${hhmm}:00Z`);
const ticket = (id: string, hhmm: string, headStartMinutes = 0): QueueCandidate => ({
  id,
  arrivedAt: at(hhmm),
  headStartMinutes,
});

describe('clampHeadStart', () => {
  it.each([
    [10, 15, 10],
    [15, 15, 15],
    [20, 15, 15],
    [-5, 15, 0],
    [0, 15, 0],
    [7.5, 15, 7.5],
    [30, 30, 30],
    [5, 0, 0],
    [Number.POSITIVE_INFINITY, 15, 15],
  ])('%s within [0, %s] → %s', (minutes, bound, expected) => {
    expect(clampHeadStart(minutes, bound)).toBe(expected);
  });

  it('defaults the bound to 15 minutes', () => {
    expect(DEFAULT_FAIRNESS_BOUND_MINUTES).toBe(15);
    expect(clampHeadStart(60)).toBe(15);
  });

  it.each([
    [Number.NaN, 15],
    [5, -1],
    [5, Number.NaN],
    [5, Number.POSITIVE_INFINITY],
  ])('rejects %s with bound %s', (minutes, bound) => {
    expect(() => clampHeadStart(minutes, bound)).toThrow(RangeError);
  });
});

describe('callKey', () => {
  it.each([
    ['2025-01-15T10:00:00Z', 0, '2025-01-15T10:00:00.000Z'],
    ['2025-01-15T10:00:00Z', 15, '2025-01-15T09:45:00.000Z'],
    ['2025-01-15T10:00:00Z', 1.5, '2025-01-15T09:58:30.000Z'],
    ['2025-01-15T00:05:00Z', 10, '2025-01-14T23:55:00.000Z'],
  ])('%s with head start %s → %s', (arrival, headStart, expected) => {
    expect(callKey(new Date(arrival), headStart).toISOString()).toBe(expected);
  });
});

describe('orderForCalling', () => {
  it.each<[string, QueueCandidate[], string[]]>([
    ['empty queue', [], []],
    ['walk-ins in arrival order', [ticket('b', '10:05'), ticket('a', '10:00'), ticket('c', '10:10')], ['a', 'b', 'c']],
    ['priority within the head start', [ticket('walk', '10:00'), ticket('prio', '10:10', 15)], ['prio', 'walk']],
    ['priority beyond the head start', [ticket('walk', '10:00'), ticket('prio', '10:20', 15)], ['walk', 'prio']],
    ['equal keys: earlier arrival first', [ticket('prio', '10:15', 15), ticket('walk', '10:00')], ['walk', 'prio']],
    ['equal keys and arrivals: id decides', [ticket('b', '10:00'), ticket('a', '10:00')], ['a', 'b']],
    ['ids by code unit, not locale', [ticket('b', '10:00'), ticket('B', '10:00'), ticket('a', '10:00')], ['B', 'a', 'b']],
    [
      'a mix of classes',
      [ticket('w1', '09:00'), ticket('p1', '09:05', 10), ticket('w2', '09:06'), ticket('p2', '09:20', 15), ticket('w3', '09:07')],
      ['p1', 'w1', 'p2', 'w2', 'w3'],
    ],
  ])('%s', (_label, tickets, expectedIds) => {
    expect(orderForCalling(tickets).map((t) => t.id)).toEqual(expectedIds);
  });

  it('keeps extra fields and leaves the input untouched', () => {
    const input = [
      { ...ticket('late', '10:05'), number: 'A002' },
      { ...ticket('early', '10:00'), number: 'A001' },
    ];
    const ordered = orderForCalling(input);
    expect(ordered.map((t) => t.number)).toEqual(['A001', 'A002']);
    expect(input.map((t) => t.id)).toEqual(['late', 'early']);
  });

  it('agrees with compareForCalling', () => {
    expect(compareForCalling(ticket('a', '10:00'), ticket('b', '10:01'))).toBeLessThan(0);
    expect(compareForCalling(ticket('a', '10:00'), ticket('a', '10:00'))).toBe(0);
  });
});
