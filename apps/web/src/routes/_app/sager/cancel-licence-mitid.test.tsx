import type { Case } from '@skranke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const licence = {
  id: '00000000-0000-4000-8300-000000000001',
  documentNumber: 'DL-1',
  expiresOn: '2027-01-10',
  healthLimited: false,
  categories: ['B'],
  renewableFrom: '2026-10-10',
};
const CASES: Array<[string, Partial<Case>]> = [
  [
    'driving licence',
    {
      type: 'driving_licence',
      steps: ['request', 'identification', 'payment'],
      currentStep: 'request',
      drivingLicence: { licence, fee: null, order: null },
    },
  ],
  [
    'MitID',
    {
      type: 'mitid',
      steps: ['applicant', 'documents', 'verification', 'authenticator'],
      mitid: { assessment: { outcome: 'incomplete', reasons: [], documentProblems: [] }, issued: null, refusal: null },
    },
  ],
];

describe('cancelling a licence or MitID draft from its wizard', () => {
  it.each(CASES)('a %s draft offers "Annullér sagen" and then shows the case as cancelled', async (_name, kind) => {
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, draftCase(kind)),
      cancelCase: () => json(200, draftCase({ ...kind, status: 'cancelled', currentStep: null, version: 2 })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('button', { name: 'Annullér sagen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annullér sagen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Årsag (valgfri)' }), 'Borgeren fortrød');
    await user.click(within(dialog).getByRole('button', { name: 'Annullér sagen' }));
    await waitFor(() => expect(api.called('POST', `/api/cases/${CASE_ID}/cancel`)).toHaveLength(1));
    expect(await api.called('POST', `/api/cases/${CASE_ID}/cancel`)[0]!.json()).toEqual({ expectedVersion: 1, reason: 'Borgeren fortrød' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Sagen er annulleret' })).toBeInTheDocument();
    expect(screen.queryByText('Kørekortet er bestilt')).not.toBeInTheDocument();
  });
});
