import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http.ts';
import { fieldErrors, problemMessages } from './problem-fields.ts';

const refused = (errors: Array<{ pointer: string; detail: string }>) =>
  new ApiError(400, {
    type: 'urn:skranke:problem:validation-error',
    title: 'Bad Request',
    status: 400,
    detail: 'Nogle felter er ikke udfyldt rigtigt.',
    errors,
  });

describe('fieldErrors: where a message belongs', () => {
  it.each([
    ['a step field', '/body/data/witnessCpr', 'verification', 'witnessCpr'],
    ['a nested step field, by its first name', '/body/data/consents/0/method', 'consent', 'consents'],
    ['completion of the same step', '/stepData/payment/amountOre', 'payment', 'amountOre'],
    ["an action's own body (marking a passport ready)", '/body/passportNumber', 'ready', 'passportNumber'],
  ])('%s: %s', (_name, pointer, step, field) => {
    expect(fieldErrors(refused([{ pointer, detail: 'Sætning.' }]), step)).toEqual({ [field]: 'Sætning.' });
  });

  it.each([
    ["another step's completion", '/stepData/identity/verified', 'payment'],
    ['the step data as a whole', '/body/data', 'payment'],
  ])('not beside a field: %s', (_name, pointer, step) => {
    expect(fieldErrors(refused([{ pointer, detail: 'Sætning.' }]), step)).toEqual({});
  });

  it('the first message for a field wins; the summary lists each once', () => {
    const error = refused([
      { pointer: '/body/passportNumber', detail: 'Pasnummeret skal udfyldes.' },
      { pointer: '/body/passportNumber', detail: 'Pasnummeret har ikke den rette form.' },
      { pointer: '/body/issuedOn', detail: 'Pasnummeret skal udfyldes.' },
    ]);
    expect(fieldErrors(error, 'ready').passportNumber).toBe('Pasnummeret skal udfyldes.');
    expect(problemMessages(error)).toEqual(['Pasnummeret skal udfyldes.', 'Pasnummeret har ikke den rette form.']);
  });
});
