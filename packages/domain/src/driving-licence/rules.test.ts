import { describe, expect, it } from 'vitest';
import {
  licenceIdentificationProblems,
  licenceFee,
  civilMonthsBefore,
  licencePaymentProblems,
  renewableFrom,
  licenceRequestProblems,
  medicalCertificateRequired,
  oldLicenceLost,
} from './rules.ts';

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
    [
      'expired licence',
      { kind: 'duplicate', duplicateReason: 'lost' },
      { expiresOn: '2026-11-21' },
      '2026-11-22',
      ['expired-needs-renewal'],
    ],
    [
      'a renewal with a duplicate reason',
      { kind: 'renewal', duplicateReason: 'lost' },
      { expiresOn: '2026-12-01' },
      '2026-11-22',
      ['reason-only-for-duplicate'],
    ],
  ] as const)('%s → %j', (_name, request, current, today, expected) => {
    expect(codes(licenceRequestProblems(request, current, today))).toEqual(expected);
  });
});

describe("renewal of a lost licence, with the citizen's loss declaration", () => {
  it.each([
    [
      'expired and lost: renewal with the declaration',
      { kind: 'renewal', lossDeclared: true },
      { expiresOn: '2026-10-01' },
      '2026-12-06',
      [],
    ],
    ['lost inside the renewal window', { kind: 'renewal', lossDeclared: true }, { expiresOn: '2027-01-10' }, '2026-12-06', []],
    [
      'lost, but too early to renew: a duplicate it is',
      { kind: 'renewal', lossDeclared: true },
      { expiresOn: '2030-01-01' },
      '2026-12-06',
      ['too-early-to-renew'],
    ],
    [
      'a duplicate cannot carry the declaration (its reason says lost)',
      { kind: 'duplicate', duplicateReason: 'lost', lossDeclared: true },
      { expiresOn: '2030-01-01' },
      '2026-12-06',
      ['loss-declaration-only-for-renewal'],
    ],
  ] as const)('%s → %j', (_name, request, current, today, expected) => {
    expect(codes(licenceRequestProblems(request, current, today))).toEqual(expected);
  });

  it('an expired lost licence is pointed from the duplicate to the renewal with a loss declaration', () => {
    const [problem] = licenceRequestProblems({ kind: 'duplicate', duplicateReason: 'lost' }, { expiresOn: '2026-10-01' }, '2026-12-06');
    expect(problem?.da).toBe(
      'Kørekortet udløb den 1. oktober 2026. Der skal søges om fornyelse, ikke duplikat. Er det bortkommet, vælg fornyelse og lad borgeren erklære det bortkommet.',
    );
  });

  it('is charged as a renewal, not a duplicate, and free when health-limited', () => {
    expect(licenceFee('renewal', false)).toEqual({ code: 'renewal' });
    expect(licenceFee('renewal', true)).toEqual({ waiver: 'health_limited' });
  });

  it('the old licence is then recorded as lost', () => {
    expect(oldLicenceLost({ kind: 'renewal', lossDeclared: true })).toBe(true);
    expect(oldLicenceLost({ kind: 'renewal' })).toBe(false);
    expect(oldLicenceLost({ kind: 'duplicate', duplicateReason: 'lost' })).toBe(true);
    expect(oldLicenceLost({ kind: 'duplicate', duplicateReason: 'damaged' })).toBe(false);
  });
});

describe('identification: the old licence is handed in unless lost; a lægeattest for a health-limited renewal', () => {
  const plain = { healthLimited: false };
  const health = { healthLimited: true };
  it.each([
    [{ kind: 'renewal' }, plain, false, undefined, ['old-licence-required']],
    [{ kind: 'renewal' }, plain, true, undefined, []],
    [{ kind: 'renewal', lossDeclared: true }, plain, false, undefined, []],
    [{ kind: 'duplicate', duplicateReason: 'damaged' }, plain, false, undefined, ['old-licence-required']],
    [{ kind: 'duplicate', duplicateReason: 'lost' }, plain, false, undefined, []],
    [{ kind: 'renewal' }, health, true, undefined, ['medical-certificate-required']],
    [{ kind: 'renewal' }, health, true, false, ['medical-certificate-required']],
    [{ kind: 'renewal' }, health, true, true, []],
    [{ kind: 'renewal', lossDeclared: true }, health, false, false, ['medical-certificate-required']],
    [{ kind: 'duplicate', duplicateReason: 'lost' }, health, false, undefined, []],
  ] as const)('%j, %j, handed in %s, lægeattest %s → %j', (request, licence, handedIn, certificate, expected) => {
    const data = {
      photo: 'brought',
      idDocument: 'pas',
      oldLicenceHandedIn: handedIn,
      ...(certificate !== undefined && { medicalCertificate: certificate }),
    } as const;
    expect(codes(licenceIdentificationProblems(data, request, licence))).toEqual(expected);
  });

  it('says what to bring in Danish', () => {
    const [problem] = licenceIdentificationProblems(
      { photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: true },
      { kind: 'renewal' },
      health,
    );
    expect(problem).toMatchObject({
      field: '/medicalCertificate',
      da: 'Kørekortet er tidsbegrænset af helbredsmæssige grunde: borgeren skal aflevere en lægeattest, før det kan fornys.',
    });
    expect(medicalCertificateRequired({ kind: 'renewal' }, health)).toBe(true);
    expect(medicalCertificateRequired({ kind: 'duplicate', duplicateReason: 'damaged' }, health)).toBe(false);
    expect(medicalCertificateRequired({ kind: 'renewal' }, plain)).toBe(false);
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
