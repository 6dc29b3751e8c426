import type { Case, DoctorChangeOutcome, DoctorsNearCitizen, HealthCardOutcome } from '@skranke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const insurance = {
  group: 1 as const,
  doctor: null,
  groupChangedOn: '2026-07-01',
  groupChangeAllowedFrom: '2027-07-01',
  cardIssuedOn: '2024-12-07',
};
const healthCardCase = (overrides: Partial<Case> = {}, outcome: Partial<HealthCardOutcome> = {}) =>
  draftCase({
    type: 'health_card',
    steps: ['request', 'payment'],
    currentStep: 'request',
    healthCard: { insurance, fee: null, order: null, ...outcome },
    ...overrides,
  });
const doctorChangeCase = (overrides: Partial<Case> = {}, outcome: Partial<DoctorChangeOutcome> = {}) =>
  draftCase({
    type: 'doctor_change',
    steps: ['reason', 'group', 'doctor', 'payment'],
    currentStep: 'reason',
    doctorChange: { insurance, fee: null, change: null, ...outcome },
    ...overrides,
  });
const SAVE = 'Gem og fortsæt';

describe('sundhedskort wizard', () => {
  it('offers the reasons that go with the card, asks about marriage for a name change, and sends the request', async () => {
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, healthCardCase()),
      saveCaseStep: () =>
        json(
          200,
          healthCardCase({
            currentStep: 'payment',
            version: 2,
            stepData: { request: { kind: 'replacement', reason: 'name_change', nameChangeCause: 'marriage' } },
          }),
        ),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByText(/Nuværende sundhedskort udstedt/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Erstatningskort' }));
    expect(screen.queryByRole('radio', { name: 'Første sundhedskort' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Navneændring' }));
    await user.click(screen.getByRole('radio', { name: 'Ja, vielse (gratis)' }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    await screen.findByRole('heading', { level: 2, name: 'Gebyr' });
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/request`);
    expect(await save!.json()).toEqual({
      expectedVersion: 1,
      data: { kind: 'replacement', reason: 'name_change', nameChangeCause: 'marriage' },
    });
  });

  it('shows the fee from the fee table and asks that it is paid', async () => {
    const fee = { amountOre: 22500, year: 2026, approximate: false, freeBecause: null, label: 'Sundhedskort' };
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          healthCardCase({ currentStep: 'payment', version: 2, stepData: { request: { kind: 'replacement', reason: 'lost' } } }, { fee }),
        ),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByText('Gebyr: 225,00 kr. (gebyrtabel 2026).')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Gebyret er betalt' })).toBeInTheDocument();
  });
});

describe('lægeskift wizard', () => {
  it('lists the doctors within reach with their distance and sends the chosen one', async () => {
    const near: DoctorsNearCitizen = {
      reachKm: 15,
      copenhagenArea: false,
      home: { postcode: '8270', city: 'Højbjerg' },
      insurance,
      doctors: [
        {
          id: '00000000-0000-4000-8034-000000000005',
          clinicName: 'Højbjerg Lægecenter',
          doctorNames: 'Læge Lise Munk',
          address: 'Oddervej 60, 8270 Højbjerg',
          phone: null,
          openForNewPatients: true,
          distanceKm: 0.2,
        },
        {
          id: '00000000-0000-4000-8034-000000000003',
          clinicName: 'Trøjborg Lægehus',
          doctorNames: 'Læge Jonas Bjerre',
          address: 'Trøjborgvej 30, 8200 Aarhus N',
          phone: null,
          openForNewPatients: true,
          distanceKm: 6.1,
        },
      ],
    };
    const atDoctor = doctorChangeCase({
      currentStep: 'doctor',
      version: 3,
      stepData: { reason: { reason: 'wish' }, group: { group: 1 } },
    });
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, atDoctor),
      listDoctorsNearCitizen: () => json(200, near),
      saveCaseStep: () => json(200, { ...atDoctor, currentStep: 'payment', version: 4 }),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await screen.findByRole('radiogroup', { name: /Læger, der tager nye patienter inden for 15 km/ });
    await user.click(screen.getByRole('radio', { name: 'Trøjborg Lægehus, Trøjborgvej 30, 8200 Aarhus N – ca. 6,1 km' }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    await screen.findByRole('heading', { level: 2, name: 'Gebyr' });
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/doctor`);
    expect(await save!.json()).toEqual({ expectedVersion: 3, data: { doctorId: '00000000-0000-4000-8034-000000000003' } });
  });

  it('tells when the group may change again', async () => {
    signedInApi(USERS.anna, {
      getCase: () => json(200, doctorChangeCase({ currentStep: 'group', version: 2, stepData: { reason: { reason: 'group_change' } } })),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByText(/kan tidligst skiftes igen/)).toBeInTheDocument();
  });
});
