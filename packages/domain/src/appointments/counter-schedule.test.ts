import { describe, expect, it } from 'vitest';
import type { OpeningInterval } from '../queue/opening-hours.ts';
import {
  counterBandsOn,
  ruleWithinCounters,
  scheduledCountersAt,
  validateCounterBands,
  validateCounterDayBands,
  type CounterSchedule,
  type WeeklyCounterBand,
} from './counter-schedule.ts';
import { appointmentSlots, type AppointmentRule } from './slots.ts';

// Greve's week: walk-in only on Monday, two of six counters for bookings on Tuesday mornings, three in the afternoon.
const WEEKLY: WeeklyCounterBand[] = [
  { weekday: 1, from: '10:00', to: '15:00', counters: 0 },
  { weekday: 2, from: '10:00', to: '12:00', counters: 2 },
  { weekday: 2, from: '12:00', to: '15:00', counters: 3 },
];
const SCHEDULE: CounterSchedule = {
  weekly: WEEKLY,
  // Thursday 17 December: one counter, 10–12 (a course); Tuesday 15 December: no bookings at all (sickness).
  days: [
    { date: '2026-12-17', bands: [{ from: '10:00', to: '12:00', counters: 1 }] },
    { date: '2026-12-15', bands: [] },
  ],
};
const HOURS: OpeningInterval[] = [1, 2, 3, 4].map((weekday) => ({ weekday: weekday as 1, opens: '10:00', closes: '15:00' }));
const RULE: AppointmentRule = { slotMinutes: 30, capacity: 3, acuteSeats: 1, cutoffMinutes: 0, horizonDays: 30 };
const NOW = new Date('2026-12-07T07:00:00Z'); // Monday 08:00
const min = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('counterBandsOn and scheduledCountersAt: the counters for bookings at a time', () => {
  it.each<[string, CounterSchedule | undefined, string, string, number | null]>([
    ['no schedule at all: no limit', undefined, '2026-12-08', '10:00', null],
    ['a weekday without bands (Wednesday): no limit', SCHEDULE, '2026-12-09', '10:00', null],
    ['Monday: a band of 0, walk-in only', SCHEDULE, '2026-12-07', '11:00', 0],
    ['Tuesday morning: 2', SCHEDULE, '2026-12-08', '10:00', 2],
    ['Tuesday 11:59: still the morning band', SCHEDULE, '2026-12-08', '11:59', 2],
    ['Tuesday 12:00: the afternoon band (from inclusive, to exclusive)', SCHEDULE, '2026-12-08', '12:00', 3],
    ['Tuesday outside every band: 0', SCHEDULE, '2026-12-08', '15:30', 0],
    ['a date override wins over its weekday (Thursday 17th)', SCHEDULE, '2026-12-17', '10:30', 1],
    ['outside the override bands on that date: 0', SCHEDULE, '2026-12-17', '13:00', 0],
    ['an override without bands: no bookings that day', SCHEDULE, '2026-12-15', '10:00', 0],
    ['the Tuesday after the override: the weekday again', SCHEDULE, '2026-12-22', '10:00', 2],
  ])('%s', (_label, schedule, date, time, expected) => {
    expect(scheduledCountersAt(counterBandsOn(schedule, date), min(time))).toBe(expected);
  });
});

describe('ruleWithinCounters: an errand within the scheduled counters', () => {
  it.each<[string, number | null, { capacity: number; acuteSeats: number } | null]>([
    ['no schedule: the rule unchanged', null, { capacity: 3, acuteSeats: 1 }],
    ['more counters than places: the rule unchanged', 5, { capacity: 3, acuteSeats: 1 }],
    ['two counters: two places, the akuttid kept', 2, { capacity: 2, acuteSeats: 1 }],
    ['one counter: one place, and it is the akuttid', 1, { capacity: 1, acuteSeats: 1 }],
    ['zero counters: no time', 0, null],
  ])('%s', (_label, counters, expected) => {
    const result = ruleWithinCounters(RULE, counters);
    expect(result && { capacity: result.capacity, acuteSeats: result.acuteSeats }).toEqual(expected);
  });
});

describe('appointmentSlots with a counter schedule', () => {
  const slotsOn = (date: string, schedule: CounterSchedule | undefined = SCHEDULE, now = NOW) =>
    appointmentSlots({ hours: HOURS, rule: RULE, closed: [], schedule, from: new Date(`${date}T00:00:00+01:00`), days: 1, now });
  const summary = (date: string, schedule?: CounterSchedule, now?: Date) =>
    slotsOn(date, schedule, now).map((s) => `${s.startsAt.toISOString().slice(11, 16)} ${s.seats}/${s.counters ?? '-'}`);

  it.each<[string, string, CounterSchedule | undefined, Date | undefined, string[]]>([
    [
      'no schedule: every time, capacity less akuttider, no counters named',
      '2026-12-08',
      { weekly: [], days: [] },
      undefined,
      ['09:00 2/-', '09:30 2/-', '10:00 2/-', '10:30 2/-', '11:00 2/-', '11:30 2/-', '12:00 2/-', '12:30 2/-', '13:00 2/-', '13:30 2/-'],
    ],
    ['Monday walk-in only: no times', '2026-12-07', undefined, undefined, []],
    [
      'Tuesday: 2 counters until 12 (one ordinary place, the akuttid held back), then 3',
      '2026-12-08',
      undefined,
      undefined,
      ['09:00 1/2', '09:30 1/2', '10:00 1/2', '10:30 1/2', '11:00 2/3', '11:30 2/3', '12:00 2/3', '12:30 2/3', '13:00 2/3', '13:30 2/3'],
    ],
    [
      'Tuesday booked on the day itself: the akuttid is released within the counters',
      '2026-12-08',
      undefined,
      new Date('2026-12-08T07:00:00Z'),
      ['09:00 2/2', '09:30 2/2', '10:00 2/2', '10:30 2/2', '11:00 3/3', '11:30 3/3', '12:00 3/3', '12:30 3/3', '13:00 3/3', '13:30 3/3'],
    ],
    ['Thursday 17th override: one counter 10–12, only the akuttid (not before the day)', '2026-12-17', undefined, undefined, []],
    [
      'Thursday 17th on the day: the one counter 10–12',
      '2026-12-17',
      undefined,
      new Date('2026-12-17T07:00:00Z'),
      ['09:00 1/1', '09:30 1/1', '10:00 1/1', '10:30 1/1'],
    ],
    ['Tuesday 15th override without bands: no times', '2026-12-15', undefined, undefined, []],
  ])('%s', (_label, date, schedule, now, expected) => {
    expect(summary(date, schedule, now)).toEqual(expected);
  });
});

describe('validateCounterBands', () => {
  const place = { hours: HOURS, activeCounters: 6 };
  const problemsOf = (bands: Parameters<typeof validateCounterBands>[0], extra: Partial<typeof place & { weekday: 4 }> = {}) =>
    validateCounterBands(bands, { ...place, ...extra }).map((p) => `${p.index}:${p.field}`);

  it.each<[string, Parameters<typeof validateCounterBands>[0], string[]]>([
    ['Greve week: fine', WEEKLY, []],
    ['nothing: fine (no schedule)', [], []],
    ['a band ending before it starts', [{ weekday: 2, from: '12:00', to: '10:00', counters: 1 }], ['0:to']],
    ['an unreadable time', [{ weekday: 2, from: '9', to: '10:00', counters: 1 }], ['0:to']],
    ['before opening', [{ weekday: 2, from: '09:00', to: '11:00', counters: 1 }], ['0:from']],
    ['after closing', [{ weekday: 2, from: '14:00', to: '16:00', counters: 1 }], ['0:from']],
    ['a closed weekday (Friday)', [{ weekday: 5, from: '10:00', to: '11:00', counters: 1 }], ['0:from']],
    [
      'overlapping bands on one day',
      [
        { weekday: 2, from: '10:00', to: '12:00', counters: 1 },
        { weekday: 2, from: '11:00', to: '13:00', counters: 1 },
      ],
      ['1:from'],
    ],
    [
      'the same band on two weekdays: fine',
      [
        { weekday: 2, from: '10:00', to: '12:00', counters: 1 },
        { weekday: 3, from: '10:00', to: '12:00', counters: 1 },
      ],
      [],
    ],
    ['more counters than the place has', [{ weekday: 2, from: '10:00', to: '12:00', counters: 7 }], ['0:counters']],
    ['negative counters', [{ weekday: 2, from: '10:00', to: '12:00', counters: -1 }], ['0:counters']],
    ['weekday 8', [{ weekday: 8 as 1, from: '10:00', to: '12:00', counters: 1 }], ['0:weekday']],
  ])('%s', (_label, bands, expected) => {
    expect(problemsOf(bands)).toEqual(expected);
  });

  it("a date's bands are read against that date's weekday", () => {
    expect(problemsOf([{ from: '10:00', to: '12:00', counters: 1 }], { weekday: 4 })).toEqual([]);
    expect(problemsOf([{ from: '16:00', to: '17:00', counters: 1 }], { weekday: 4 })).toEqual(['0:from']);
    expect(validateCounterDayBands('2026-12-17', [{ from: '10:00', to: '12:00', counters: 1 }], place)).toEqual([]);
    // Friday 18 December: closed in this week's hours.
    expect(validateCounterDayBands('2026-12-18', [{ from: '10:00', to: '12:00', counters: 1 }], place).map((p) => p.field)).toEqual([
      'from',
    ]);
  });

  it('problems are in Danish and English', () => {
    const [problem] = validateCounterBands([{ weekday: 2, from: '10:00', to: '12:00', counters: 9 }], place);
    expect(problem?.messageDa).toContain('aktive skranker (6)');
    expect(problem?.messageEn).toContain('active counters (6)');
  });
});
