import { describe, expect, it } from 'vitest';
import {
  headStartProblems,
  mitidAppealBodyProblems,
  openingIntervalProblems,
  ruleValueProblems,
  trafficLightProblems,
} from './config-rules.ts';

describe('openingIntervalProblems', () => {
  const day = (opens: string, closes: string, weekday = 1, place: string | null = null) => ({ weekday, opens, closes, place });

  it.each([
    ['one ordinary day', [day('09:00', '15:00')], []],
    ['two touching intervals', [day('09:00', '12:00'), day('12:00', '15:00')], []],
    ['the same times on different days', [day('09:00', '15:00', 1), day('09:00', '15:00', 2)], []],
    ['closing before opening', [day('15:00', '09:00')], ['intervals/0/closes']],
    ['closing at opening', [day('09:00', '09:00')], ['intervals/0/closes']],
    ['an unreadable time', [day('9', '25:00')], ['intervals/0/opens', 'intervals/0/closes']],
    ['no weekday 8', [day('09:00', '10:00', 8)], ['intervals/0/weekday']],
    ['an overlap, reported on the later interval', [day('12:00', '16:00'), day('09:00', '13:00')], ['intervals/0/opens']],
    [
      'a long interval swallowing two',
      [day('08:00', '18:00'), day('09:00', '10:00'), day('11:00', '12:00')],
      ['intervals/1/opens', 'intervals/2/opens'],
    ],
  ])('%s', (_name, intervals, fields) => {
    expect(openingIntervalProblems(intervals).map((p) => p.field)).toEqual(fields);
  });

  it('says in Danish what is wrong', () => {
    expect(openingIntervalProblems([day('09:00', '13:00'), day('12:00', '16:00')])).toEqual([
      { field: 'intervals/1/opens', da: 'Mandag: 12:00–16:00 overlapper 09:00–13:00.' },
    ]);
    expect(openingIntervalProblems([day('15:00', '09:00', 3)])[0]?.da).toBe('Onsdag: lukketiden skal ligge efter åbningstiden.');
  });

  it('asks a mobile stop where the bus stands', () => {
    expect(openingIntervalProblems([day('09:00', '11:00', 2, ' ')], { mobile: true })).toEqual([
      { field: 'intervals/0/place', da: 'Tirsdag: skriv, hvor bussen holder.' },
    ]);
    expect(openingIntervalProblems([day('09:00', '11:00', 2, 'Torvet, Lystrup')], { mobile: true })).toEqual([]);
  });
});

describe('ruleValueProblems', () => {
  it.each([
    ['defaults', { fairnessBoundMinutes: 15, recallLimit: 3, retentionDecisionsYears: 5, retentionLookupsMonths: 6 }, []],
    ['look-ups kept under six months', { retentionLookupsMonths: 5 }, ['retentionLookupsMonths']],
    ['a negative fairness bound', { fairnessBoundMinutes: -1 }, ['fairnessBoundMinutes']],
    ['a fraction', { recallLimit: 1.5 }, ['recallLimit']],
    ['zero witness acts', { witnessMaxActs: 0 }, ['witnessMaxActs']],
    ['a MitID appeal period of 0 weeks', { mitidAppealPeriodWeeks: 0 }, ['mitidAppealPeriodWeeks']],
    ['a MitID appeal period of a year', { mitidAppealPeriodWeeks: 52 }, []],
    ['red before yellow', { trafficYellowMinutes: 20, trafficRedMinutes: 10 }, ['trafficRedMinutes']],
    ['red equal to yellow', { trafficYellowMinutes: 20, trafficRedMinutes: 20 }, ['trafficRedMinutes']],
  ])('%s', (_name, values, fields) => {
    expect(ruleValueProblems(values).map((p) => p.field)).toEqual(fields);
  });

  it('checks a new yellow against the red already saved', () => {
    expect(ruleValueProblems({ trafficYellowMinutes: 40 }, { trafficYellowMinutes: 15, trafficRedMinutes: 30 })).toEqual([
      { field: 'trafficYellowMinutes', da: 'Rødt lys skal komme senere end gult lys.' },
    ]);
  });

  it('names the range in Danish', () => {
    expect(ruleValueProblems({ retentionLookupsMonths: 3 })[0]?.da).toBe(
      'Opbevaring af opslag skal være et helt tal fra 6 til 600 måneder.',
    );
  });
});

describe('mitidAppealBodyProblems', () => {
  it.each([
    ['Digitaliseringsstyrelsen', []],
    ['  Ankestyrelsen  ', []],
    ['', ['Skriv, hvor borgeren kan klage over et afslag på MitID.']],
    ['   ', ['Skriv, hvor borgeren kan klage over et afslag på MitID.']],
    ['x'.repeat(200), []],
    ['x'.repeat(201), ['Klageinstansen må højst være 200 tegn.']],
  ])('%j', (appealBody, messages) => {
    expect(mitidAppealBodyProblems(appealBody).map((p) => p.da)).toEqual(messages);
  });
});

describe('headStartProblems and trafficLightProblems', () => {
  it.each([
    [0, 15, 0],
    [15, 15, 0],
    [16, 15, 1],
    [-1, 15, 1],
  ])('head start %i with fairness bound %i: %i problems', (headStart, bound, count) => {
    expect(headStartProblems(headStart, bound)).toHaveLength(count);
  });

  it('wants red after yellow', () => {
    expect(trafficLightProblems(15, 30)).toEqual([]);
    expect(trafficLightProblems(30, 15)).toEqual([{ field: 'redMinutes', da: 'Rødt lys skal komme senere end gult lys.' }]);
  });
});
