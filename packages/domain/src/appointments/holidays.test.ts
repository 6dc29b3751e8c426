import { describe, expect, it } from 'vitest';
import { danishPublicHolidays } from './holidays.ts';

describe('danishPublicHolidays', () => {
  it('2026 in full, sorted, custom days flagged', () => {
    expect(danishPublicHolidays(2026).map((h) => [h.date, h.nameDa, h.custom])).toEqual([
      ['2026-01-01', 'Nytårsdag', false],
      ['2026-04-02', 'Skærtorsdag', false],
      ['2026-04-03', 'Langfredag', false],
      ['2026-04-05', 'Påskedag', false],
      ['2026-04-06', '2. påskedag', false],
      ['2026-05-14', 'Kristi himmelfartsdag', false],
      ['2026-05-24', 'Pinsedag', false],
      ['2026-05-25', '2. pinsedag', false],
      ['2026-06-05', 'Grundlovsdag', true],
      ['2026-12-24', 'Juleaftensdag', true],
      ['2026-12-25', 'Juledag', false],
      ['2026-12-26', '2. juledag', false],
      ['2026-12-31', 'Nytårsaftensdag', true],
    ]);
  });

  it.each([
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible Easter
    [2285, '2285-03-22'], // the earliest possible Easter
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(danishPublicHolidays(year).find((h) => h.nameDa === 'Påskedag')?.date).toBe(date);
  });

  it.each([
    [2022, '2022-05-13'],
    [2023, '2023-05-05'],
    [2024, undefined],
    [2027, undefined],
  ])('Store bededag %i: %s (abolished from 2024)', (year, date) => {
    expect(danishPublicHolidays(year).find((h) => h.nameDa === 'Store bededag')?.date).toBe(date);
  });

  it('Whit Monday on Grundlovsdag (2028) keeps both days', () => {
    const june5 = danishPublicHolidays(2028).filter((h) => h.date === '2028-06-05');
    expect(june5.map((h) => h.nameEn)).toEqual(['Whit Monday', 'Constitution Day']);
  });

  it('every day has both names and a real date in its year', () => {
    for (const h of danishPublicHolidays(2031)) {
      expect(h.date).toMatch(/^2031-\d{2}-\d{2}$/);
      expect(new Date(`${h.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(h.date);
      expect(h.nameDa.length * h.nameEn.length).toBeGreaterThan(0);
    }
  });

  it.each([1699, 2026.5, Number.NaN, 10_000])('refuses year %s', (year) => {
    expect(() => danishPublicHolidays(year)).toThrow(RangeError);
  });
});
