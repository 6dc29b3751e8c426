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
      [`GET /api/cases/${CASE_ID}`]: () => json(200, mitidCase({ currentStep: 'documents', version: 2, stepData: { applicant: { applicantType: 'in_person', canUseMitIdAlone: true } } })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Hvilke dokumenter har borgeren vist?' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Udenlandsk pas' }));
    expect(screen.getByText(/Dokumenterne er ikke nok\./)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Sundhedskort' }));
    // Both documents now ask whether they show the CPR number; the health card does.
    const [, cardShowsCpr] = screen.getAllByRole('checkbox', { name: 'Viser CPR-nummeret' });
    await user.click(cardShowsCpr!);
    expect(screen.getByText('Godkendt kombination: udenlandsk billed-ID med sundhedskort eller bopælsattest.')).toBeInTheDocument();
  });

  it('jumps to the refusal when the saved steps already refuse, and offers "Giv afslag"', async () => {
    const refused = mitidCase({
      currentStep: 'documents',
      version: 2,
      stepData: { applicant: { applicantType: 'power_of_attorney', representativeName: 'Jens Hjælper', canUseMitIdAlone: true } },
      mitid: outcome({ outcome: 'refuse', reasons: ['representative'] }),
    });
    const api = signedInApi(USERS.anna, {
      [`GET /api/cases/${CASE_ID}`]: () => json(200, mitidCase()),
      [`PUT /api/cases/${CASE_ID}/steps/applicant`]: () => json(200, refused),
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
