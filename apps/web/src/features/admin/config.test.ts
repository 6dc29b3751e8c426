import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http.ts';
import { configFormErrors } from './config.ts';

const problem = (status: number, body: Record<string, unknown>) =>
  new ApiError(status, { type: 'urn:skranke:problem:x', title: 'Bad Request', status, ...body });

describe('configFormErrors', () => {
  it('puts each message beside its field, an opening-hours row by its path', () => {
    const error = problem(400, {
      detail: 'Tirsdag: … Onsdag: …',
      errors: [
        { pointer: '/body/intervals/1/opens', detail: 'Tirsdag: 10:30–12:00 overlapper 09:00–11:00.' },
        { pointer: '/body/prefix', detail: 'Bogstavet P bruges allerede af Pas.' },
        { pointer: '/body/prefix', detail: 'a second message for the same field is dropped' },
      ],
    });
    expect(configFormErrors(error)).toEqual({
      fields: { 'intervals/1/opens': 'Tirsdag: 10:30–12:00 overlapper 09:00–11:00.', prefix: 'Bogstavet P bruges allerede af Pas.' },
      general: null,
    });
  });

  it('gives the detail to the form as a whole when no field claims it', () => {
    expect(configFormErrors(problem(409, { detail: 'Skranken er brugt af billetter …' }))).toEqual({
      fields: {},
      general: 'Skranken er brugt af billetter …',
    });
  });

  it('says nothing about errors that are not the API’s', () => {
    expect(configFormErrors(new TypeError('Failed to fetch'))).toEqual({ fields: {}, general: null });
  });
});
