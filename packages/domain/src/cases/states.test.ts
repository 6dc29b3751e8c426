import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATUSES, currentStep, isOpenCase, nextCaseStatus, type CaseAction, type CaseStatus } from './states.ts';

const LEGAL: Array<[CaseStatus, CaseAction, CaseStatus]> = [
  ['draft', 'save_step', 'draft'],
  ['draft', 'complete', 'completed'],
  ['draft', 'refuse', 'refused'],
  ['draft', 'cancel', 'cancelled'],
  ['completed', 'revoke', 'revoked'],
  ['refused', 'overturn', 'completed'],
];
const legal = new Set(LEGAL.map(([from, action]) => `${from} ${action}`));
const ILLEGAL = CASE_STATUSES.flatMap((from) => CASE_ACTIONS.map((action) => [from, action] as const)).filter(
  ([from, action]) => !legal.has(`${from} ${action}`),
);

describe('case status machine', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextCaseStatus(from, action)).toBe(to);
  });
  it.each(ILLEGAL)('%s --%s--> refused', (from, action) => {
    expect(nextCaseStatus(from, action)).toBeNull();
  });
  it('only a draft is open', () => {
    expect(CASE_STATUSES.filter(isOpenCase)).toEqual(['draft']);
  });
});

describe('currentStep', () => {
  const steps = ['applicant', 'identification', 'declaration'];
  it.each([
    [[], 'applicant'],
    [['applicant'], 'identification'],
    [['applicant', 'declaration'], 'identification'],
    [['applicant', 'identification', 'declaration'], null],
  ] as const)('saved %j → %s', (saved, expected) => {
    expect(currentStep({ steps, saved })).toBe(expected);
  });
});
