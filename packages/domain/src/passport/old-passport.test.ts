import { describe, expect, it } from 'vitest';
import type { IdentityDocumentStatus } from '../documents/expiry.ts';
import { OLD_PASSPORT_OUTCOMES, type OldPassportOutcome } from './codes.ts';
import {
  answerDiffersFromRegister,
  expectedOldPassportOutcome,
  feeDoubles,
  oldPassportStatusAtHandOut,
  passportFee,
  passportToShow,
  type PassportOnRecord,
} from './old-passport.ts';
import { oldPassportProblems } from './rules.ts';

const passport = (documentNumber: string, issuedOn: string, status: IdentityDocumentStatus): PassportOnRecord => ({
  documentNumber,
  issuedOn,
  expiresOn: `${Number(issuedOn.slice(0, 4)) + 10}${issuedOn.slice(4)}`,
  status,
});

describe('passportToShow: the newest passport on record, if it is still the applicant’s', () => {
  it.each<[string, PassportOnRecord[], string | null]>([
    ['nothing on record', [], null],
    ['one valid', [passport('P1', '2020-01-10', 'valid')], 'P1'],
    ['valid but past its expiry date (still theirs: § 4 c "gyldigt eller udløbet")', [passport('P1', '2010-01-10', 'valid')], 'P1'],
    ['recorded as expired', [passport('P1', '2010-01-10', 'expired')], 'P1'],
    ['reported lost', [passport('P1', '2020-01-10', 'lost')], 'P1'],
    ['handed in', [passport('P1', '2020-01-10', 'handed_in')], null],
    ['cancelled (replaced)', [passport('P1', '2020-01-10', 'cancelled')], null],
    ['revoked', [passport('P1', '2020-01-10', 'revoked')], null],
    ['a lost one replaced by a newer valid one', [passport('P1', '2012-01-10', 'lost'), passport('P2', '2015-03-01', 'valid')], 'P2'],
    [
      'the newest was handed in: an older lost one does not count',
      [passport('P2', '2015-03-01', 'handed_in'), passport('P1', '2012-01-10', 'lost')],
      null,
    ],
  ])('%s → %s', (_name, passports, expected) => {
    expect(passportToShow(passports)?.documentNumber ?? null).toBe(expected);
  });
});

type Register = 'nothing' | IdentityDocumentStatus;
const onRecord = (register: Register) => (register === 'nothing' ? null : { status: register });

describe('the old-passport answer against the register', () => {
  it.each<[Register, OldPassportOutcome]>([
    ['nothing', 'none'],
    ['valid', 'handed_in'],
    ['expired', 'handed_in'],
    ['lost', 'lost'],
  ])('register %s: prefilled %s', (register, expected) => {
    expect(expectedOldPassportOutcome(onRecord(register))).toBe(expected);
  });

  // register, answer, differs (reason required), fee doubles
  it.each<[Register, OldPassportOutcome, boolean, boolean]>([
    ['nothing', 'none', false, false],
    ['nothing', 'handed_in', true, false],
    ['nothing', 'damaged', true, true],
    ['nothing', 'missing', true, true],
    ['nothing', 'lost', true, true],
    ['valid', 'handed_in', false, false],
    ['valid', 'damaged', false, true],
    ['valid', 'missing', false, true],
    ['valid', 'lost', false, true],
    // The bug of issue 9: a valid passport on record answered as a first passport was charged the single fee.
    ['valid', 'none', true, true],
    ['expired', 'none', true, true],
    ['expired', 'missing', false, true],
    ['expired', 'handed_in', false, false],
    ['lost', 'lost', false, true],
    ['lost', 'none', true, true],
    ['lost', 'handed_in', true, false],
  ])('register %s, answer %s: differs %s, doubles %s', (register, outcome, differs, doubles) => {
    expect(answerDiffersFromRegister(onRecord(register), outcome)).toBe(differs);
    expect(feeDoubles(outcome, onRecord(register))).toBe(doubles);
    expect(passportFee(89300, outcome, onRecord(register))).toEqual({ amountOre: doubles ? 178600 : 89300, doubled: doubles });
    const problems = oldPassportProblems(onRecord(register), { outcome });
    expect(problems.map((p) => [p.code, p.field])).toEqual(differs ? [['register-deviation-reason-required', '/reason']] : []);
    expect(oldPassportProblems(onRecord(register), { outcome, reason: 'Passet er udstedt i udlandet' })).toEqual([]);
  });

  it('a blank reason is no reason', () => {
    expect(oldPassportProblems({ status: 'valid' }, { outcome: 'none', reason: '   ' })).toHaveLength(1);
  });

  it('without a register answer, the old rule stands: lost, missing and damaged double', () => {
    expect(OLD_PASSPORT_OUTCOMES.filter((o) => feeDoubles(o))).toEqual(['lost', 'missing', 'damaged']);
  });
});

describe('oldPassportStatusAtHandOut', () => {
  it.each<[OldPassportOutcome, IdentityDocumentStatus, ReturnType<typeof oldPassportStatusAtHandOut>]>([
    ['handed_in', 'valid', 'handed_in'],
    ['damaged', 'valid', 'handed_in'],
    ['missing', 'valid', 'cancelled'],
    ['none', 'valid', 'cancelled'],
    ['missing', 'expired', 'cancelled'],
    ['lost', 'valid', 'lost'],
    ['lost', 'lost', null],
    ['missing', 'handed_in', null],
    ['none', 'cancelled', null],
    ['none', 'revoked', null],
  ])('answer %s, on record %s → %s', (outcome, current, expected) => {
    expect(oldPassportStatusAtHandOut(outcome, current)).toBe(expected);
  });
});
