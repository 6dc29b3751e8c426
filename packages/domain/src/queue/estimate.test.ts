import { describe, expect, it } from 'vitest';
import { averageHandlingMinutes, estimateWaitMinutes, trafficLight, type TrafficLight } from './estimate.ts';

describe('estimateWaitMinutes', () => {
  it.each([
    // position, counters, average, expected
    [1, 1, 8, 0],
    [1, 3, 8, 0],
    [2, 1, 8, 8],
    [3, 1, 8, 16],
    [2, 2, 8, 8],
    [3, 2, 8, 8],
    [4, 2, 8, 16],
    [5, 2, 8, 16],
    [10, 3, 6, 18],
    [11, 3, 6, 24],
    [2, 1, 7.4, 7],
    [2, 1, 7.5, 8],
    [4, 1, 7.4, 22],
    [5, 4, 0, 0],
  ])('position %i, %i counters, %s min each → %i min', (position, staffedCounters, average, expected) => {
    expect(estimateWaitMinutes({ position, staffedCounters, averageHandlingMinutes: average })).toBe(expected);
  });

  it.each([1, 5])('position %i with no staffed counter is unknown', (position) => {
    expect(estimateWaitMinutes({ position, staffedCounters: 0, averageHandlingMinutes: 8 })).toBeNull();
  });

  it.each([
    [0, 1, 8],
    [-1, 1, 8],
    [1.5, 1, 8],
    [2, -1, 8],
    [2, 1.5, 8],
    [2, 1, -1],
    [2, 1, Number.NaN],
    [2, 1, Number.POSITIVE_INFINITY],
  ])('rejects position %s, %s counters, %s min', (position, staffedCounters, average) => {
    expect(() => estimateWaitMinutes({ position, staffedCounters, averageHandlingMinutes: average })).toThrow(RangeError);
  });
});

describe('averageHandlingMinutes', () => {
  it.each<[string, number[], number, number | undefined, number]>([
    ['no history: expected', [], 10, undefined, 10],
    ['four samples: still expected', [4, 4, 4, 4], 10, undefined, 10],
    ['five samples: their mean', [4, 6, 8, 10, 12], 10, undefined, 8],
    ['many samples', [5, 5, 5, 5, 5, 5, 5, 5, 5, 15], 10, undefined, 6],
    ['fractional mean is kept', [1, 2, 2, 2, 2], 10, undefined, 1.8],
    ['custom minimum met', [3, 5], 10, 2, 4],
    ['custom minimum not met', [3, 5], 10, 3, 10],
    ['minimum of 1', [7], 10, 1, 7],
  ])('%s', (_label, durations, expected, minSamples, result) => {
    expect(averageHandlingMinutes(durations, expected, minSamples)).toBeCloseTo(result, 10);
  });

  it.each<[number[], number, number]>([
    [[1, 2, 3, 4, -1], 10, 5],
    [[1, 2, 3, 4, Number.NaN], 10, 5],
    [[], -1, 5],
    [[], 10, 0],
    [[], 10, 2.5],
  ])('rejects %j with expected %s and minimum %s', (durations, expected, minSamples) => {
    expect(() => averageHandlingMinutes(durations, expected, minSamples)).toThrow(RangeError);
  });
});

describe('trafficLight', () => {
  const thresholds = { yellowMinutes: 15, redMinutes: 30 };
  it.each<[number, TrafficLight]>([
    [0, 'green'],
    [14.9, 'green'],
    [15, 'yellow'],
    [29, 'yellow'],
    [30, 'red'],
    [240, 'red'],
    [Number.POSITIVE_INFINITY, 'red'],
  ])('%s min → %s', (longest, expected) => {
    expect(trafficLight(longest, thresholds)).toBe(expected);
  });

  it('yellow and red may coincide: no yellow band', () => {
    expect(trafficLight(20, { yellowMinutes: 20, redMinutes: 20 })).toBe('red');
    expect(trafficLight(19, { yellowMinutes: 20, redMinutes: 20 })).toBe('green');
  });

  it.each([
    [10, { yellowMinutes: 30, redMinutes: 15 }],
    [10, { yellowMinutes: -1, redMinutes: 15 }],
    [10, { yellowMinutes: Number.NaN, redMinutes: 15 }],
    [10, { yellowMinutes: 5, redMinutes: Number.POSITIVE_INFINITY }],
    [Number.NaN, { yellowMinutes: 5, redMinutes: 15 }],
  ])('rejects %s with %j', (longest, bad) => {
    expect(() => trafficLight(longest, bad)).toThrow(RangeError);
  });
});
