import type { AddressChangeOutcome, Case } from '@skranke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const outcome = (overrides: Partial<AddressChangeOutcome> = {}): AddressChangeOutcome => ({
  lateReport: null,
  digitalPost: null,
  coMovers: [],
  doctor: null,
  registeredAt: null,
  appliedAt: null,
  notices: [],
  ...overrides,
});
const moveCase = (overrides: Partial<Case> = {}) =>
  draftCase({
    type: 'address_change',
    steps: ['address', 'date', 'movers', 'doctor'],
    currentStep: 'address',
    addressChange: outcome(),
    ...overrides,
  });
const SAVE = 'Gem og fortsæt';
const CO_MOVER = '00000000-0000-4000-8400-000000000002';
const DOCTOR = '00000000-0000-4000-8034-000000000001';

describe('flytning wizard', () => {
  it('asks for the host declaration with a c/o address and sends it as a fact seen', async () => {
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, moveCase()),
      saveCaseStep: () => json(200, moveCase({ currentStep: 'date', version: 2 })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.type(screen.getByRole('textbox', { name: /Vej, husnummer, etage/ }), 'Nørregade 10');
    await user.type(screen.getByRole('textbox', { name: /Postnummer/ }), '8000');
    await user.type(screen.getByRole('textbox', { name: /^By/ }), 'Aarhus C');
    expect(screen.queryByRole('textbox', { name: /Logiværtens navn/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^c\/o/ }), 'Ole Hansen');
    await user.type(screen.getByRole('textbox', { name: /Logiværtens navn/ }), 'Ole Hansen');
    await user.click(screen.getByRole('checkbox', { name: 'Logiværten bor på adressen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Den underskrevne logiværtserklæring er set' }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    await screen.findByRole('heading', { level: 2, name: 'Flyttedato' });
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/address`);
    expect(await save!.json()).toEqual({
      expectedVersion: 1,
      data: {
        kind: 'domestic',
        street: 'Nørregade 10',
        postcode: '8000',
        city: 'Aarhus C',
        careOf: 'Ole Hansen',
        hostDeclaration: { hostName: 'Ole Hansen', hostLivesThere: true, seen: true },
      },
    });
  });

  it('offers the co-movers from the register and the doctors near the new address; keeping the doctor only when within reach', async () => {
    const atMovers = moveCase({
      currentStep: 'movers',
      version: 3,
      stepData: {
        address: { kind: 'domestic', street: 'Nørregade 10', postcode: '8000', city: 'Aarhus C' },
        date: { movingDate: '2026-12-14' },
      },
    });
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, atMovers),
      listAddressChangeCoMovers: () =>
        json(200, { candidates: [{ id: CO_MOVER, name: 'Poul Hansen', cprMasked: '140883-XXXX', reason: 'same_address' }] }),
      saveCaseStep: () => json(200, { ...atMovers, currentStep: 'doctor', version: 4 }),
      listAddressChangeDoctors: () =>
        json(200, {
          areaKnown: true,
          reachKm: 15,
          current: {
            id: '00000000-0000-4000-8034-000000000009',
            clinicName: 'Hinnerup Lægehus',
            doctorNames: 'Læge Bo',
            address: 'Østergade 1, 8382 Hinnerup',
            distanceKm: 16.2,
            withinReach: false,
          },
          offered: [
            {
              id: DOCTOR,
              clinicName: 'Lægerne i Jægergårdsgade',
              doctorNames: 'Læge Anne Holm',
              address: 'Jægergårdsgade 64, 8000 Aarhus C',
              distanceKm: 0.9,
            },
          ],
        }),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    await user.click(await screen.findByRole('checkbox', { name: /Poul Hansen \(140883-XXXX\) – bor på adressen/ }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    await screen.findByRole('heading', { level: 2, name: 'Valg af læge' });
    const [movers] = api.called('PUT', `/api/cases/${CASE_ID}/steps/movers`);
    expect(await movers!.json()).toEqual({ expectedVersion: 3, data: { coMovers: [CO_MOVER] } });

    expect(await screen.findByText(/Hinnerup Lægehus ligger for langt væk/)).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Behold nuværende læge/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Vælg ny læge' }));
    await user.click(screen.getByRole('radio', { name: /^Lægerne i Jægergårdsgade/ }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    const [doctor] = api.called('PUT', `/api/cases/${CASE_ID}/steps/doctor`);
    expect(await doctor!.json()).toEqual({ expectedVersion: 4, data: { choice: 'new', doctorId: DOCTOR } });
  });

  it('tells the citizen about the fine when the move is reported late', async () => {
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          moveCase({
            currentStep: 'movers',
            stepData: {
              address: { kind: 'domestic', street: 'A 1', postcode: '8000', city: 'Aarhus C' },
              date: { movingDate: '2026-11-01' },
            },
            addressChange: outcome({
              lateReport: {
                late: true,
                deadline: '2026-11-06',
                fineKr: 600,
                da: 'Kommunen kan give en bøde på 600 kr.',
                en: 'Fine 600 kr.',
              },
            }),
          }),
        ),
      listAddressChangeCoMovers: () => json(200, { candidates: [] }),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByText('Kommunen kan give en bøde på 600 kr.')).toBeInTheDocument();
  });
});

describe('a registered flytning', () => {
  const done = (appliedAt: string | null) =>
    moveCase({
      status: 'completed',
      currentStep: null,
      stepData: {
        address: { kind: 'domestic', street: 'Nørregade 10', postcode: '8000', city: 'Aarhus C' },
        date: { movingDate: '2026-12-17' },
        movers: { coMovers: [] },
        doctor: { choice: 'choose_later' },
      },
      addressChange: outcome({ registeredAt: '2026-12-07T10:15:00Z', appliedAt }),
    });

  it('says where to and when while it waits for its moving date, and that the register changes then', async () => {
    signedInApi(USERS.anna, { getCase: () => json(200, done(null)) });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByText(/Flytter til Nørregade 10, 8000 Aarhus C den 17\. december 2026\./)).toBeInTheDocument();
    expect(screen.getByText(/Folkeregistret ændres på flyttedatoen/)).toBeInTheDocument();
  });

  it('says when it took effect once applied', async () => {
    signedInApi(USERS.anna, { getCase: () => json(200, done('2026-12-17T00:05:00Z')) });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByText(/Trådt i kraft i folkeregistret/)).toBeInTheDocument();
    expect(screen.queryByText(/Folkeregistret ændres på flyttedatoen/)).not.toBeInTheDocument();
  });
});
