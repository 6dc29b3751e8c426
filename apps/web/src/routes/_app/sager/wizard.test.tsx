import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const stepInvalid = (pointer: string, detail: string) =>
  new Response(
    JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, code: 'step-invalid', detail, errors: [{ pointer, detail }] }),
    { status: 400, headers: { 'content-type': 'application/problem+json' } },
  );

describe('Digital Post exemption wizard', () => {
  it('resumes at the first step not yet saved', async () => {
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          draftCase({
            currentStep: 'declaration',
            version: 3,
            stepData: { applicant: { applicantType: 'in_person' }, identification: { idDocument: 'pas' } },
          }),
        ),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Erklæring' })).toBeInTheDocument();
    // Grounds are optional, and no documentation is ever asked for.
    expect(screen.getByText('Borgeren behøver ikke oplyse en grund. Der skal ikke vises dokumentation.')).toBeInTheDocument();
  });

  it("shows the server's validation error beside the field it points at, and in the summary", async () => {
    const detail = 'Fuldmagten (blanket FD 001F) skal være underskrevet og afleveret.';
    const api = signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          draftCase({
            currentStep: 'identification',
            version: 2,
            stepData: { applicant: { applicantType: 'power_of_attorney', representativeName: 'Jens Jensen' } },
          }),
        ),
      saveCaseStep: () => stepInvalid('/body/data/powerOfAttorneySigned', detail),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);

    await user.click(screen.getByRole('radio', { name: 'Pas' }));
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));

    const summary = await screen.findByRole('alert');
    await within(summary).findByText(detail);
    const checkbox = screen.getByRole('checkbox', { name: 'Den underskrevne fuldmagt (FD 001F) er afleveret' });
    expect(checkbox).toHaveAccessibleDescription(detail);
    expect(checkbox).toBeInvalid();
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/identification`);
    expect(await save!.json()).toEqual({ expectedVersion: 2, data: { idDocument: 'pas', powerOfAttorneySigned: false } });
  });

  it('moves on to the next step once the server accepts one', async () => {
    signedInApi(USERS.anna, {
      getCase: () => json(200, draftCase()),
      saveCaseStep: () =>
        json(200, draftCase({ currentStep: 'identification', version: 2, stepData: { applicant: { applicantType: 'in_person' } } })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('radio', { name: 'Borgeren selv (personligt fremmøde)' }));
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Legitimation' })).toBeInTheDocument();
  });
});
