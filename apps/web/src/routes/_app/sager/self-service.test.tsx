import { screen, within } from '@testing-library/react';
import type { LawAreaList } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';
import { CASE_ID, draftCase } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const LAW_AREAS: LawAreaList = {
  lawAreas: [
    {
      code: 'boligstoette',
      nameDa: 'Boligstøtte',
      nameEn: 'Housing benefit',
      udbetalingDanmark: true,
      appealBody: 'Ankestyrelsen',
      legalReference: 'Lov om Udbetaling Danmark § 13, stk. 3',
    },
    {
      code: 'flytning',
      nameDa: 'Flytning',
      nameEn: 'Change of address',
      udbetalingDanmark: false,
      appealBody: 'Aarhus Kommune',
      legalReference: 'CPR-loven § 12, stk. 3',
    },
  ],
  appealPeriod: { unit: 'weeks', count: 4 },
};

const selfServiceCase = (overrides: Parameters<typeof draftCase>[0] = {}) =>
  draftCase({ type: 'self_service_exemption', steps: ['applicant', 'scope', 'ground', 'decision'], ...overrides });

describe('self-service exemption wizard', () => {
  it('asks for reasons on a refusal and previews the klagevejledning per law area', async () => {
    const saved = {
      applicant: { applicantType: 'in_person' },
      scope: { scope: 'general', lawAreas: ['boligstoette', 'flytning'] },
      ground: { grounds: ['lacks_digital_skills'] },
    };
    const api = signedInApi(USERS.anna, {
      listLawAreas: () => json(200, LAW_AREAS),
      getCase: () => json(200, selfServiceCase({ currentStep: 'decision', version: 4, stepData: saved })),
      saveCaseStep: () =>
        json(
          200,
          selfServiceCase({
            currentStep: null,
            version: 5,
            stepData: { ...saved, decision: { outcome: 'refuse', legalBasis: 'CPR-loven § 12, stk. 3', considerations: 'Bruger MitID.' } },
          }),
        ),
    });
    const { user } = await renderApp(`/sager/${CASE_ID}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Afgørelse' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Giv afslag' }));
    // The first chosen area's legal reference is offered as the legal basis.
    expect(screen.getByRole('textbox', { name: /Retsgrundlag/ })).toHaveValue('Lov om Udbetaling Danmark § 13, stk. 3');
    const preview = screen.getByRole('region', { name: 'Klagevejledning i afgørelsesbrevet' });
    expect(within(preview).getByText('Boligstøtte: klage til Ankestyrelsen')).toBeInTheDocument();
    expect(within(preview).getByText('Flytning: klage til Aarhus Kommune')).toBeInTheDocument();
    expect(within(preview).getByText(/Klagefrist: 4 uger fra afgørelsen/)).toBeInTheDocument();
    expect(within(preview).getByText(/Udbetaling Danmark modtage ansøgninger på papir/)).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: /Retsgrundlag/ }));
    await user.type(screen.getByRole('textbox', { name: /Retsgrundlag/ }), 'CPR-loven § 12, stk. 3');
    await user.type(screen.getByRole('textbox', { name: /Hovedhensyn/ }), 'Bruger MitID.');
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    const [save] = api.called('PUT', `/api/cases/${CASE_ID}/steps/decision`);
    expect(await save!.json()).toEqual({
      expectedVersion: 4,
      data: { outcome: 'refuse', legalBasis: 'CPR-loven § 12, stk. 3', considerations: 'Bruger MitID.' },
    });
    expect(await screen.findByRole('button', { name: 'Giv afslag' })).toBeInTheDocument();
    expect(screen.getByText('Retsgrundlag: CPR-loven § 12, stk. 3')).toBeInTheDocument();
  });
});
