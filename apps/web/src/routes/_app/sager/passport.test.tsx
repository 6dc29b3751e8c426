import type { Case, PassportOutcome } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const MOTHER = '00000000-0000-4000-8002-000000000201';
const FATHER = '00000000-0000-4000-8002-000000000202';
const STEPS = ['identity', 'old_passport', 'photo', 'fingerprints', 'consent', 'payment'];

function passport(overrides: Partial<PassportOutcome> = {}): PassportOutcome {
  return {
    age: 13,
    pensionAgeDate: '2083-02-01',
    fingerprintsRequired: true,
    consentRequired: true,
    validityYears: 5,
    custodyHolders: [
      {
        id: MOTHER,
        name: 'Lene Pasprøve',
        cprMasked: '110582-XXXX',
        consent: {
          method: 'present',
          registeredAt: '2026-11-22T09:00:00.000Z',
          registeredBy: { id: USERS.anna.id, name: 'Anna Sørensen' },
        },
      },
      { id: FATHER, name: 'Morten Pasprøve', cprMasked: '030280-XXXX', consent: null },
    ],
    oldPassport: { onRecord: null, expected: 'none', agreeing: ['none'] },
    fee: {
      year: 2026,
      rateCode: 'youth',
      labelDa: 'Barn 12-17 år',
      labelEn: 'Child 12-17',
      baseAmountOre: 17900,
      amountOre: 35800,
      doubled: true,
      approximate: true,
    },
    blockers: [],
    order: null,
    ...overrides,
  };
}

const passportCase = (overrides: Partial<Case> = {}, outcome: Partial<PassportOutcome> = {}) =>
  draftCase({ type: 'passport', steps: STEPS, currentStep: 'consent', version: 5, passport: passport(outcome), ...overrides });

describe('passport wizard', () => {
  it('registers consents holder by holder and sends only those given', async () => {
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, passportCase()),
      saveCaseStep: () => json(200, passportCase({ currentStep: 'payment', version: 6 })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Samtykke fra forældremyndighedsindehavere' })).toBeInTheDocument();
    expect(screen.getByText('13 år · passet bliver gyldigt i 5 år')).toBeInTheDocument();
    const father = screen.getByRole('radiogroup', { name: /Morten Pasprøve/ });
    expect(screen.getAllByText('Mangler samtykke')).toHaveLength(1);
    expect(screen.getAllByText('Samtykke registreret')).toHaveLength(1);
    expect(within(father).getByRole('radio', { name: 'Ikke registreret endnu' })).toBeChecked();

    await user.click(within(father).getByRole('radio', { name: 'Via givsamtykke.dk' }));
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/consent`);
    expect(await save!.json()).toEqual({
      expectedVersion: 5,
      data: {
        consents: [
          { holderId: MOTHER, method: 'present' },
          { holderId: FATHER, method: 'givsamtykke' },
        ],
      },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Gebyr og betaling' })).toBeInTheDocument();
  });

  it('shows the doubled fee in kroner and pays exactly that amount', async () => {
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, passportCase({ currentStep: 'payment' })),
      saveCaseStep: () => json(200, passportCase({ currentStep: null, version: 6 })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByText(/358,00\s*kr\./)).toBeInTheDocument();
    expect(screen.getByText(/Dobbelt gebyr: 179,00\s*kr\. × 2/)).toBeInTheDocument();
    expect(screen.getByText('Gebyrtabellen for året er foreløbig og ikke bekræftet. Kontrollér beløbet.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'MobilePay' }));
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/payment`);
    expect(await save!.json()).toEqual({ expectedVersion: 5, data: { method: 'mobilepay', amountOre: 35800 } });
  });

  it('blocks the order while something is missing, and says what', async () => {
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          passportCase(
            { currentStep: null },
            {
              blockers: [
                {
                  field: '/consent',
                  code: 'consent-missing',
                  da: 'Der mangler samtykke fra én forældremyndighedsindehaver.',
                  en: 'Consent is missing.',
                },
              ],
            },
          ),
        ),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByText('Passet kan ikke bestilles endnu')).toBeInTheDocument();
    expect(screen.getByText('Der mangler samtykke fra én forældremyndighedsindehaver.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bestil pas' })).toBeDisabled();
  });

  it('does not tick a consent step left with a consent missing: it says whose consent is missing', async () => {
    signedInApi(USERS.anna, { getCase: () => json(200, passportCase({ currentStep: 'payment' })) });
    await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Gebyr og betaling' })).toBeInTheDocument();
    const consentStep = screen.getByRole('button', { name: /^Samtykke/ });
    expect(consentStep).toHaveTextContent('Mangler samtykke fra Morten Pasprøve');
    expect(within(consentStep).getByRole('img', { name: 'Samtykke mangler' })).toBeInTheDocument();
    // The steps before it are done and ticked as usual.
    expect(screen.getByRole('button', { name: /^Fingeraftryk/ })).not.toHaveTextContent('Mangler');
  });

  it('names every holder still to consent, and ticks the step once all have', async () => {
    const bothMissing = passport().custodyHolders.map((h) => ({ ...h, consent: null }));
    signedInApi(USERS.anna, { getCase: () => json(200, passportCase({ currentStep: 'payment' }, { custodyHolders: bothMissing })) });
    const { unmount } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByRole('button', { name: /^Samtykke/ })).toHaveTextContent('Mangler samtykke fra Lene Pasprøve og Morten Pasprøve');
    unmount();

    const given = passport().custodyHolders.map((h) => ({ ...h, consent: passport().custodyHolders[0]!.consent }));
    signedInApi(USERS.anna, { getCase: () => json(200, passportCase({ currentStep: 'payment' }, { custodyHolders: given })) });
    await renderApp(`/sager/${CASE_ID}`);
    const consentStep = screen.getByRole('button', { name: /^Samtykke/ });
    expect(consentStep).not.toHaveTextContent('Mangler');
    expect(within(consentStep).queryByRole('img', { name: 'Samtykke mangler' })).toBeNull();
  });

  it('starts the old-passport step from the register and asks for a reason when the answer differs', async () => {
    const register = {
      onRecord: {
        documentNumber: 'PR0000001',
        issuedOn: '2019-05-01',
        expiresOn: '2029-05-01',
        status: 'valid' as const,
        state: 'valid' as const,
      },
      expected: 'handed_in' as const,
      agreeing: ['handed_in' as const, 'damaged' as const, 'missing' as const, 'lost' as const],
    };
    const api = signedInApi(USERS.anna, {
      getCase: () => json(200, passportCase({ currentStep: 'old_passport', stepData: {} }, { oldPassport: register })),
      saveCaseStep: () => json(200, passportCase({ currentStep: 'photo', version: 6 }, { oldPassport: register })),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByText('Pas nr. PR0000001, udstedt 1. maj 2019, udløber 1. maj 2029: Gyldigt.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Afleveret' })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: /Begrundelse/ })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Første pas (intet tidligere pas)' }));
    const reason = screen.getByRole('textbox', { name: /Begrundelse for at svare anderledes end pasregistret/ });
    await user.type(reason, 'Passet er afleveret i Vejle i 2022');
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/old_passport`);
    expect(await save!.json()).toEqual({ expectedVersion: 5, data: { outcome: 'none', reason: 'Passet er afleveret i Vejle i 2022' } });
  });

  it('offers only "not required" for fingerprints under 12', async () => {
    signedInApi(USERS.anna, {
      getCase: () => json(200, passportCase({ currentStep: 'fingerprints' }, { age: 11, fingerprintsRequired: false })),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(screen.getByText('Ansøgeren er under 12 år: der optages ikke fingeraftryk.')).toBeInTheDocument();
    const choices = within(screen.getByRole('radiogroup', { name: /Fingeraftryk/ })).getAllByRole('radio');
    expect(choices.map((r) => r.getAttribute('value'))).toEqual(['not_required']);
  });
});
