import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

describe('ending a Digital Post draft', () => {
  it('refuses with the begrundelse and then shows the refusal and its letter', async () => {
    const refused = draftCase({
      status: 'refused',
      currentStep: null,
      version: 3,
      stepData: { refusal: { reason: 'Identiteten kunne ikke fastslås.' } },
    });
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, draftCase({ version: 2 })),
      refuseCase: () => json(200, refused),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('button', { name: 'Giv afslag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Giv afslag på fritagelse' });
    await user.type(within(dialog).getByRole('textbox', { name: /Begrundelse/ }), 'Identiteten kunne ikke fastslås.');
    await user.click(within(dialog).getByRole('button', { name: 'Giv afslag' }));

    await waitFor(() => expect(api.called('POST', `/api/cases/${CASE_ID}/refuse`)).toHaveLength(1));
    const [request] = api.called('POST', `/api/cases/${CASE_ID}/refuse`);
    expect(await request!.json()).toEqual({ expectedVersion: 2, reason: 'Identiteten kunne ikke fastslås.' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Der er givet afslag' })).toBeInTheDocument();
    expect(screen.getByText('Begrundelse: Identiteten kunne ikke fastslås.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Åbn afgørelsen (PDF)' })).toBeInTheDocument();
  });

  it('cancels with an optional reason', async () => {
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, draftCase()),
      cancelCase: () => json(200, draftCase({ status: 'cancelled', currentStep: null, version: 2 })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('button', { name: 'Annullér sagen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annullér sagen' });
    await user.click(within(dialog).getByRole('button', { name: 'Annullér sagen' }));
    await waitFor(() => expect(api.called('POST', `/api/cases/${CASE_ID}/cancel`)).toHaveLength(1));
    const [request] = api.called('POST', `/api/cases/${CASE_ID}/cancel`);
    expect(await request!.json()).toEqual({ expectedVersion: 1 });
    expect(await screen.findByRole('heading', { level: 2, name: 'Sagen er annulleret' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Åbn/ })).not.toBeInTheDocument();
  });
});
