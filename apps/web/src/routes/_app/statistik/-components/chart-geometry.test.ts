import { describe, expect, it } from 'vitest';
import { bands, groupedBars, labelEvery, scale, valueAxis } from './chart-geometry.ts';

describe('valueAxis', () => {
  it.each([
    // largest value, options, expected step, top, ticks
    { maxValue: 20, options: {}, step: 5, max: 20, ticks: [0, 5, 10, 15, 20] },
    { maxValue: 21, options: {}, step: 5, max: 25, ticks: [0, 5, 10, 15, 20, 25] },
    { maxValue: 11.5, options: {}, step: 2.5, max: 12.5, ticks: [0, 2.5, 5, 7.5, 10, 12.5] },
    { maxValue: 3, options: {}, step: 1, max: 3, ticks: [0, 1, 2, 3] },
    { maxValue: 0.7, options: {}, step: 0.2, max: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8] },
    { maxValue: 0.3, options: {}, step: 0.1, max: 0.3, ticks: [0, 0.1, 0.2, 0.3] },
    { maxValue: 1234, options: {}, step: 250, max: 1250, ticks: [0, 250, 500, 750, 1000, 1250] },
    { maxValue: 97, options: { maxTicks: 4 }, step: 25, max: 100, ticks: [0, 25, 50, 75, 100] },
    { maxValue: 2.4, options: { integer: true }, step: 1, max: 3, ticks: [0, 1, 2, 3] },
    { maxValue: 0.5, options: { integer: true }, step: 1, max: 1, ticks: [0, 1] },
    { maxValue: 0, options: {}, step: 1, max: 1, ticks: [0, 1] },
    { maxValue: -4, options: {}, step: 1, max: 1, ticks: [0, 1] },
    { maxValue: Number.NaN, options: {}, step: 1, max: 1, ticks: [0, 1] },
  ])('$maxValue $options → step $step up to $max', ({ maxValue, options, step, max, ticks }) => {
    expect(valueAxis(maxValue, options)).toEqual({ step, max, ticks });
  });

  it('always covers the largest value, with at most maxTicks intervals', () => {
    for (const v of [0.01, 0.9, 1, 1.01, 7, 9.99, 10, 19, 48, 99.5, 101, 555, 9999]) {
      const axis = valueAxis(v);
      expect(axis.max).toBeGreaterThanOrEqual(v);
      expect(axis.ticks.length - 1).toBeLessThanOrEqual(5);
    }
  });
});

describe('scale', () => {
  it.each([
    { value: 10, max: 20, length: 200, expected: 100 },
    { value: 0, max: 20, length: 200, expected: 0 },
    { value: 20, max: 20, length: 200, expected: 200 },
    { value: 30, max: 20, length: 200, expected: 200 },
    { value: -5, max: 20, length: 200, expected: 0 },
    { value: 5, max: 0, length: 200, expected: 0 },
  ])('$value of 0–$max over $length px → $expected', ({ value, max, length, expected }) => {
    expect(scale(value, max, length)).toBe(expected);
  });
});

describe('bands and groupedBars', () => {
  it.each([
    { count: 4, length: 400, offset: 40, first: { start: 40, size: 100, center: 90 }, last: { start: 340, size: 100, center: 390 } },
    { count: 1, length: 300, offset: 0, first: { start: 0, size: 300, center: 150 }, last: { start: 0, size: 300, center: 150 } },
  ])('$count slots over $length px from $offset', ({ count, length, offset, first, last }) => {
    const slots = bands(count, length, offset);
    expect(slots).toHaveLength(count);
    expect(slots[0]).toEqual(first);
    expect(slots[count - 1]).toEqual(last);
  });

  it('has no slots for no categories', () => {
    expect(bands(0, 400)).toEqual([]);
  });

  it.each([
    { seriesCount: 1, padding: 0.2, expected: [{ start: 10, size: 80 }] },
    {
      seriesCount: 2,
      padding: 0.2,
      expected: [
        { start: 10, size: 40 },
        { start: 50, size: 40 },
      ],
    },
    {
      seriesCount: 2,
      padding: 0,
      expected: [
        { start: 0, size: 50 },
        { start: 50, size: 50 },
      ],
    },
    { seriesCount: 0, padding: 0.2, expected: [] },
    { seriesCount: 1, padding: 0.2, maxSize: 30, expected: [{ start: 35, size: 30 }] },
    {
      seriesCount: 2,
      padding: 0.2,
      maxSize: 30,
      expected: [
        { start: 20, size: 30 },
        { start: 50, size: 30 },
      ],
    },
    {
      seriesCount: 2,
      padding: 0.2,
      maxSize: 50,
      expected: [
        { start: 10, size: 40 },
        { start: 50, size: 40 },
      ],
    },
  ])(
    '$seriesCount series in a 100 px slot with padding $padding, at most $maxSize px each',
    ({ seriesCount, padding, maxSize, expected }) => {
      expect(groupedBars({ start: 0, size: 100, center: 50 }, seriesCount, padding, maxSize)).toEqual(expected);
    },
  );
});

describe('labelEvery', () => {
  it.each([
    { bandSize: 60, labelWidth: 40, expected: 1 },
    { bandSize: 40, labelWidth: 40, expected: 1 },
    { bandSize: 25, labelWidth: 40, expected: 2 },
    { bandSize: 12, labelWidth: 40, expected: 4 },
    { bandSize: 0, labelWidth: 40, expected: 1 },
  ])('slots $bandSize px, labels $labelWidth px → every $expected', ({ bandSize, labelWidth, expected }) => {
    expect(labelEvery(bandSize, labelWidth)).toBe(expected);
  });
});
