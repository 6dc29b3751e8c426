import { describe, expect, it } from 'vitest';
import { isStepOf, missingSteps, underStep } from './steps.ts';

const STEPS = ['request', 'identification', 'payment'] as const;
const TEXT = { request: 'Fornyelse eller duplikat', identification: 'Legitimation', payment: 'Gebyr' };

describe('isStepOf', () => {
  it.each([
    ['request', true],
    ['payment', true],
    ['Payment', false],
    ['', false],
    ['toString', false],
  ])('%s -> %s', (step, expected) => {
    expect(isStepOf(STEPS, step)).toBe(expected);
  });
});

describe('missingSteps', () => {
  it.each([
    [{}, ['request', 'identification', 'payment']],
    [{ request: {} }, ['identification', 'payment']],
    [{ payment: {}, request: {} }, ['identification']],
    [{ request: {}, identification: {}, payment: {} }, []],
    [{ request: null, other: {} }, ['request', 'identification', 'payment']],
  ])('%j misses %j', (saved, missing) => {
    expect(missingSteps(STEPS, TEXT, saved).map((p) => p.field)).toEqual(missing.map((s) => `/${s}`));
  });

  it('names the step as the counter sees it', () => {
    expect(missingSteps(STEPS, TEXT, { request: {}, payment: {} })).toEqual([
      {
        field: '/identification',
        code: 'step-missing',
        da: 'Trinnet "Legitimation" er ikke udfyldt.',
        en: "The step 'identification' has not been filled in.",
      },
    ]);
  });
});

describe('underStep', () => {
  it.each([
    ['identification', '/idDocument', '/identification/idDocument'],
    ['payment', '', '/payment'],
    ['request', '/kind/0', '/request/kind/0'],
  ])('%s %s -> %s', (step, field, expected) => {
    expect(underStep(step)({ field, code: 'x', da: 'a', en: 'b' })).toEqual({ field: expected, code: 'x', da: 'a', en: 'b' });
  });
});
