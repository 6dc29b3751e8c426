import { describe, expect, it } from 'vitest';
import { formatTicketNumber, isValidPrefix, QUEUE_TIME_ZONE, serviceDay } from './numbering.ts';

describe('serviceDay', () => {
  it('uses Copenhagen time', () => {
    expect(QUEUE_TIME_ZONE).toBe('Europe/Copenhagen');
  });

  it.each([
    // Winter (CET, UTC+1): local midnight is 23:00 UTC.
    ['winter 23:59 local', '2025-01-15T22:59:00Z', '2025-01-15'],
    ['winter 23:59:59.999 local', '2025-01-15T22:59:59.999Z', '2025-01-15'],
    ['winter 00:00 local', '2025-01-15T23:00:00Z', '2025-01-16'],
    ['winter, UTC date still the day before', '2025-01-15T23:30:00Z', '2025-01-16'],
    // Summer (CEST, UTC+2): local midnight is 22:00 UTC.
    ['summer 23:59 local', '2025-07-15T21:59:00Z', '2025-07-15'],
    ['summer 00:00 local', '2025-07-15T22:00:00Z', '2025-07-16'],
    ['summer 01:59 local', '2025-07-15T23:59:00Z', '2025-07-16'],
    // Spring forward, Sunday 30 March 2025: 02:00 local becomes 03:00.
    ['night before spring forward, 23:59 (UTC+1)', '2025-03-29T22:59:00Z', '2025-03-29'],
    ['spring-forward day, 00:00 (UTC+1)', '2025-03-29T23:00:00Z', '2025-03-30'],
    ['spring-forward day, 01:59 (UTC+1)', '2025-03-30T00:59:00Z', '2025-03-30'],
    ['spring-forward day, 03:00 (UTC+2)', '2025-03-30T01:00:00Z', '2025-03-30'],
    ['spring-forward day, 23:59 (UTC+2)', '2025-03-30T21:59:00Z', '2025-03-30'],
    ['day after spring forward, 00:00 (UTC+2)', '2025-03-30T22:00:00Z', '2025-03-31'],
    // Fall back, Sunday 26 October 2025: 03:00 local becomes 02:00 again.
    ['night before fall back, 23:59 (UTC+2)', '2025-10-25T21:59:00Z', '2025-10-25'],
    ['fall-back day, 00:00 (UTC+2)', '2025-10-25T22:00:00Z', '2025-10-26'],
    ['fall-back day, first 02:59 (UTC+2)', '2025-10-26T00:59:00Z', '2025-10-26'],
    ['fall-back day, second 02:00 (UTC+1)', '2025-10-26T01:00:00Z', '2025-10-26'],
    ['fall-back day, 23:59 (UTC+1)', '2025-10-26T22:59:00Z', '2025-10-26'],
    ['day after fall back, 00:00 (UTC+1)', '2025-10-26T23:00:00Z', '2025-10-27'],
    // 2026 transitions: 29 March and 25 October.
    ['2026 spring-forward day, 23:59 (UTC+2)', '2026-03-29T21:59:00Z', '2026-03-29'],
    ['2026 fall-back day, 23:59 (UTC+1)', '2026-10-25T22:59:00Z', '2026-10-25'],
    // Year and leap-day boundaries.
    ['new year, 00:00 local', '2025-12-31T23:00:00Z', '2026-01-01'],
    ['new year’s eve, 23:59 local', '2025-12-31T22:59:00Z', '2025-12-31'],
    ['leap day', '2028-02-28T23:00:00Z', '2028-02-29'],
  ])('%s: %s → %s', (_label, iso, expected) => {
    expect(serviceDay(new Date(iso))).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => serviceDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatTicketNumber', () => {
  it.each([
    ['P', 1, 'P001'],
    ['P', 14, 'P014'],
    ['A', 99, 'A099'],
    ['A', 100, 'A100'],
    ['B', 999, 'B999'],
    ['P', 1000, 'P1000'],
    ['Z', 12345, 'Z12345'],
    ['Æ', 7, 'Æ007'],
    ['Ø', 42, 'Ø042'],
    ['Å', 500, 'Å500'],
  ])('%s, %i → %s', (prefix, n, expected) => {
    expect(formatTicketNumber(prefix, n)).toBe(expected);
  });

  it.each([
    ['p', 1],
    ['', 1],
    ['PA', 1],
    ['P', 0],
    ['P', -3],
    ['P', 1.5],
    ['P', Number.NaN],
    ['P', Number.POSITIVE_INFINITY],
  ])('rejects %j, %s', (prefix, n) => {
    expect(() => formatTicketNumber(prefix, n)).toThrow(RangeError);
  });
});

describe('isValidPrefix', () => {
  it.each([
    ['A', true],
    ['P', true],
    ['Z', true],
    ['Æ', true],
    ['Ø', true],
    ['Å', true],
    ['a', false],
    ['æ', false],
    ['å', false],
    ['', false],
    ['AB', false],
    ['1', false],
    [' ', false],
    ['Ä', false],
    ['Ö', false],
    ['-', false],
    ['A\n', false],
  ])('%j: %s', (prefix, expected) => {
    expect(isValidPrefix(prefix)).toBe(expected);
  });
});
