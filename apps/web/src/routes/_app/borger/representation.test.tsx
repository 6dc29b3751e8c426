import { screen, waitFor, within } from '@testing-library/react';
import type { Representation } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';
import { CITIZEN_ID, emptyOverview, POUL } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const VAERGE: Representation = {
  id: '00000000-0000-4000-8009-000000000001',
  kind: 'vaerge',
  scope: ['both'],
  validFrom: '2026-01-01',
  validTo: null,
  state: 'valid',
  documentSeen: 'vaergebeskikkelse',
  documentReference: 'FAM-2025-4711',
  citizen: { id: CITIZEN_ID, name: 'Poul Hansen', cprMasked: '090461-XXXX' },
  representative: { id: '00000000-0000-4000-8001-000000000014', name: 'Grethe Møller', cprMasked: '221159-XXXX' },
  municipality: { code: '751', name: 'Aarhus Kommune' },
  recordedBy: { id: '00000000-0000-4000-8002-000000000001', name: 'Anna Skranke' },
  recordedAt: '2026-12-07T09:00:00.000Z',
  mayEnd: true,
  ended: null,
};

const api = (extra: FakeRoutes = {}) =>
  signedInApi(USERS.anna, {
    getCitizen: () => json(200, POUL),
    getCitizenOverview: () => json(200, emptyOverview()),
    listCitizenCases: () => json(200, { cases: [] }),
    getDigitalPostExemption: () => json(200, { exemption: null }),
    listRepresentations: () => json(200, { representedBy: [VAERGE], representing: [] }),
    ...extra,
  });

describe('the Repræsentation panel', () => {
  it('lists who may act for the citizen with the CPR number masked, the kind, period, document and who recorded it', async () => {
    const fake = api();
    await renderApp(`/borger/${CITIZEN_ID}?purpose=digital-post`);
    const panel = await screen.findByRole('region', { name: 'Repræsentation' });
    const table = await within(panel).findByTestId('represented-by');
    const text = table.textContent ?? '';
    for (const expected of [
      'Grethe Møller',
      '221159-XXXX',
      'Værge (værgebeskikkelse)',
      'Personlige og økonomiske forhold',
      'Værgebeskikkelse',
      'FAM-2025-4711',
      'Aarhus Kommune',
      'Gældende',
    ]) {
      expect(text).toContain(expected);
    }
    expect(within(panel).getByText('Ingen registreret.')).toBeInTheDocument();
    // Read with the purpose the page was opened for (the server audits it).
    const [read] = fake.called('GET', `/api/citizens/${CITIZEN_ID}/representations`);
    expect(new URL(read!.url).searchParams.get('purpose')).toBe('digital-post');
  });

  it('records a representative by CPR number in the body, never in the URL', async () => {
    const fake = api({ recordRepresentation: () => json(201, VAERGE) });
    const { user } = await renderApp(`/borger/${CITIZEN_ID}?purpose=digital-post`);
    const panel = await screen.findByRole('region', { name: 'Repræsentation' });
    await user.click(within(panel).getByRole('button', { name: 'Registrér repræsentation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrér repræsentation' });
    await user.type(within(dialog).getByRole('textbox', { name: /Repræsentantens CPR-nummer/ }), '221159-2322');
    await user.click(within(dialog).getByRole('button', { name: 'Registrér' }));
    await waitFor(() => expect(fake.called('POST', `/api/citizens/${CITIZEN_ID}/representations`)).toHaveLength(1));
    const [sent] = fake.called('POST', `/api/citizens/${CITIZEN_ID}/representations`);
    expect(await sent!.json()).toMatchObject({
      representativeCpr: '221159-2322',
      kind: 'vaerge',
      scope: ['both'],
      documentSeen: 'vaergebeskikkelse',
    });
    expect(sent!.url).not.toContain('2322');
    await screen.findByText('Repræsentationen er registreret.');
  });

  it('ends one with a reason', async () => {
    const fake = api({ endRepresentation: () => json(200, { ...VAERGE, state: 'ended', mayEnd: false }) });
    const { user } = await renderApp(`/borger/${CITIZEN_ID}?purpose=digital-post`);
    const panel = await screen.findByRole('region', { name: 'Repræsentation' });
    await user.click(await within(panel).findByRole('button', { name: 'Afslut repræsentation for Grethe Møller' }));
    const dialog = await screen.findByRole('dialog', { name: 'Afslut repræsentation for Grethe Møller' });
    await user.type(within(dialog).getByRole('textbox', { name: /Begrundelse/ }), 'Værgemålet er ophævet');
    await user.click(within(dialog).getByRole('button', { name: 'Afslut repræsentation' }));
    await waitFor(() => expect(fake.called('POST', `/api/representations/${VAERGE.id}/end`)).toHaveLength(1));
    expect(await fake.called('POST', `/api/representations/${VAERGE.id}/end`)[0]!.json()).toEqual({ reason: 'Værgemålet er ophævet' });
  });
});
