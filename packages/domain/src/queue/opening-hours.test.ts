import { describe, expect, it } from 'vitest';
import { isOpenAt, parseClockTime, placeAt, validateOpeningHours, type DateException, type OpeningInterval } from './opening-hours.ts';

// A typical Borgerservice week: long Thursday, closed at lunch on Friday, a Saturday morning for the bus.
const WEEK: OpeningInterval[] = [
  { weekday: 1, opens: '10:00', closes: '15:00' },
  { weekday: 2, opens: '10:00', closes: '15:00' },
  { weekday: 3, opens: '10:00', closes: '15:00' },
  { weekday: 4, opens: '10:00', closes: '17:30' },
  { weekday: 5, opens: '09:00', closes: '12:00' },
  { weekday: 5, opens: '12:30', closes: '14:00' },
  { weekday: 6, opens: '09:00', closes: '11:00' },
];
const HOLIDAYS: DateException[] = [
  { date: '2025-12-24', closed: true },
  { date: '2025-06-05', closed: true }, // Grundlovsdag, a Thursday
];

describe('isOpenAt', () => {
  it.each([
    // Winter, UTC+1: 13 January 2025 is a Monday.
    ['Monday 09:59 local', '2025-01-13T08:59:00Z', false],
    ['Monday 10:00 local: opening minute included', '2025-01-13T09:00:00Z', true],
    ['Monday 14:59:59 local', '2025-01-13T13:59:59Z', true],
    ['Monday 15:00 local: closing minute excluded', '2025-01-13T14:00:00Z', false],
    ['Friday 11:59 local', '2025-01-17T10:59:00Z', true],
    ['Friday 12:15 local: lunch', '2025-01-17T11:15:00Z', false],
    ['Friday 12:30 local', '2025-01-17T11:30:00Z', true],
    ['Sunday noon', '2025-01-19T11:00:00Z', false],
    // Summer, UTC+2: the same local times are two hours from UTC.
    ['summer Thursday 17:29 local', '2025-07-17T15:29:00Z', true],
    ['summer Thursday 17:30 local', '2025-07-17T15:30:00Z', false],
    ['summer Monday 09:30 local (UTC already 07:30)', '2025-07-14T07:30:00Z', false],
    ['summer Monday 10:00 local', '2025-07-14T08:00:00Z', true],
    // Saturday morning across the 2025 DST changes (29 March, 25 October are Saturdays before the switch).
    ['Saturday 09:00 local before spring forward (UTC+1)', '2025-03-29T08:00:00Z', true],
    ['Saturday 10:59 local before fall back (UTC+2)', '2025-10-25T08:59:00Z', true],
    ['Saturday 11:00 local before fall back (UTC+2)', '2025-10-25T09:00:00Z', false],
    // Local weekday differs from the UTC weekday just after local midnight.
    ['Tuesday 00:30 local is not Monday', '2025-01-13T23:30:00Z', false],
  ])('%s (%s): %s', (_label, iso, expected) => {
    expect(isOpenAt(WEEK, new Date(iso), HOLIDAYS)).toBe(expected);
  });

  it.each([
    ['Christmas Eve, a Wednesday, 11:00 local', '2025-12-24T10:00:00Z'],
    ['Grundlovsdag, a Thursday, 16:00 local', '2025-06-05T14:00:00Z'],
  ])('closed on an exception date: %s', (_label, iso) => {
    expect(isOpenAt(WEEK, new Date(iso))).toBe(true);
    expect(isOpenAt(WEEK, new Date(iso), HOLIDAYS)).toBe(false);
  });

  it('an exception applies to the local date, not the UTC date', () => {
    const hours: OpeningInterval[] = [{ weekday: 3, opens: '00:00', closes: '23:59' }];
    const justAfterLocalMidnight = new Date('2025-12-23T23:30:00Z'); // Wednesday 24 December, 00:30 local
    expect(isOpenAt(hours, justAfterLocalMidnight)).toBe(true);
    expect(isOpenAt(hours, justAfterLocalMidnight, HOLIDAYS)).toBe(false);
  });

  it('no hours: always closed', () => {
    expect(isOpenAt([], new Date('2025-01-13T10:00:00Z'))).toBe(false);
  });

  it('throws on hours that were never validated', () => {
    expect(() => isOpenAt([{ weekday: 1, opens: '9:00', closes: '15:00' }], new Date('2025-01-13T10:00:00Z'))).toThrow(RangeError);
  });
});

describe('parseClockTime', () => {
  it.each<[string, number | null]>([
    ['00:00', 0],
    ['09:05', 545],
    ['23:59', 1439],
    ['24:00', null],
    ['9:00', null],
    ['09:60', null],
    ['0900', null],
    ['09:00:00', null],
    ['', null],
    [' 09:00', null],
  ])('%j → %s', (time, expected) => {
    expect(parseClockTime(time)).toBe(expected);
  });
});

describe('validateOpeningHours', () => {
  const at = (weekday: OpeningInterval['weekday'], opens: string, closes: string): OpeningInterval => ({
    weekday,
    opens,
    closes,
  });

  it.each<[string, OpeningInterval[], string[]]>([
    ['a normal week', WEEK, []],
    ['no hours at all', [], []],
    ['touching intervals', [at(1, '09:00', '12:00'), at(1, '12:00', '15:00')], []],
    ['same times on different days', [at(1, '09:00', '12:00'), at(2, '09:00', '12:00')], []],
    ['closing before opening', [at(1, '15:00', '10:00')], ['Mandag: lukketid før åbningstid']],
    ['closing equals opening', [at(7, '10:00', '10:00')], ['Søndag: lukketid er den samme som åbningstid']],
    ['bad opening time', [at(2, '9:00', '15:00')], ['Tirsdag: ugyldig åbningstid "9:00" (brug TT:MM)']],
    ['bad closing time', [at(3, '09:00', '24:00')], ['Onsdag: ugyldig lukketid "24:00" (brug TT:MM)']],
    [
      'both times bad',
      [at(4, 'ni', 'tre')],
      ['Torsdag: ugyldig åbningstid "ni" (brug TT:MM)', 'Torsdag: ugyldig lukketid "tre" (brug TT:MM)'],
    ],
    ['overlap', [at(5, '11:00', '15:00'), at(5, '09:00', '12:00')], ['Fredag: 09:00–12:00 og 11:00–15:00 overlapper']],
    ['duplicate', [at(6, '09:00', '11:00'), at(6, '09:00', '11:00')], ['Lørdag: 09:00–11:00 og 09:00–11:00 overlapper']],
    [
      'one long interval swallowing two short ones',
      [at(1, '08:00', '16:00'), at(1, '09:00', '10:00'), at(1, '11:00', '12:00')],
      ['Mandag: 08:00–16:00 og 09:00–10:00 overlapper', 'Mandag: 08:00–16:00 og 11:00–12:00 overlapper'],
    ],
    [
      'problems on several days, overlaps listed Monday first',
      [at(3, '10:00', '12:00'), at(3, '11:00', '13:00'), at(1, '10:00', '12:00'), at(1, '11:30', '13:00'), at(2, '12:00', '08:00')],
      [
        'Tirsdag: lukketid før åbningstid',
        'Mandag: 10:00–12:00 og 11:30–13:00 overlapper',
        'Onsdag: 10:00–12:00 og 11:00–13:00 overlapper',
      ],
    ],
    [
      'weekday out of range (data from outside the type system)',
      [{ weekday: 8, opens: '09:00', closes: '10:00' } as unknown as OpeningInterval],
      ['Ugyldig ugedag: 8 (brug 1 = mandag til 7 = søndag)'],
    ],
  ])('%s', (_label, hours, expected) => {
    expect(validateOpeningHours(hours)).toEqual(expected);
  });
});

describe('placeAt: where a mobile Borgerservice stands', () => {
  const BUS: OpeningInterval[] = [
    { weekday: 2, opens: '09:00', closes: '11:30', place: 'Mårslet, ved Kulturhuset' },
    { weekday: 2, opens: '13:00', closes: '15:00', place: ' Solbjerg, Torvet ' },
    { weekday: 4, opens: '09:00', closes: '12:00', place: null },
    { weekday: 5, opens: '09:00', closes: '12:00', place: '   ' },
  ];
  it.each<[string, string, string | undefined]>([
    ['Tuesday 09:00 (opening minute): the first stop', '2026-12-08T08:00:00Z', 'Mårslet, ved Kulturhuset'],
    ['Tuesday 11:29', '2026-12-08T10:29:00Z', 'Mårslet, ved Kulturhuset'],
    ['Tuesday 11:30 (closing minute): between stops', '2026-12-08T10:30:00Z', undefined],
    ['Tuesday 14:00: the second stop, trimmed', '2026-12-08T13:00:00Z', 'Solbjerg, Torvet'],
    ['Thursday: an interval without a place', '2026-12-10T09:00:00Z', undefined],
    ['Friday: a blank place is none', '2026-12-11T09:00:00Z', undefined],
    ['summer time: Tuesday 09:00 local is 07:00 UTC', '2027-06-01T07:00:00Z', 'Mårslet, ved Kulturhuset'],
    ['Monday: closed', '2026-12-07T09:00:00Z', undefined],
  ])('%s', (_label, at, expected) => {
    expect(placeAt(BUS, new Date(at))).toBe(expected);
  });
});
