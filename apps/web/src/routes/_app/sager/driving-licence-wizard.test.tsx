import type { Case, DrivingLicenceOutcome } from '@skranke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const licence = (healthLimited = false, expiresOn = '2026-10-01') => ({
  id: '00000000-0000-4000-8300-000000000001',
  documentNumber: 'DL-1',
  expiresOn,
  healthLimited,
  categories: ['B'],
  renewableFrom: '2026-07-01',
});
const outcome = (overrides: Partial<DrivingLicenceOutcome> = {}): DrivingLicenceOutcome => ({
  licence: licence(),
  fee: null,
  order: null,
  ...overrides,
});
const licenceCase = (overrides: Partial<Case> = {}) =>
  draftCase({
    type: 'driving_licence',
    steps: ['request', 'identification', 'payment'],
    currentStep: 'request',
    drivingLicence: outcome(),
    ...overrides,
  });
const SAVE = 'Gem og fortsæt';

describe('driving licence wizard', () => {
  it('renews an expired, lost licence with the citizen’s loss declaration: nothing to hand in', async () => {
    const afterRequest = licenceCase({
      currentStep: 'identification',
      version: 2,
      stepData: { request: { kind: 'renewal', lossDeclared: true } },
    });
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, licenceCase()),
      saveCaseStep: () => json(200, afterRequest),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.queryByRole('checkbox', { name: 'Borgeren erklærer, at det gamle kørekort er bortkommet' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Fornyelse af kørekort' }));
    const declaration = screen.getByRole('checkbox', { name: 'Borgeren erklærer, at det gamle kørekort er bortkommet' });
    expect(declaration).toHaveAccessibleDescription(/Der betales fornyelsesgebyr \(ikke duplikatgebyr\)/);
    await user.click(declaration);
    await user.click(screen.getByRole('button', { name: SAVE }));

    expect(await screen.findByText('Kørekortet er bortkommet, så der er intet at aflevere.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Det gamle kørekort er afleveret' })).not.toBeInTheDocument();
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/request`);
    expect(await save!.json()).toEqual({ expectedVersion: 1, data: { kind: 'renewal', lossDeclared: true } });
  });

  it('asks for the lægeattest before a health-limited licence is renewed, and sends it', async () => {
    const atIdentification = licenceCase({
      currentStep: 'identification',
      version: 2,
      stepData: { request: { kind: 'renewal' } },
      drivingLicence: outcome({ licence: licence(true, '2027-01-20') }),
    });
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, atIdentification),
      saveCaseStep: () => json(200, { ...atIdentification, currentStep: 'payment', version: 3 }),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(screen.getByRole('radio', { name: 'Medbragt foto' }));
    await user.click(screen.getByRole('radio', { name: 'Pas' }));
    await user.click(screen.getByRole('checkbox', { name: 'Det gamle kørekort er afleveret' }));
    await user.click(screen.getByRole('checkbox', { name: 'Borgeren har afleveret en lægeattest' }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    await screen.findByRole('heading', { level: 2, name: 'Gebyr' });
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/identification`);
    expect(await save!.json()).toEqual({
      expectedVersion: 2,
      data: { photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: true, medicalCertificate: true },
    });
  });

  it('does not ask for a lægeattest for a licence that is not health-limited', async () => {
    signedInApi(USERS.anna, {
      getCase: () => json(200, licenceCase({ currentStep: 'identification', version: 2, stepData: { request: { kind: 'renewal' } } })),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByRole('checkbox', { name: 'Det gamle kørekort er afleveret' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Borgeren har afleveret en lægeattest' })).not.toBeInTheDocument();
  });

  it('without a fee table, the counter reads what to do (the server’s sentence), not just that the fee is missing', async () => {
    const sentence =
      'Der er ingen gebyrtabel for kørekort i 2027, så gebyret kan ikke findes, og kørekortet kan ikke bestilles endnu. Kontakt kommunens administrator: …';
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          licenceCase({
            currentStep: 'payment',
            version: 3,
            stepData: { request: { kind: 'renewal' }, identification: { photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: true } },
            drivingLicence: outcome({
              feeProblem: { code: 'fee-table-missing', da: sentence, en: 'There is no driving licence fee table for 2027 …' },
            }),
          }),
        ),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.getByText('Gebyret mangler')).toBeInTheDocument();
  });
});
