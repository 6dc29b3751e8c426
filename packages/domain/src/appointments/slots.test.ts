import { describe, expect, it } from 'vitest';
import type { OpeningInterval } from '../queue/opening-hours.ts';
import { appointmentSlots, bookableSeatNumbers, validateAppointmentRule, type AppointmentRule, type ClosedPeriod } from './slots.ts';

// Monday 7 December 2026 (winter, UTC+1). A Borgerservice week: long Thursday, lunch break on Friday.
const WEEK: OpeningInterval[] = [
  { weekday: 1, opens: '10:00', closes: '15:00' },
  { weekday: 2, opens: '10:00', closes: '15:00' },
  { weekday: 3, opens: '10:00', closes: '15:00' },
  { weekday: 4, opens: '10:00', closes: '17:30' },
  { weekday: 5, opens: '12:30', closes: '14:00' }, // listed out of order on purpose
  { weekday: 5, opens: '10:00', closes: '12:00' },
];
const RULE: AppointmentRule = { slotMinutes: 15, capacity: 3, acuteSeats: 1, cutoffMinutes: 60, horizonDays: 14 };
const MONDAY_0800 = new Date('2026-12-07T07:00:00Z');
const utc = (iso: string) => new Date(iso);
const local = (day: string, hhmm: string) => utc(`${day}T${hhmm}:00+01:00`); // winter only

type Input = Parameters<typeof appointmentSlots>[0];
const slots = (overrides: Partial<Input>) =>
  appointmentSlots({ hours: WEEK, rule: RULE, closed: [], from: MONDAY_0800, days: 1, now: MONDAY_0800, ...overrides });
const hhmm = (d: Date) =>
  d.toLocaleTimeString('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' }).replace('.', ':');

describe('appointmentSlots: cutting the opening hours', () => {
  it('a later day: every 15 minutes from opening, the last one ending at closing, akuttider held back', () => {
    const result = slots({ from: local('2026-12-08', '00:00') });
    expect(result).toHaveLength(20);
    expect(result[0]).toEqual({ startsAt: utc('2026-12-08T09:00:00Z'), endsAt: utc('2026-12-08T09:15:00Z'), seats: 2 });
    expect(result.at(-1)).toEqual({ startsAt: utc('2026-12-08T13:45:00Z'), endsAt: utc('2026-12-08T14:00:00Z'), seats: 2 });
  });

  it.each<[string, Partial<Input>, number, string, string]>([
    ['slot length not dividing the interval: 40 min in 10–15', { rule: { ...RULE, slotMinutes: 40 } }, 7, '10:00', '14:00'],
    ['slot as long as the interval', { rule: { ...RULE, slotMinutes: 240 } }, 1, '10:00', '10:00'],
    [
      'slot longer than the interval',
      { rule: { ...RULE, slotMinutes: 240 }, hours: [{ weekday: 2, opens: '10:00', closes: '13:00' }] },
      0,
      '',
      '',
    ],
    ['Thursday until 17:30', { from: local('2026-12-10', '08:00') }, 30, '10:00', '17:15'],
    ['Friday with lunch: 8 + 6 times, sorted', { from: local('2026-12-11', '08:00') }, 14, '10:00', '13:45'],
    ['Saturday: closed', { from: local('2026-12-12', '08:00') }, 0, '', ''],
  ])('%s', (_label, overrides, count, first, last) => {
    const result = slots({ from: local('2026-12-08', '08:00'), ...overrides });
    expect(result).toHaveLength(count);
    if (count > 0) {
      expect(hhmm(result[0]!.startsAt)).toBe(first);
      expect(hhmm(result.at(-1)!.startsAt)).toBe(last);
    }
    const times = result.map((s) => s.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('Friday: no time across the lunch break', () => {
    const friday = slots({ from: local('2026-12-11', '08:00') }).map((s) => `${hhmm(s.startsAt)}-${hhmm(s.endsAt)}`);
    expect(friday).toContain('11:45-12:00');
    expect(friday).toContain('12:30-12:45');
    expect(friday.filter((t) => t.startsWith('12:0') || t.startsWith('12:1'))).toEqual([]);
  });

  it('days: several dates, and 0 days is nothing', () => {
    expect(slots({ from: local('2026-12-08', '08:00'), days: 7 })).toHaveLength(20 + 20 + 30 + 14 + 0 + 0 + 20); // Tuesday to Monday
    expect(slots({ days: 0 })).toEqual([]);
  });

  it('from is read as a local date: 23:30 UTC on Monday is Tuesday in Copenhagen', () => {
    const result = slots({ from: utc('2026-12-07T23:30:00Z') });
    expect(result[0]?.startsAt.toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(result).toHaveLength(20);
  });
});

describe("appointmentSlots: a mobile Borgerservice's stops", () => {
  // The bus's timetable: two stops on a Tuesday, one with a blank place (an office-like interval), one on Thursday.
  const BUS: OpeningInterval[] = [
    { weekday: 2, opens: '09:00', closes: '10:00', place: 'Mårslet, ved Kulturhuset' },
    { weekday: 2, opens: '13:00', closes: '13:30', place: ' Solbjerg, Torvet ' },
    { weekday: 2, opens: '14:00', closes: '14:30', place: '  ' },
    { weekday: 4, opens: '09:00', closes: '09:30', place: null },
  ];
  it.each<[string, string, Array<[string, string | undefined]>]>([
    [
      'each time carries its stop (trimmed); a blank place names none',
      '2026-12-08',
      [
        ['09:00', 'Mårslet, ved Kulturhuset'],
        ['09:30', 'Mårslet, ved Kulturhuset'],
        ['13:00', 'Solbjerg, Torvet'],
        ['14:00', undefined],
      ],
    ],
    ['an interval without a place: no place', '2026-12-10', [['09:00', undefined]]],
  ])('%s', (_label, day, expected) => {
    const result = slots({ hours: BUS, rule: { ...RULE, slotMinutes: 30 }, from: local(day, '00:00') });
    expect(result.map((s) => [hhmm(s.startsAt), s.place])).toEqual(expected);
    for (const slot of result) expect(Object.hasOwn(slot, 'place')).toBe(slot.place !== undefined);
  });
});

describe('appointmentSlots: what is left out', () => {
  const tuesday = local('2026-12-08', '00:00');
  it.each<[string, ClosedPeriod[], string[] | 'all']>([
    [
      '12:10–12:50 removes the four times it touches',
      [{ startsAt: local('2026-12-08', '12:10'), endsAt: local('2026-12-08', '12:50') }],
      ['12:00', '12:15', '12:30', '12:45'],
    ],
    [
      '12:00–12:30 (end exclusive) leaves 12:30',
      [{ startsAt: local('2026-12-08', '12:00'), endsAt: local('2026-12-08', '12:30') }],
      ['12:00', '12:15'],
    ],
    ['a period ending at opening removes nothing', [{ startsAt: local('2026-12-08', '08:00'), endsAt: local('2026-12-08', '10:00') }], []],
    ['a period over the whole day', [{ startsAt: local('2026-12-07', '18:00'), endsAt: local('2026-12-09', '00:00') }], 'all'],
  ])('closed period %s', (_label, closed, removed) => {
    const all = slots({ from: tuesday }).map((s) => hhmm(s.startsAt));
    const left = slots({ from: tuesday, closed }).map((s) => hhmm(s.startsAt));
    if (removed === 'all') expect(left).toEqual([]);
    else expect(all.filter((t) => !left.includes(t))).toEqual(removed);
  });

  it('a closed date (local) is left out whole; the next date is not', () => {
    const result = slots({ from: local('2026-12-24', '08:00'), days: 2, closedDates: ['2026-12-24'], rule: { ...RULE, horizonDays: 30 } });
    expect(new Set(result.map((s) => s.startsAt.toISOString().slice(0, 10)))).toEqual(new Set(['2026-12-25']));
  });

  it.each([
    ['now 10:20, cut-off 60: from 11:30', local('2026-12-07', '10:20'), 60, '11:30', 3],
    ['now 10:30, cut-off 60: 11:30 itself is still bookable', local('2026-12-07', '10:30'), 60, '11:30', 3],
    ['now 10:30:01, cut-off 60: from 11:45', utc('2026-12-07T09:30:01Z'), 60, '11:45', 3],
    ['cut-off 0: a time that starts now', local('2026-12-07', '10:15'), 0, '10:15', 3],
    ['after closing: nothing today', local('2026-12-07', '14:50'), 0, null, 0],
  ])('today, %s; all seats (akuttider released)', (_label, now, cutoffMinutes, first, seats) => {
    const result = slots({ now, from: now, rule: { ...RULE, cutoffMinutes } });
    expect(result[0] ? hhmm(result[0].startsAt) : null).toBe(first);
    if (result[0]) expect(result.every((s) => s.seats === seats)).toBe(true);
  });

  it('a cut-off of a day reaches into tomorrow', () => {
    const now = local('2026-12-07', '11:00');
    const result = slots({ now, from: now, days: 2, rule: { ...RULE, cutoffMinutes: 24 * 60 } });
    expect(hhmm(result[0]!.startsAt)).toBe('11:00');
    expect(result[0]!.startsAt.toISOString()).toBe('2026-12-08T10:00:00.000Z');
  });

  it.each([
    [1, ['2026-12-07', '2026-12-08']],
    [2, ['2026-12-07', '2026-12-08', '2026-12-09']],
  ])('horizon %i days: today is day 0', (horizonDays, dates) => {
    const result = slots({ days: 10, rule: { ...RULE, horizonDays } });
    expect([...new Set(result.map((s) => s.startsAt.toISOString().slice(0, 10)))]).toEqual(dates);
  });

  it('akuttider: today all seats, later dates capacity minus akuttider, none when all are akuttider', () => {
    const seatsByDate = (rule: AppointmentRule) => {
      const map: Record<string, number[]> = {};
      for (const s of slots({ days: 3, rule })) (map[s.startsAt.toISOString().slice(0, 10)] ??= []).push(s.seats);
      return Object.fromEntries(Object.entries(map).map(([d, seats]) => [d, [...new Set(seats)]]));
    };
    expect(seatsByDate(RULE)).toEqual({ '2026-12-07': [3], '2026-12-08': [2], '2026-12-09': [2] });
    expect(seatsByDate({ ...RULE, acuteSeats: 3 })).toEqual({ '2026-12-07': [3] });
    expect(seatsByDate({ ...RULE, acuteSeats: 0 })).toEqual({ '2026-12-07': [3], '2026-12-08': [3], '2026-12-09': [3] });
  });

  it('a booker just after local midnight books today with all seats', () => {
    const now = utc('2026-12-07T23:10:00Z'); // Tuesday 00:10 local
    const result = slots({ now, from: now, rule: { ...RULE, cutoffMinutes: 0 } });
    expect(result[0]).toMatchObject({ startsAt: utc('2026-12-08T09:00:00Z'), seats: 3 });
  });
});

describe('appointmentSlots: daylight saving time', () => {
  const night: OpeningInterval[] = [{ weekday: 7, opens: '00:00', closes: '06:00' }];
  const hourly = { ...RULE, slotMinutes: 60, horizonDays: 366, cutoffMinutes: 0 };
  const now = utc('2026-03-01T12:00:00Z');
  it.each([
    ['spring forward, 29 March 2026 (23 hours): 5 real hours', '2026-03-29', ['23:00', '00:00', '01:00', '02:00', '03:00']],
    ['fall back, 25 October 2026 (25 hours): 7 real hours', '2026-10-25', ['22:00', '23:00', '00:00', '01:00', '02:00', '03:00', '04:00']],
  ])('%s', (_label, day, utcStarts) => {
    const result = appointmentSlots({ hours: night, rule: hourly, closed: [], from: copenhagenNoon(day), days: 1, now });
    expect(result.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(utcStarts);
    expect(result.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 3_600_000)).toBe(true);
  });

  it.each([
    ['Friday before spring forward (UTC+1)', '2026-03-27', '09:00'],
    ['Monday after spring forward (UTC+2)', '2026-03-30', '08:00'],
    ['Friday before fall back (UTC+2)', '2026-10-23', '08:00'],
    ['Monday after fall back (UTC+1)', '2026-10-26', '09:00'],
  ])('10:00 local stays 10:00 local: %s', (_label, day, utcStart) => {
    const result = appointmentSlots({ hours: WEEK, rule: hourly, closed: [], from: copenhagenNoon(day), days: 1, now });
    expect(result[0]?.startsAt.toISOString().slice(11, 16)).toBe(utcStart);
    expect(result).toHaveLength(day.endsWith('27') || day.endsWith('23') ? 3 : 5); // Friday: 10–12 and 12:30–14:00
  });
});

function copenhagenNoon(day: string): Date {
  return utc(`${day}T10:00:00Z`); // noon local in summer, 11:00 in winter: the same local date either way
}

describe('appointmentSlots: refuses what it cannot read', () => {
  it.each<[string, Partial<Input>]>([
    ['an invalid rule', { rule: { ...RULE, slotMinutes: 2 } }],
    ['an unreadable time', { hours: [{ weekday: 1, opens: '9:00', closes: '15:00' }] }],
    ['negative days', { days: -1 }],
    ['fractional days', { days: 1.5 }],
    ['an invalid now', { now: new Date('x') }],
    ['an invalid from', { from: new Date('x') }],
  ])('%s', (_label, overrides) => {
    expect(() => slots(overrides)).toThrow(RangeError);
  });
});

describe('bookableSeatNumbers', () => {
  it.each<[string, AppointmentRule, Date, Date, number[]]>([
    ['same local day: all seats, akuttid included', RULE, local('2026-12-07', '13:00'), MONDAY_0800, [1, 2, 3]],
    ['a later day: the ordinary seats (akuttider are the top numbers)', RULE, local('2026-12-08', '13:00'), MONDAY_0800, [1, 2]],
    ['no akuttider', { ...RULE, acuteSeats: 0 }, local('2026-12-08', '13:00'), MONDAY_0800, [1, 2, 3]],
    ['all akuttider, a later day', { ...RULE, acuteSeats: 3 }, local('2026-12-08', '13:00'), MONDAY_0800, []],
    ['past the cut-off', RULE, local('2026-12-07', '08:30'), MONDAY_0800, []],
    ['exactly at the cut-off', RULE, local('2026-12-07', '09:00'), MONDAY_0800, [1, 2, 3]],
    ['in the past', { ...RULE, cutoffMinutes: 0 }, local('2026-12-07', '07:00'), MONDAY_0800, []],
    ['the last day of the horizon (day 14)', RULE, local('2026-12-21', '10:00'), MONDAY_0800, [1, 2]],
    ['beyond the horizon (day 15)', RULE, local('2026-12-22', '10:00'), MONDAY_0800, []],
    ['booker at 23:50 local Monday, time Tuesday: a later day', RULE, local('2026-12-08', '10:00'), local('2026-12-07', '23:50'), [1, 2]],
    [
      'booker at 00:10 local Tuesday: the same day',
      { ...RULE, cutoffMinutes: 0 },
      local('2026-12-08', '10:00'),
      local('2026-12-08', '00:10'),
      [1, 2, 3],
    ],
  ])('%s', (_label, rule, startsAt, now, expected) => {
    expect(bookableSeatNumbers(rule, startsAt, now)).toEqual(expected);
  });

  it('refuses an invalid rule', () => {
    expect(() => bookableSeatNumbers({ ...RULE, acuteSeats: 4 }, MONDAY_0800, MONDAY_0800)).toThrow(RangeError);
  });
});

describe('validateAppointmentRule', () => {
  it.each<[string, Partial<AppointmentRule>, string[]]>([
    ['a good rule', {}, []],
    ['the smallest values', { slotMinutes: 5, capacity: 1, acuteSeats: 0, cutoffMinutes: 0, horizonDays: 1 }, []],
    ['the largest values', { slotMinutes: 240, capacity: 50, acuteSeats: 50, cutoffMinutes: 10_080, horizonDays: 366 }, []],
    ['slot too short', { slotMinutes: 4 }, ['Tidens længde (minutter) skal være et helt tal fra 5 til 240']],
    ['slot too long', { slotMinutes: 241 }, ['Tidens længde (minutter) skal være et helt tal fra 5 til 240']],
    ['slot not whole', { slotMinutes: 7.5 }, ['Tidens længde (minutter) skal være et helt tal fra 5 til 240']],
    ['capacity 0', { capacity: 0, acuteSeats: 0 }, ['Antal borgere pr. tid skal være et helt tal fra 1 til 50']],
    ['capacity 51', { capacity: 51 }, ['Antal borgere pr. tid skal være et helt tal fra 1 til 50']],
    ['more akuttider than seats', { acuteSeats: 4 }, ['Akuttider kan ikke være flere end antal borgere pr. tid (3)']],
    ['negative akuttider', { acuteSeats: -1 }, ['Akuttider skal være et helt tal fra 0']],
    ['NaN akuttider', { acuteSeats: Number.NaN }, ['Akuttider skal være et helt tal fra 0']],
    ['negative cut-off', { cutoffMinutes: -5 }, ['Frist før start (minutter) skal være et helt tal fra 0 til 10080']],
    ['cut-off beyond a week', { cutoffMinutes: 10_081 }, ['Frist før start (minutter) skal være et helt tal fra 0 til 10080']],
    ['horizon 0', { horizonDays: 0 }, ['Antal dage frem skal være et helt tal fra 1 til 366']],
    ['horizon 367', { horizonDays: 367 }, ['Antal dage frem skal være et helt tal fra 1 til 366']],
    [
      'several problems',
      { slotMinutes: 0, horizonDays: Number.POSITIVE_INFINITY },
      ['Tidens længde (minutter) skal være et helt tal fra 5 til 240', 'Antal dage frem skal være et helt tal fra 1 til 366'],
    ],
  ])('%s', (_label, overrides, expected) => {
    expect(validateAppointmentRule({ ...RULE, ...overrides })).toEqual(expected);
  });

  it.each<[string, number, number, string[]]>([
    ['as many seats as counters', 3, 3, []],
    ['fewer seats than counters', 2, 6, []],
    ['more seats than counters', 4, 3, ['Antal borgere pr. tid kan ikke være flere end stedets aktive skranker (3)']],
    ['a place without active counters', 1, 0, ['Stedet har ingen aktive skranker, så der kan ikke bestilles tid']],
  ])("the place's counters bound the seats: %s", (_label, capacity, counters, expected) => {
    expect(validateAppointmentRule({ ...RULE, capacity, acuteSeats: 0 }, { counters })).toEqual(expected);
  });
});
