import { describe, expect, it } from 'vitest';
import {
  addMonths,
  documentState,
  expiryWarningUntil,
  needsExpiryWarning,
  type DocumentState,
  type IdentityDocumentStatus,
} from './expiry.ts';

describe('addMonths', () => {
  it.each<[string, number, string]>([
    ['2026-11-22', 6, '2027-05-22'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-31', 6, '2027-06-30'],
    ['2026-07-15', 6, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-10', -3, '2025-10-10'],
    ['2026-05-01', 0, '2026-05-01'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '22-11-2026', ''])('refuses %j', (date) => {
    expect(() => addMonths(date, 1)).toThrow(RangeError);
  });
});

describe('documentState on 22 November 2026 (warn until 22 May 2027)', () => {
  const today = '2026-11-22';
  it('warns until exactly six months ahead', () => {
    expect(expiryWarningUntil(today)).toBe('2027-05-22');
  });

  it.each<[string, IdentityDocumentStatus, string, DocumentState]>([
    ['exactly six months ahead: warned', 'valid', '2027-05-22', 'expires_soon'],
    ['six months and a day: not warned', 'valid', '2027-05-23', 'valid'],
    ['one day short of six months', 'valid', '2027-05-21', 'expires_soon'],
    ['years ahead', 'valid', '2034-03-01', 'valid'],
    ['expires today: still valid, warned', 'valid', '2026-11-22', 'expires_soon'],
    ['expired yesterday', 'valid', '2026-11-21', 'expired'],
    ['recorded as expired though the date is ahead', 'expired', '2027-10-01', 'expired'],
    ['handed in', 'handed_in', '2030-01-01', 'invalid'],
    ['lost, with an old date', 'lost', '2020-01-01', 'invalid'],
    ['revoked', 'revoked', '2030-01-01', 'invalid'],
    ['cancelled when a new passport was handed out', 'cancelled', '2030-01-01', 'invalid'],
  ])('%s', (_name, status, expiresOn, expected) => {
    expect(documentState({ status, expiresOn }, today)).toBe(expected);
  });
});

describe('documentState at month ends', () => {
  it.each<[string, string, DocumentState]>([
    // 31 August + 6 months = 28 February 2027 (no 31 February).
    ['2026-08-31', '2027-02-28', 'expires_soon'],
    ['2026-08-31', '2027-03-01', 'valid'],
    // Leap year: 29 February 2028 is within.
    ['2027-08-31', '2028-02-29', 'expires_soon'],
    ['2027-08-31', '2028-03-01', 'valid'],
  ])('on %s, expiring %s → %s', (today, expiresOn, expected) => {
    expect(documentState({ status: 'valid', expiresOn }, today)).toBe(expected);
  });

  it('takes a configured warning period', () => {
    expect(documentState({ status: 'valid', expiresOn: '2027-02-22' }, '2026-11-22', 3)).toBe('expires_soon');
    expect(documentState({ status: 'valid', expiresOn: '2027-02-23' }, '2026-11-22', 3)).toBe('valid');
  });
});

describe('needsExpiryWarning', () => {
  it.each<[DocumentState, boolean]>([
    ['valid', false],
    ['expires_soon', true],
    ['expired', true],
    ['invalid', false],
  ])('%s → %s', (state, expected) => {
    expect(needsExpiryWarning(state)).toBe(expected);
  });
});
