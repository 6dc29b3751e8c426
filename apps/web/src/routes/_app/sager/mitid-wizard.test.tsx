import type { Case, MitIdOutcome } from '@skranke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const STEPS = ['applicant', 'documents', 'verification', 'authenticator'];
const outcome = (assessment: Partial<MitIdOutcome['assessment']> = {}): MitIdOutcome => ({
  assessment: { outcome: 'incomplete', reasons: [], documentProblems: [], ...assessment },
  issued: null,
  refusal: null,
});
const mitidCase = (overrides: Partial<Case> = {}) => draftCase({ type: 'mitid', steps: STEPS, mitid: outcome(), ...overrides });

describe('MitID wizard', () => {
  it('tells at once whether the documents are enough, by the same rule as the server', async () => {
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          mitidCase({
            currentStep: 'documents',
            version: 2,
            stepData: { applicant: { applicantType: 'in_person', canUseMitIdAlone: true } },
          }),
        ),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Hvilke dokumenter har borgeren vist?' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Udenlandsk pas' }));
    expect(screen.getByText(/Dokumenterne er ikke nok\./)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Sundhedskort' }));
    // Both documents now ask whether they show the CPR number. The health card always does: it starts ticked.
    const [passportShowsCpr, cardShowsCpr] = screen.getAllByRole('checkbox', { name: 'Viser CPR-nummeret' });
    expect(passportShowsCpr).not.toBeChecked();
    expect(cardShowsCpr).toBeChecked();
    expect(screen.getByText('Godkendt kombination: udenlandsk billed-ID med sundhedskort eller bopælsattest.')).toBeInTheDocument();
    await user.click(cardShowsCpr!);
    expect(screen.getByText(/Dokumenterne er ikke nok\./)).toBeInTheDocument();
  });

  it.each([
    ['Dansk pas', 'Et dansk pas viser altid CPR-nummeret.'],
    ['Dansk kørekort (kort eller app)', 'Et dansk kørekort viser altid CPR-nummeret.'],
  ])('ticks "shows the CPR number" for a %s and says why; the combination is accepted at once', async (document, why) => {
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          mitidCase({
            currentStep: 'documents',
            version: 2,
            stepData: { applicant: { applicantType: 'in_person', canUseMitIdAlone: true } },
          }),
        ),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('checkbox', { name: document }));
    const showsCpr = screen.getByRole('checkbox', { name: 'Viser CPR-nummeret' });
    expect(showsCpr).toBeChecked();
    expect(showsCpr).toHaveAccessibleDescription(why);
    expect(screen.getByText('Godkendt kombination: dansk billedlegitimation.')).toBeInTheDocument();
  });

  it('leaves it unticked for a residence permit, which may not show it', async () => {
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          mitidCase({
            currentStep: 'documents',
            version: 2,
            stepData: { applicant: { applicantType: 'in_person', canUseMitIdAlone: true } },
          }),
        ),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('checkbox', { name: 'Dansk opholdstilladelse med foto' }));
    expect(screen.getByRole('checkbox', { name: 'Viser CPR-nummeret' })).not.toBeChecked();
    expect(screen.getByText(/Ét af dokumenterne skal vise borgerens CPR-nummer\./)).toBeInTheDocument();
  });

  it('jumps to the refusal when the saved steps already refuse, and offers "Giv afslag"', async () => {
    const refused = mitidCase({
      currentStep: 'documents',
      version: 2,
      stepData: { applicant: { applicantType: 'power_of_attorney', representativeName: 'Jens Hjælper', canUseMitIdAlone: true } },
      mitid: outcome({ outcome: 'refuse', reasons: ['representative'] }),
    });
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, mitidCase()),
      saveCaseStep: () => json(200, refused),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('radio', { name: 'En anden med fuldmagt fra borgeren' }));
    await user.type(screen.getByRole('textbox', { name: /Navn på den, der møder op/ }), 'Jens Hjælper');
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Kontrollér og afslut' })).toBeInTheDocument();
    expect(screen.getByText('MitID kan ikke udstedes med fuldmagt eller til en værge')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Giv afslag' })).toBeInTheDocument();
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/applicant`);
    expect(await save!.json()).toEqual({
      expectedVersion: 1,
      data: { applicantType: 'power_of_attorney', representativeName: 'Jens Hjælper', canUseMitIdAlone: true },
    });
  });
});
