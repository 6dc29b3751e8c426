import { describe, expect, it } from 'vitest';
import type { AppealPeriod } from './codes.ts';
import {
  appealBodyFor,
  appealDeadline,
  appealInTime,
  areaStatus,
  decisionProblems,
  entitledToNonDigitalAlternative,
  scopeProblems,
  type AreaDecision,
  type DecisionData,
  type ScopeData,
} from './rules.ts';

const ACTIVE = ['flytning', 'boligstoette', 'sundhedskort'];
const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);

describe('scopeProblems', () => {
  it.each<[string, ScopeData, string[]]>([
    ['general, one area', { scope: 'general', lawAreas: ['flytning'] }, []],
    ['general, several areas', { scope: 'general', lawAreas: ['flytning', 'boligstoette'] }, []],
    [
      'general with a description',
      { scope: 'general', lawAreas: ['flytning'], applicationDescription: 'Flytning til Viby' },
      ['no-description-for-general'],
    ],
    ['general, blank description is fine', { scope: 'general', lawAreas: ['flytning'], applicationDescription: '  ' }, []],
    [
      'single, described',
      { scope: 'single_application', lawAreas: ['flytning'], applicationDescription: 'Anmeldelse af flytning 1. maj' },
      [],
    ],
    ['single, no description', { scope: 'single_application', lawAreas: ['flytning'] }, ['application-description-required']],
    [
      'single, blank description',
      { scope: 'single_application', lawAreas: ['flytning'], applicationDescription: ' ' },
      ['application-description-required'],
    ],
    [
      'single, two areas',
      { scope: 'single_application', lawAreas: ['flytning', 'sundhedskort'], applicationDescription: 'x' },
      ['one-area-per-application'],
    ],
    ['no area', { scope: 'general', lawAreas: [] }, ['law-area-required']],
    ['unknown or inactive area', { scope: 'general', lawAreas: ['flytning', 'jagttegn'] }, ['unknown-law-area']],
  ])('%s', (_name, data, expected) => {
    expect(codes(scopeProblems(data, ACTIVE))).toEqual(expected);
  });
});

describe('decisionProblems: a refusal needs reasons (forvaltningsloven § 22)', () => {
  it.each<[string, DecisionData, string[]]>([
    ['grant needs nothing', { outcome: 'grant' }, []],
    ['refuse with both', { outcome: 'refuse', legalBasis: 'CPR-loven § 12, stk. 3', considerations: 'Borgeren bruger MitID dagligt.' }, []],
    ['refuse without reasons', { outcome: 'refuse' }, ['legal-basis-required', 'considerations-required']],
    [
      'refuse with blank reasons',
      { outcome: 'refuse', legalBasis: ' ', considerations: '' },
      ['legal-basis-required', 'considerations-required'],
    ],
    ['refuse without considerations', { outcome: 'refuse', legalBasis: 'CPR-loven § 12, stk. 3' }, ['considerations-required']],
  ])('%s', (_name, data, expected) => {
    expect(codes(decisionProblems(data))).toEqual(expected);
  });
});

describe('appealDeadline', () => {
  it.each<[string, AppealPeriod, string]>([
    ['2026-03-02', { unit: 'weeks', count: 4 }, '2026-03-30'],
    ['2026-01-20', { unit: 'weeks', count: 4 }, '2026-02-17'],
    ['2026-12-15', { unit: 'weeks', count: 4 }, '2027-01-12'],
    ['2028-02-10', { unit: 'weeks', count: 3 }, '2028-03-02'],
    ['2026-02-28', { unit: 'weeks', count: 1 }, '2026-03-07'],
    ['2026-01-31', { unit: 'months', count: 1 }, '2026-02-28'],
    ['2028-01-31', { unit: 'months', count: 1 }, '2028-02-29'],
    ['2026-03-31', { unit: 'months', count: 1 }, '2026-04-30'],
    ['2026-05-15', { unit: 'months', count: 3 }, '2026-08-15'],
    ['2026-11-30', { unit: 'months', count: 3 }, '2027-02-28'],
    ['2026-12-31', { unit: 'months', count: 12 }, '2027-12-31'],
  ])('%s + %j → %s', (decidedOn, period, expected) => {
    expect(appealDeadline(decidedOn, period)).toBe(expected);
  });
  it('refuses nonsense', () => {
    expect(() => appealDeadline('31-01-2026', { unit: 'weeks', count: 4 })).toThrow();
    expect(() => appealDeadline('2026-01-31', { unit: 'weeks', count: 0 })).toThrow();
  });
  it.each([
    ['2026-03-30', '2026-03-30', true],
    ['2026-03-31', '2026-03-30', false],
    ['2026-02-01', '2026-03-30', true],
  ])('received %s, deadline %s → in time %s', (received, deadline, expected) => {
    expect(appealInTime(received, deadline)).toBe(expected);
  });
});

describe('areaStatus', () => {
  const d = (over: Partial<AreaDecision>): AreaDecision => ({
    lawAreas: ['flytning'],
    scope: 'general',
    outcome: 'grant',
    appealStatus: null,
    ...over,
  });
  it.each<[string, AreaDecision[], string]>([
    ['nothing decided', [], 'not_exempt'],
    ['general grant', [d({})], 'exempt'],
    ['general grant for another area', [d({ lawAreas: ['boligstoette'] })], 'not_exempt'],
    ['general grant covering several areas', [d({ lawAreas: ['boligstoette', 'flytning'] })], 'exempt'],
    ['single-application grant', [d({ scope: 'single_application' })], 'not_exempt'],
    ['refused', [d({ outcome: 'refuse' })], 'not_exempt'],
    ['refused, appeal pending', [d({ outcome: 'refuse', appealStatus: 'pending' })], 'exempt_pending_appeal'],
    [
      'refused single application, appeal pending',
      [d({ outcome: 'refuse', scope: 'single_application', appealStatus: 'pending' })],
      'exempt_pending_appeal',
    ],
    ['refused, appeal upheld', [d({ outcome: 'refuse', appealStatus: 'upheld' })], 'not_exempt'],
    ['refused, appeal overturned', [d({ outcome: 'refuse', appealStatus: 'overturned' })], 'exempt'],
    ['pending appeal and a later grant: the grant wins', [d({ outcome: 'refuse', appealStatus: 'pending' }), d({})], 'exempt'],
  ])('%s → %s', (_name, decisions, expected) => {
    expect(areaStatus('flytning', decisions)).toBe(expected);
  });
});

describe('entitledToNonDigitalAlternative (1 June 2023 rule)', () => {
  it.each([
    ['active', true],
    ['revoked', false],
    ['lapsed', false],
    [null, false],
  ] as const)('Digital Post exemption %s → %s', (state, expected) => {
    expect(entitledToNonDigitalAlternative(state)).toBe(expected);
  });
});

describe('appealBodyFor', () => {
  it.each([
    [{ udbetalingDanmark: true, appealBody: 'Byrådet' }, 'Ankestyrelsen'],
    [{ udbetalingDanmark: false, appealBody: 'Familieretshuset' }, 'Familieretshuset'],
    [{ udbetalingDanmark: false, appealBody: null }, 'Aarhus Kommune'],
    [{ udbetalingDanmark: false, appealBody: ' ' }, 'Aarhus Kommune'],
  ])('%j → %s', (area, expected) => {
    expect(appealBodyFor(area, 'Aarhus Kommune')).toBe(expected);
  });
});
