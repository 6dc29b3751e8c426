import type { PassportOutcome } from '@skranke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const sentence =
  'Der er ingen gebyrtabel for pas i 2027, så gebyret kan ikke findes, og passet kan ikke bestilles endnu. Kontakt kommunens administrator: landstabellen indlæses af Skrankes driftsansvarlige med kommandoen pnpm fees:load, eller administratoren opretter kommunens egen tabel for 2027 under Administration → Gebyrer. Sagen er gemt som kladde og kan gøres færdig bagefter.';

const passport: PassportOutcome = {
  age: 40,
  pensionAgeDate: '2053-02-01',
  fingerprintsRequired: true,
  consentRequired: false,
  validityYears: 10,
  custodyHolders: [],
  oldPassport: { onRecord: null, expected: 'none', agreeing: ['none'] },
  fee: null,
  blockers: [{ field: '/fee', code: 'fee-table-missing', da: sentence, en: 'There is no passport fee table for 2027 …' }],
  order: null,
};

describe('a missing fee table at the passport counter', () => {
  it('tells the counter worker at the payment step what to do, in the server’s words', async () => {
    signedInApi(USERS.anna, {
      getCase: () =>
        json(
          200,
          draftCase({
            type: 'passport',
            steps: ['identity', 'old_passport', 'photo', 'fingerprints', 'consent', 'payment'],
            currentStep: 'payment',
            version: 5,
            passport,
          }),
        ),
    });
    await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.queryByText(/En administrator skal oprette den/)).not.toBeInTheDocument();
  });
});
