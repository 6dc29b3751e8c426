import { describe, expect, it } from 'vitest';
import {
  cardUnderFreeAge,
  healthCardFee,
  healthCardPaymentProblems,
  healthCardRequestProblems,
  temporaryCertificateValidUntil,
  type HealthCardRequestData,
} from './rules.ts';

const codes = (problems: Array<{ code: string }>) => problems.map((p) => p.code);
const today = '2026-12-07';

describe('the health card fee (225 kr. from the fee table, or free)', () => {
  it.each<[string, HealthCardRequestData, string | null, ReturnType<typeof healthCardFee>]>([
    ['a first card', { kind: 'new_card', reason: 'first_card' }, null, { free: 'first_card' }],
    ['a new card when moving', { kind: 'new_card', reason: 'moving' }, '2025-01-01', { free: 'moving' }],
    ['a change of doctor without moving', { kind: 'new_card', reason: 'doctor_change' }, '2025-01-01', { code: 'health_card' }],
    ['a change of group without moving', { kind: 'new_card', reason: 'group_change' }, '2025-01-01', { code: 'health_card' }],
    ['a lost card', { kind: 'replacement', reason: 'lost' }, '2016-01-01', { code: 'health_card' }],
    ['a damaged card 2 years old', { kind: 'replacement', reason: 'damaged' }, '2024-12-07', { code: 'health_card' }],
    ['a damaged card one day short of 4 years', { kind: 'replacement', reason: 'damaged' }, '2022-12-08', { code: 'health_card' }],
    ['a damaged card exactly 4 years old', { kind: 'replacement', reason: 'damaged' }, '2022-12-07', { free: 'worn_card' }],
    ['a damaged card 6 years old', { kind: 'replacement', reason: 'damaged' }, '2020-06-01', { free: 'worn_card' }],
    ['a damaged card of unknown age', { kind: 'replacement', reason: 'damaged' }, null, { code: 'health_card' }],
    [
      'a name change on marriage',
      { kind: 'replacement', reason: 'name_change', nameChangeCause: 'marriage' },
      '2025-01-01',
      { free: 'marriage' },
    ],
    [
      'another name change',
      { kind: 'replacement', reason: 'name_change', nameChangeCause: 'other' },
      '2025-01-01',
      { code: 'health_card' },
    ],
    ['a temporary certificate for a lost card', { kind: 'temporary', reason: 'lost' }, '2025-01-01', { free: 'temporary' }],
  ])('%s', (_name, request, issuedOn, expected) => {
    expect(healthCardFee(request, { issuedOn }, today)).toEqual(expected);
  });
});

describe('the request against the card on record', () => {
  it.each<[string, HealthCardRequestData, string | null, string[]]>([
    ['a replacement of a card on record', { kind: 'replacement', reason: 'lost' }, '2020-01-01', []],
    ['a replacement with no card on record', { kind: 'replacement', reason: 'lost' }, null, ['no-card-to-replace']],
    ['a first card for someone who has one', { kind: 'new_card', reason: 'first_card' }, '2020-01-01', ['card-already-issued']],
    ['a first card', { kind: 'new_card', reason: 'first_card' }, null, []],
    ['a new card for a lost one', { kind: 'new_card', reason: 'lost' }, '2020-01-01', ['reason-not-for-kind']],
    ['a name change without its cause', { kind: 'replacement', reason: 'name_change' }, '2020-01-01', ['name-change-cause-required']],
    ['a temporary certificate while waiting', { kind: 'temporary', reason: 'waiting' }, null, []],
    ['a temporary certificate for a group change', { kind: 'temporary', reason: 'group_change' }, null, ['reason-not-for-kind']],
  ])('%s', (_name, request, issuedOn, expected) => {
    expect(codes(healthCardRequestProblems(request, { issuedOn }))).toEqual(expected);
  });
});

describe('payment and dates', () => {
  it.each([
    [22500, false, ['payment-required']],
    [22500, true, []],
    [0, false, []],
  ] as const)('fee %i øre, paid %s', (fee, paid, expected) => {
    expect(codes(healthCardPaymentProblems({ paid }, fee))).toEqual(expected);
  });
  it.each([
    ['2026-12-07', '2027-02-05'],
    ['2027-01-01', '2027-03-02'],
  ])('a temporary certificate printed %s is valid until %s', (from, until) => {
    expect(temporaryCertificateValidUntil(from)).toBe(until);
  });
  it.each([
    ['2024-02-29', '2028-02-28', true],
    ['2024-02-29', '2028-02-29', false],
  ])('issued %s, on %s under 4 years: %s', (issued, on, under) => {
    expect(cardUnderFreeAge(issued, on)).toBe(under);
  });
});
