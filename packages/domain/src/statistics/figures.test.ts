import { describe, expect, it } from 'vitest';
import { histogramMedian, histogramPercentile, serviceLevelMet, serviceLevelShare, ticketFigures, type TicketMeasures } from './figures.ts';

const hist = (values: number[]) => {
  const m = new Map<number, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
};

describe('histogramMedian', () => {
  it.each([
    { values: [], median: null },
    { values: [7], median: 7 },
    { values: [1, 2, 3], median: 2 },
    { values: [4, 1, 3, 2], median: 2.5 },
    { values: [0, 0, 0, 10], median: 0 },
    { values: [5, 5, 6, 6], median: 5.5 },
    { values: [-1, -1, 3], median: 3 },
  ])('$values → $median', ({ values, median }) => {
    expect(histogramMedian(hist(values))).toBe(median);
  });
});

describe('histogramPercentile (nearest rank)', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    { values: ten, p: 90, expected: 9 },
    { values: ten, p: 50, expected: 5 },
    { values: ten, p: 100, expected: 10 },
    { values: ten, p: 10, expected: 1 },
    { values: [...ten, 11], p: 90, expected: 10 },
    { values: [3], p: 90, expected: 3 },
    { values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 40], p: 90, expected: 0 },
    { values: [0, 0, 0, 0, 0, 0, 0, 0, 40, 40], p: 90, expected: 40 },
    { values: [], p: 90, expected: null },
  ])('p$p of $values → $expected', ({ values, p, expected }) => {
    expect(histogramPercentile(hist(values), p)).toBe(expected);
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => histogramPercentile(hist([1]), 0)).toThrow(RangeError);
    expect(() => histogramPercentile(hist([1]), 101)).toThrow(RangeError);
  });
});

describe('serviceLevelShare', () => {
  it.each([
    { values: [0, 5, 14, 15, 30], target: 15, share: 3 / 5 },
    { values: [0, 5, 14, 15, 30], target: 1, share: 1 / 5 },
    { values: [15, 16], target: 15, share: 0 },
    { values: [-1, 2], target: 15, share: 1 },
    { values: [-1], target: 15, share: null },
  ])('$values within $target → $share', ({ values, target, share }) => {
    expect(serviceLevelShare(hist(values), target)).toBe(share);
  });

  it('counts within and called', () => {
    expect(serviceLevelMet(hist([1, 20, -1]), 10)).toEqual({ within: 1, called: 2 });
  });
});

describe('ticketFigures', () => {
  const measures: TicketMeasures = {
    tickets: 5,
    served: 3,
    noShows: 1,
    cancelled: 1,
    called: 4,
    waitSeconds: 4 * 60 * 10 + 30,
    handled: 3,
    handlingSeconds: 3 * 7 * 60,
  };
  it('means in minutes with one decimal, median and p90 of whole minutes, service level from its counts', () => {
    expect(ticketFigures(measures, hist([2, 8, 12, 18]), { within: 3, called: 4 })).toEqual({
      tickets: 5,
      served: 3,
      noShows: 1,
      cancelled: 1,
      waitMeanMinutes: 10.1,
      waitMedianMinutes: 10,
      waitP90Minutes: 18,
      handlingMeanMinutes: 7,
      serviceLevelShare: 0.75,
    });
  });

  it('has nulls where nothing was measured', () => {
    const none = { tickets: 1, served: 0, noShows: 0, cancelled: 1, called: 0, waitSeconds: 0, handled: 0, handlingSeconds: 0 };
    expect(ticketFigures(none, hist([-1]))).toMatchObject({
      waitMeanMinutes: null,
      waitMedianMinutes: null,
      waitP90Minutes: null,
      handlingMeanMinutes: null,
      serviceLevelShare: null,
    });
  });
});
