import { describe, expect, it } from 'vitest';
import { ageOn } from '../cpr/age.ts';
import { selectFeeRate, type FeeRate } from '../fees/fee-table.ts';
import { ageFacts } from '../fees/pension-age.ts';
import { OLD_PASSPORT_OUTCOMES, type OldPassportOutcome } from './codes.ts';
import { feeDoubles, passportFee } from './old-passport.ts';
import {
  consentProblems,
  consentRequired,
  fingerprintProblems,
  fingerprintsRequired,
  identityProblems,
  missingConsents,
  passportBlockers,
  passportExpiry,
  passportValidityYears,
  paymentProblems,
  type PassportFacts,
} from './rules.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);

describe('age rules on the edge dates', () => {
  it.each([
    // birth date, application date, fingerprints, consent, validity
    ['2024-11-22', '2026-11-21', false, true, 2],
    ['2024-11-22', '2026-11-22', false, true, 5],
    ['2014-11-22', '2026-11-21', false, true, 5],
    ['2014-11-22', '2026-11-22', true, true, 5],
    ['2008-11-22', '2026-11-21', true, true, 5],
    ['2008-11-22', '2026-11-22', true, false, 10],
    // Leap-day births: a year older on 1 March in a common year, on 29 February in a leap year.
    ['2016-02-29', '2028-02-28', false, true, 5],
    ['2016-02-29', '2028-02-29', true, true, 5],
    ['2008-02-29', '2026-02-28', true, true, 5],
    ['2008-02-29', '2026-03-01', true, false, 10],
    ['2024-02-29', '2026-02-28', false, true, 2],
    ['2024-02-29', '2026-03-01', false, true, 5],
    ['1950-01-01', '2026-11-22', true, false, 10],
  ] as const)('born %s, applying %s: fingerprints %s, consent %s, valid %i years', (birth, on, fingerprints, consent, years) => {
    const age = ageOn(birth, on);
    expect(fingerprintsRequired(age)).toBe(fingerprints);
    expect(consentRequired(age)).toBe(consent);
    expect(passportValidityYears(age)).toBe(years);
  });
});

const rates: FeeRate[] = [
  { code: 'child', labelDa: 'Barn 0-11 år', labelEn: 'Child', from: 0, to: 12, amountOre: 15000 },
  { code: 'youth', labelDa: 'Barn 12-17 år', labelEn: 'Youth', from: 12, to: 18, amountOre: 17900 },
  { code: 'adult', labelDa: 'Voksen', labelEn: 'Adult', from: 18, to: 'pension_age', amountOre: 89100 },
  { code: 'pensioner', labelDa: 'Folkepensionsalder', labelEn: 'Pensioner', from: 'pension_age', to: null, amountOre: 37900 },
];

describe('the passport fee (2023 table), doubling and pension age', () => {
  it.each([
    // birth date, application date, old passport, fee in øre, doubled
    ['2014-11-23', '2026-11-22', 'none', 15000, false],
    ['2014-11-22', '2026-11-22', 'handed_in', 17900, false],
    ['2008-11-22', '2026-11-21', 'lost', 35800, true],
    ['2008-11-22', '2026-11-22', 'handed_in', 89100, false],
    ['1980-05-05', '2026-11-22', 'lost', 178200, true],
    ['1980-05-05', '2026-11-22', 'missing', 178200, true],
    ['1980-05-05', '2026-11-22', 'damaged', 178200, true],
    // Born 1959-05-01: folkepension at 67 on 2026-05-01, not at 65.
    ['1959-05-01', '2024-05-01', 'handed_in', 89100, false],
    ['1959-05-01', '2026-04-30', 'handed_in', 89100, false],
    ['1959-05-01', '2026-05-01', 'handed_in', 37900, false],
    ['1959-05-01', '2026-05-01', 'lost', 75800, true],
    // Born in the first half of 1954: 65½.
    ['1954-02-10', '2019-08-09', 'handed_in', 89100, false],
    ['1954-02-10', '2019-08-10', 'handed_in', 37900, false],
    // Born 1964-02-29: 68 on 2032-02-29 (a leap year).
    ['1964-02-29', '2032-02-28', 'handed_in', 89100, false],
    ['1964-02-29', '2032-02-29', 'handed_in', 37900, false],
  ] as const)('born %s, applying %s, old passport %s: %i øre (doubled %s)', (birth, on, outcome, amountOre, doubled) => {
    const rate = selectFeeRate(rates, ageFacts(birth, on));
    expect(passportFee(rate.amountOre, outcome)).toEqual({ amountOre, doubled });
  });

  it.each(OLD_PASSPORT_OUTCOMES.map((o) => [o, ['lost', 'missing', 'damaged'].includes(o)] as [OldPassportOutcome, boolean]))(
    '%s doubles: %s',
    (outcome, doubles) => {
      expect(feeDoubles(outcome)).toBe(doubles);
    },
  );
});

describe('passportExpiry', () => {
  it.each([
    ['2026-11-22', 10, '2036-11-22'],
    ['2026-11-22', 2, '2028-11-22'],
    ['2024-02-29', 5, '2029-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('issued %s, %i years → %s', (issued, years, expiry) => {
    expect(passportExpiry(issued, years)).toBe(expiry);
  });
});

describe('step rules', () => {
  it.each([
    [11, 'not_required', undefined, []],
    [11, 'taken', undefined, ['fingerprints-not-taken-under-12']],
    [12, 'not_required', undefined, ['fingerprints-required']],
    [12, 'taken', undefined, []],
    [40, 'impossible', undefined, ['fingerprint-note-required']],
    [40, 'impossible', 'Bandage på begge hænder', []],
  ] as const)('fingerprints at %i: %s (%s) → %j', (age, status, note, expected) => {
    expect(codes(fingerprintProblems(age, { status, note }))).toEqual(expected);
  });

  it.each([
    [{ evidence: ['old_passport'], verified: true }, []],
    [{ evidence: [], verified: true }, ['evidence-required']],
    [{ evidence: ['other_photo_id'], verified: false }, ['refusal-reason-required']],
    [{ evidence: [], verified: false, note: 'Billedet ligner ikke' }, []],
  ] as const)('identity %j → %j', (data, expected) => {
    expect(codes(identityProblems({ ...data, evidence: [...data.evidence] }))).toEqual(expected);
  });

  const holders = ['mor', 'far'];
  it.each([
    [10, [], []],
    [10, [{ holderId: 'mor', method: 'present' }], []],
    [
      10,
      [
        { holderId: 'mor', method: 'present' },
        { holderId: 'far', method: 'givsamtykke' },
      ],
      [],
    ],
    [10, [{ holderId: 'nabo', method: 'present' }], ['not-a-custody-holder']],
    [
      10,
      [
        { holderId: 'mor', method: 'present' },
        { holderId: 'mor', method: 'digital' },
      ],
      ['duplicate-consent'],
    ],
    [18, [], []],
    [18, [{ holderId: 'mor', method: 'present' }], ['consent-not-required']],
  ] as const)('consent at %i: %j → %j', (age, consents, expected) => {
    expect(codes(consentProblems(age, holders, { consents: [...consents] }))).toEqual(expected);
  });

  it('names the holders still to consent', () => {
    expect(missingConsents(17, holders, { consents: [{ holderId: 'far', method: 'digital' }] })).toEqual(['mor']);
    expect(missingConsents(17, holders, undefined)).toEqual(['mor', 'far']);
    expect(missingConsents(18, holders, undefined)).toEqual([]);
  });
});

describe('passportBlockers', () => {
  const complete: PassportFacts['stepData'] = {
    identity: { evidence: ['old_passport'], verified: true },
    old_passport: { outcome: 'handed_in' },
    photo: { source: 'brought' },
    fingerprints: { status: 'taken' },
    consent: {
      consents: [
        { holderId: 'mor', method: 'present' },
        { holderId: 'far', method: 'givsamtykke' },
      ],
    },
    payment: { method: 'card', amountOre: 17900 },
  };
  const facts = (over: Partial<PassportFacts>): PassportFacts => ({
    age: 14,
    holderIds: ['mor', 'far'],
    stepData: complete,
    feeOre: 17900,
    ...over,
  });

  it.each([
    ['everything in place', facts({}), []],
    [
      'one consent missing',
      facts({ stepData: { ...complete, consent: { consents: [{ holderId: 'far', method: 'digital' }] } } }),
      ['consent-missing'],
    ],
    ['no consent step', facts({ stepData: { ...complete, consent: undefined } }), ['consent-missing']],
    ['no custody holder on record', facts({ holderIds: [], stepData: { ...complete, consent: { consents: [] } } }), ['no-custody-holders']],
    ['an adult needs no consent', facts({ age: 30, holderIds: [], stepData: { ...complete, consent: { consents: [] } } }), []],
    ['the fee changed since payment', facts({ feeOre: 35800 }), ['payment-mismatch']],
    [
      'turned 12 after saying fingerprints were not required',
      facts({ age: 12, stepData: { ...complete, fingerprints: { status: 'not_required' } } }),
      ['fingerprints-required'],
    ],
    [
      'nothing saved',
      facts({ stepData: {} }),
      ['step-missing', 'step-missing', 'step-missing', 'step-missing', 'consent-missing', 'step-missing'],
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(codes(passportBlockers(input))).toEqual(expected);
  });

  it('names the custody holders whose consent is missing', () => {
    const names = { mor: 'Lene Pasprøve', far: 'Morten Pasprøve' };
    const oneMissing = passportBlockers(
      facts({ holderNames: names, stepData: { ...complete, consent: { consents: [{ holderId: 'mor', method: 'present' }] } } }),
    );
    expect(oneMissing.map((p) => [p.da, p.en])).toEqual([
      ['Der mangler samtykke fra Morten Pasprøve.', 'Consent is missing from Morten Pasprøve.'],
    ]);
    const both = passportBlockers(facts({ holderNames: names, stepData: { ...complete, consent: { consents: [] } } }));
    expect(both.map((p) => p.da)).toEqual(['Der mangler samtykke fra Lene Pasprøve og Morten Pasprøve.']);
  });

  it('stops the order when the register now disagrees with the old-passport answer and no reason is given', () => {
    const none = { ...complete, old_passport: { outcome: 'none' as const } };
    expect(codes(passportBlockers(facts({ stepData: none, passportOnRecord: { status: 'valid' } })))).toEqual([
      'register-deviation-reason-required',
    ]);
    expect(passportBlockers(facts({ stepData: none, passportOnRecord: { status: 'valid' } }))[0]!.field).toBe('/old_passport/reason');
    expect(
      passportBlockers(
        facts({
          stepData: { ...none, old_passport: { outcome: 'none', reason: 'Udstedt i udlandet' } },
          passportOnRecord: { status: 'valid' },
        }),
      ),
    ).toEqual([]);
    expect(passportBlockers(facts({ stepData: none, passportOnRecord: null }))).toEqual([]);
  });

  it('points at the step', () => {
    expect(passportBlockers(facts({ feeOre: 1 }))[0]!.field).toBe('/payment/amountOre');
  });
});

describe('paymentProblems', () => {
  it.each([
    ['the fee paid', { method: 'card', amountOre: 74_000 }, []],
    ['a wrong amount', { method: 'card', amountOre: 70_000 }, ['wrong-amount']],
    ['a Danish phone to tell', { method: 'card', amountOre: 74_000, notifyPhone: '20 30 40 50' }, []],
    ['an empty phone (none given)', { method: 'card', amountOre: 74_000, notifyPhone: ' ' }, []],
    ['a foreign phone', { method: 'card', amountOre: 74_000, notifyPhone: '+46 70 123 45 67' }, ['invalid-phone']],
    ['an e-mail', { method: 'cash', amountOre: 74_000, notifyEmail: 'karen@example.dk' }, []],
    ['a broken e-mail and amount', { method: 'cash', amountOre: 1, notifyEmail: 'karen@' }, ['wrong-amount', 'invalid-email']],
  ] as const)('%s', (_label, data, codes) => {
    expect(paymentProblems(74_000, data).map((p) => p.code)).toEqual(codes);
  });
});
