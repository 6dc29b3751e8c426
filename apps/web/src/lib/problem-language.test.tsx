import type { Problem } from '@skranke/contracts';
import { screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useNotice, Notice } from '../components/Notice/Notice.tsx';
import { fieldErrors, problemMessages } from '../features/cases/problem-fields.ts';
import { renderWithProviders } from '../test/render.tsx';
import { ApiError, localizeProblem, setProblemLanguage } from './http.ts';

const base = { type: 'urn:skranke:problem:x', title: 'Bad Request', status: 400 };
afterEach(() => setProblemLanguage('da'));

describe('localizeProblem', () => {
  it.each<[string, Problem, 'da' | 'en', Partial<Problem>]>([
    ['Danish keeps the Danish', { ...base, detail: 'Dansk.', detailEn: 'English.' }, 'da', { detail: 'Dansk.' }],
    ['English takes detailEn', { ...base, detail: 'Dansk.', detailEn: 'English.' }, 'en', { detail: 'English.' }],
    ['English without detailEn keeps the Danish', { ...base, detail: 'Dansk.' }, 'en', { detail: 'Dansk.' }],
    [
      'each field error in English',
      {
        ...base,
        detail: 'D',
        detailEn: 'E',
        errors: [
          { pointer: '/body/a', detail: 'Da a', detailEn: 'En a' },
          { pointer: '/body/b', detail: 'Da b', detailEn: 'En b' },
        ],
      },
      'en',
      {
        detail: 'E',
        errors: [
          { pointer: '/body/a', detail: 'En a', detailEn: 'En a' },
          { pointer: '/body/b', detail: 'En b', detailEn: 'En b' },
        ],
      },
    ],
    [
      "a lone field error without English takes the problem's",
      {
        ...base,
        detail: 'Ugyldigt CPR-nummer.',
        detailEn: 'Invalid CPR number.',
        errors: [{ pointer: '/body/cpr', detail: 'Ugyldigt CPR-nummer.' }],
      },
      'en',
      { errors: [{ pointer: '/body/cpr', detail: 'Invalid CPR number.' }] },
    ],
    [
      'several field errors without English stay Danish',
      {
        ...base,
        detail: 'A. B.',
        detailEn: 'A. B.',
        errors: [
          { pointer: '/a', detail: 'A.' },
          { pointer: '/b', detail: 'B.' },
        ],
      },
      'en',
      {
        errors: [
          { pointer: '/a', detail: 'A.' },
          { pointer: '/b', detail: 'B.' },
        ],
      },
    ],
  ])('%s', (_name, problem, language, expected) => {
    expect(localizeProblem(problem, language)).toMatchObject(expected);
  });
});

const passportError = () =>
  new ApiError(400, {
    ...base,
    detail: 'Nogle felter er ikke udfyldt rigtigt. Ret dem og prøv igen.',
    detailEn: 'Some fields are not filled in correctly. Correct them and try again.',
    errors: [
      {
        pointer: '/body/data/passportNumber',
        detail: 'Pasnummeret skal være 8 eller 9 store bogstaver eller cifre.',
        detailEn: 'The passport number must be 8 or 9 capital letters or digits.',
      },
    ],
  });

describe('ApiError in the UI language', () => {
  it('problem, message and the form helpers follow the language', () => {
    const error = passportError();
    expect(fieldErrors(error, 'x').passportNumber).toBe('Pasnummeret skal være 8 eller 9 store bogstaver eller cifre.');
    expect(error.message).toBe('Nogle felter er ikke udfyldt rigtigt. Ret dem og prøv igen.');
    setProblemLanguage('en');
    expect(fieldErrors(error, 'x').passportNumber).toBe('The passport number must be 8 or 9 capital letters or digits.');
    expect(problemMessages(error)).toEqual(['The passport number must be 8 or 9 capital letters or digits.']);
    expect(error.message).toBe('Some fields are not filled in correctly. Correct them and try again.');
    expect(error.body?.detail).toBe('Nogle felter er ikke udfyldt rigtigt. Ret dem og prøv igen.');
  });

  it.each([
    ['da', 'Borgeren findes ikke.'],
    ['en', 'The citizen does not exist.'],
  ] as const)('a refused action shows the server detail in the UI language (%s)', async (language, text) => {
    function Failing() {
      const notice = useNotice();
      const { showError } = notice;
      useEffect(
        () =>
          showError(new ApiError(404, { ...base, status: 404, detail: 'Borgeren findes ikke.', detailEn: 'The citizen does not exist.' })),
        [showError],
      );
      return <Notice notice={notice.notice} onClose={notice.clear} />;
    }
    await renderWithProviders(<Failing />, { language });
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
