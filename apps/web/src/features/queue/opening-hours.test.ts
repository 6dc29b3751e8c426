import { describe, expect, it } from 'vitest';
import { copenhagenWeekday, weekdayName, weekOf } from './opening-hours.ts';

describe('opening hours', () => {
  it('names the weekdays in Danish, Monday first', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName(d))).toEqual([
      'Mandag',
      'Tirsdag',
      'Onsdag',
      'Torsdag',
      'Fredag',
      'Lørdag',
      'Søndag',
    ]);
  });

  it('lays out the week with Danish times, several intervals a day and the bus stops', () => {
    const week = weekOf({
      openNow: false,
      intervals: [
        { weekday: 2, opens: '13:00', closes: '15:00', place: 'Solbjerg, Torvet' },
        { weekday: 2, opens: '09:00', closes: '11:30', place: 'Mårslet, ved Kulturhuset' },
      ],
    });
    expect(week[1]).toEqual({
      weekday: 2,
      name: 'Tirsdag',
      intervals: [
        { from: '09.00', to: '11.30', place: 'Mårslet, ved Kulturhuset' },
        { from: '13.00', to: '15.00', place: 'Solbjerg, Torvet' },
      ],
    });
    expect(week[0]!.intervals).toEqual([]);
  });

  it('reads the weekday on the Copenhagen clock', () => {
    expect(copenhagenWeekday(new Date('2025-01-19T23:30:00Z'))).toBe(1); // already Monday in Denmark
    expect(copenhagenWeekday(new Date('2025-01-19T22:30:00Z'))).toBe(7);
  });
});
