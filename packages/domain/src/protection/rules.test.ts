import { describe, expect, it } from 'vitest';
import {
  ADDRESS_PROTECTION_FEE_ORE,
  protectionEndsOn,
  protectionInForce,
  protectionPeriod,
  protectionRenewalDate,
  renewalDue,
  robinsonEffectiveBy,
} from './rules.ts';

describe('navne- og adressebeskyttelse: 1 year from the start', () => {
  it.each([
    ['2026-12-07', '2027-12-06'],
    ['2028-02-29', '2029-02-27'],
    ['2026-01-01', '2026-12-31'],
  ])('from %s → last day %s', (startsOn, endsOn) => {
    expect(protectionEndsOn(startsOn)).toBe(endsOn);
  });

  it('is renewed on the day after the last day', () => {
    expect(protectionRenewalDate('2027-12-06')).toBe('2027-12-07');
  });

  it.each([
    ['new', null, { startsOn: '2026-12-07', endsOn: '2027-12-06' }],
    ['renewed while in force: no gap', { endsOn: '2026-12-20' }, { startsOn: '2026-12-21', endsOn: '2027-12-20' }],
    ['renewed on its last day', { endsOn: '2026-12-07' }, { startsOn: '2026-12-08', endsOn: '2027-12-07' }],
    ['renewed after it lapsed: from today', { endsOn: '2026-11-30' }, { startsOn: '2026-12-07', endsOn: '2027-12-06' }],
  ])('%s', (_name, current, expected) => {
    expect(protectionPeriod('2026-12-07', current)).toEqual(expected);
  });

  it.each([
    ['before the start', '2026-12-06', null, false],
    ['on the start', '2026-12-07', null, true],
    ['on the last day', '2027-12-06', null, true],
    ['after the last day', '2027-12-07', null, false],
    ['ended early', '2027-01-10', '2027-01-10', false],
    ['the day before it ended early', '2027-01-09', '2027-01-10', true],
  ])('in force %s (%s)', (_name, today, endedOn, expected) => {
    expect(protectionInForce({ startsOn: '2026-12-07', endsOn: '2027-12-06', endedOn }, today)).toBe(expected);
  });

  it.each([
    ['renewal in 30 days', '2027-01-05', true],
    ['renewal in 31 days', '2027-01-06', false],
    ['renewal today', '2026-12-06', true],
    ['already lapsed', '2026-12-01', false],
  ])('%s → due %s', (_name, endsOn, due) => {
    expect(renewalDue(endsOn, '2026-12-07')).toBe(due);
  });

  it('is free (no fee table has it)', () => {
    expect(ADDRESS_PROTECTION_FEE_ORE).toBe(0);
  });
});

describe('Robinsonlisten: in effect within up to 3 months', () => {
  it.each([
    ['2026-12-07', '2027-03-07'],
    ['2026-11-30', '2027-02-28'],
  ])('registered %s → in effect by %s', (on, by) => {
    expect(robinsonEffectiveBy(on)).toBe(by);
  });
});
