import { describe, expect, it } from 'vitest';
import { licenceIdentificationProblems, licenceFee, civilMonthsBefore, licencePaymentProblems, renewableFrom, licenceRequestProblems } from './rules.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);

describe('renewal window: at most 3 months before expiry', () => {
  it.each([
    ['2027-03-15', '2026-12-15'],
    ['2027-05-31', '2027-02-28'],
    ['2028-05-31', '2028-02-29'],
    ['2027-01-10', '2026-10-10'],
    ['2026-12-31', '2026-09-30'],
  ])('expires %s → renewable from %s', (expires, from) => {
    expect(renewableFrom(expires)).toBe(from);
  });

  const licence = { expiresOn: '2027-03-15' };
  it.each([
    ['the day before the window', '2026-12-14', ['too-early-to-renew']],
    ['the first day of the window', '2026-12-15', []],
    ['the expiry day', '2027-03-15', []],
    ['after expiry', '2027-06-01', []],
    ['a year early', '2026-03-15', ['too-early-to-renew']],
  ])('renewal on %s (%s) → %j', (_name, today, expected) => {
    expect(codes(licenceRequestProblems({ kind: 'renewal' }, licence, today))).toEqual(expected);
  });

  it('says from which date in Danish', () => {
    const [problem] = licenceRequestProblems({ kind: 'renewal' }, licence, '2026-12-14');
    expect(problem?.da).toContain('fra den 15. december 2026');
  });

  it('civilMonthsBefore crosses years', () => {
    expect(civilMonthsBefore('2027-02-15', 3)).toBe('2026-11-15');
  });
});

describe('duplicates', () => {
  const licence = { expiresOn: '2030-01-01' };
  it.each([
    ['lost, valid licence', { kind: 'duplicate', duplicateReason: 'lost' }, licence, '2026-11-22', []],
    ['damaged, on the expiry day', { kind: 'duplicate', duplicateReason: 'damaged' }, { expiresOn: '2026-11-22' }, '2026-11-22', []],
    ['no reason', { kind: 'duplicate' }, licence, '2026-11-22', ['duplicate-reason-required']],
    ['expired licence', { kind: 'duplicate', duplicateReason: 'lost' }, { expiresOn: '2026-11-21' }, '2026-11-22', ['expired-needs-renewal']],
    ['a renewal with a duplicate reason', { kind: 'renewal', duplicateReason: 'lost' }, { expiresOn: '2026-12-01' }, '2026-11-22', ['reason-only-for-duplicate']],
  ] as const)('%s → %j', (_name, request, current, today, expected) => {
    expect(codes(licenceRequestProblems(request, current, today))).toEqual(expected);
  });
});

describe('identification: the old licence is handed in unless lost', () => {
  it.each([
    [{ kind: 'renewal' }, false, ['old-licence-required']],
    [{ kind: 'renewal' }, true, []],
    [{ kind: 'duplicate', duplicateReason: 'damaged' }, false, ['old-licence-required']],
    [{ kind: 'duplicate', duplicateReason: 'lost' }, false, []],
  ] as const)('%j, handed in %s → %j', (request, handedIn, expected) => {
    expect(codes(licenceIdentificationProblems({ photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: handedIn }, request))).toEqual(expected);
  });
});

describe('fees', () => {
  it.each([
    ['renewal', false, { code: 'renewal' }],
    ['renewal', true, { waiver: 'health_limited' }],
    ['duplicate', false, { code: 'duplicate' }],
    ['duplicate', true, { code: 'duplicate' }],
  ] as const)('%s, health-limited %s → %j', (kind, health, expected) => {
    expect(licenceFee(kind, health)).toEqual(expected);
  });
  it.each([
    [{ paid: false }, 18000, ['payment-required']],
    [{ paid: true }, 18000, []],
    [{ paid: false }, 0, []],
  ])('%j with fee %i øre → %j', (data, fee, expected) => {
    expect(codes(licencePaymentProblems(data, fee))).toEqual(expected);
  });
});
