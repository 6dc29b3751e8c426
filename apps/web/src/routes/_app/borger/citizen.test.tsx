import { screen, waitFor, within } from '@testing-library/react';
import type { CitizenOverview } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';
import {
  CASE_ID,
  CITIZEN_ID,
  draftCase,
  emptyOverview,
  POUL,
  POUL_CPR,
  POUL_OVERVIEW,
  POUL_SUMMARY,
  TICKET_ID,
} from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const citizenApi = (extra: FakeRoutes = {}) =>
  signedInApi(USERS.anna, {
    lookupCitizen: () => json(200, POUL_SUMMARY),
    getCitizen: () => json(200, POUL),
    getDigitalPostExemption: () => json(200, { exemption: null }),
    listCitizenCases: () => json(200, { cases: [] }),
    getCitizenOverview: () => json(200, emptyOverview()),
    ...extra,
  });

describe('citizen look-up', () => {
  it('explains a malformed CPR number in Danish and sends nothing', async () => {
    const api = citizenApi();
    const { user } = await renderApp('/borger?purpose=pas');
    const cpr = screen.getByRole('textbox', { name: /CPR-nummer/ });

    await user.type(cpr, '0904611');
    await user.click(screen.getByRole('button', { name: 'Slå op' }));
    expect(cpr).toHaveAccessibleDescription(expect.stringContaining('Et CPR-nummer har præcis 10 cifre.'));

    await user.clear(cpr);
    await user.type(cpr, '320161-1115');
    await user.click(screen.getByRole('button', { name: 'Slå op' }));
    expect(cpr).toHaveAccessibleDescription(expect.stringContaining('ikke en gyldig fødselsdato'));
    expect(api.called('POST', '/api/citizens/lookup')).toHaveLength(0);
  });

  it('asks for the errand before looking up', async () => {
    const api = citizenApi();
    const { user } = await renderApp('/borger');
    await user.type(screen.getByRole('textbox', { name: /CPR-nummer/ }), POUL_CPR);
    await user.click(screen.getByRole('button', { name: 'Slå op' }));
    expect(await screen.findByText('Vælg det ærinde, du slår borgeren op for')).toBeInTheDocument();
    expect(api.called('POST', '/api/citizens/lookup')).toHaveLength(0);
  });

  it('sends the CPR number only in the body, clears it, and opens the citizen by id without the number in the URL', async () => {
    const api = citizenApi();
    const { user, router } = await renderApp('/borger?purpose=digital-post&ticketId=00000000-0000-4000-8004-000000000001');
    await user.type(screen.getByRole('textbox', { name: /CPR-nummer/ }), '0904611115');
    await user.click(screen.getByRole('button', { name: 'Slå op' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Poul Hansen' })).toBeInTheDocument();
    const [lookup] = api.called('POST', '/api/citizens/lookup');
    expect(await lookup!.json()).toEqual({ cpr: '0904611115', purpose: 'digital-post' });

    const location = router.state.location;
    expect(location.pathname).toBe(`/borger/${CITIZEN_ID}`);
    expect(location.search).toEqual({ purpose: 'digital-post', ticketId: '00000000-0000-4000-8004-000000000001' });
    for (const digits of ['090461', '1115', '0904611115']) expect(location.href).not.toContain(digits);
    for (const request of api.requests)
      expect(new URL(request.url).pathname + new URL(request.url).search).not.toMatch(/090461|0904611115/);
    expect(JSON.stringify(localStorage)).not.toContain('090461');
  });

  it('shows the server problem when the number is not in the register', async () => {
    citizenApi({
      lookupCitizen: () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Not Found',
            status: 404,
            code: 'citizen-not-found',
            detail: 'Der findes ingen borger med CPR-nummeret 010190-XXXX.',
          }),
          {
            status: 404,
            headers: { 'content-type': 'application/problem+json' },
          },
        ),
    });
    const { user } = await renderApp('/borger?purpose=pas');
    const cpr = screen.getByRole('textbox', { name: /CPR-nummer/ });
    await user.type(cpr, '010190-1234');
    await user.click(screen.getByRole('button', { name: 'Slå op' }));
    expect(await screen.findByText('Der findes ingen borger med CPR-nummeret 010190-XXXX.')).toBeInTheDocument();
    expect(cpr).toHaveValue('');
  });
});

describe('citizen page', () => {
  it('shows the CPR number masked, reveals it on request (audited) and hides it again', async () => {
    const api = citizenApi({
      revealCitizenCpr: () => json(200, { id: CITIZEN_ID, cpr: POUL_CPR }),
    });
    const { user } = await renderApp(`/borger/${CITIZEN_ID}?purpose=digital-post`);
    const cpr = screen.getByTestId('citizen-cpr');
    expect(cpr).toHaveTextContent('090461-XXXX');
    expect(screen.getByText('9. april 1961')).toBeInTheDocument();
    expect(screen.getByText('Oddervej 88, 8270 Højbjerg')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vis det fulde CPR-nummer (logges)' }));
    await waitFor(() => expect(cpr).toHaveTextContent(POUL_CPR));
    const [reveal] = api.called('POST', `/api/citizens/${CITIZEN_ID}/reveal-cpr`);
    expect(await reveal!.json()).toEqual({ purpose: 'digital-post' });

    await user.click(screen.getByRole('button', { name: 'Skjul CPR-nummeret igen' }));
    expect(cpr).toHaveTextContent('090461-XXXX');
    expect(document.body.textContent).not.toContain(POUL_CPR);
  });

  it('says "Adressebeskyttet" instead of a protected address', async () => {
    citizenApi({ getCitizen: () => json(200, { ...POUL, addressProtected: true, address: null }) });
    await renderApp(`/borger/${CITIZEN_ID}?purpose=pas`);
    const details = screen.getByRole('region', { name: 'Oplysninger' });
    expect(within(details).getByText('Adressebeskyttet')).toBeInTheDocument();
  });

  it('shows a registered move waiting for its date beside the address still in force', async () => {
    citizenApi({
      getCitizen: () =>
        json(200, {
          ...POUL,
          pendingMove: { movingDate: '2026-12-17', address: { street: 'Nørregade 10', postcode: '8000', city: 'Aarhus C' }, country: null },
        }),
    });
    await renderApp(`/borger/${CITIZEN_ID}?purpose=pas`);
    const details = screen.getByRole('region', { name: 'Oplysninger' });
    expect(within(details).getByText('Oddervej 88, 8270 Højbjerg')).toBeInTheDocument();
    expect(within(details).getByText('Anmeldt flytning')).toBeInTheDocument();
    expect(within(details).getByText(/Flytter til Nørregade 10, 8000 Aarhus C den 17\. december 2026\./)).toBeInTheDocument();
    expect(within(details).getByText(/Folkeregistret ændres på flyttedatoen/)).toBeInTheDocument();
  });

  it('shows no pending move when none is registered', async () => {
    citizenApi({});
    await renderApp(`/borger/${CITIZEN_ID}?purpose=pas`);
    expect(within(screen.getByRole('region', { name: 'Oplysninger' })).queryByText('Anmeldt flytning')).not.toBeInTheDocument();
  });
});

describe('citizen overview', () => {
  it('shows the visit being served, documents with expiry warnings, self-service status, cases and visits', async () => {
    const api = citizenApi({ getCitizenOverview: () => json(200, POUL_OVERVIEW) });
    const { user } = await renderApp(`/borger/${CITIZEN_ID}?purpose=digital-post&ticketId=${TICKET_ID}`);

    const visit = screen.getByRole('region', { name: 'Aktuelt besøg' });
    expect(within(visit).getByText('Billet D012 · Digital Post · Borgerservice Dokk1')).toBeInTheDocument();
    const [request] = api.called('GET', `/api/citizens/${CITIZEN_ID}/overview`);
    expect(new URL(request!.url).searchParams.get('ticketId')).toBe(TICKET_ID);
    // One audited read for the overview: the exemption and the cases come with it.
    expect(api.called('GET', `/api/citizens/${CITIZEN_ID}/digital-post-exemption`)).toHaveLength(0);
    expect(api.called('GET', `/api/citizens/${CITIZEN_ID}/cases`)).toHaveLength(0);
    expect(new URL(request!.url).searchParams.get('purpose')).toBe('digital-post');

    const documents = screen.getByRole('region', { name: 'Pas og kørekort' });
    expect(within(documents).getByText('Pas udløber 22. januar 2027 – inden for 6 måneder.')).toBeInTheDocument();
    expect(within(documents).getByText('Kørekort udløb 22. juli 2026.')).toBeInTheDocument();
    expect(within(documents).getByText('Udløber snart')).toBeInTheDocument();
    expect(within(documents).getByText(/Tidsbegrænset af helbredsmæssige grunde/)).toBeInTheDocument();

    const selfService = screen.getByRole('region', { name: 'Digital selvbetjening' });
    expect(within(selfService).getByTestId('non-digital-entitlement')).toHaveTextContent('uden en særskilt afgørelse');
    expect(within(selfService).getByText('Undtaget, mens klagen behandles')).toBeInTheDocument();

    const cases = screen.getByRole('region', { name: 'Sager' });
    expect(within(cases).queryByText('Klage registreret')).not.toBeInTheDocument();
    // The case number people quote, not the uuid.
    expect(within(cases).getByRole('columnheader', { name: 'Sagsnummer' })).toBeInTheDocument();
    expect(within(cases).getByRole('cell', { name: '2026-000017' })).toBeInTheDocument();
    await user.click(within(cases).getByRole('button', { name: 'Vis forløb' }));
    const timeline = within(cases).getByRole('list', { name: 'Forløb for Undtagelse fra digital selvbetjening, sag 2026-000017' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Oprettet – 1\. oktober 2026.*Anna Sørensen$/),
      expect.stringMatching(/^Afslag – /),
      expect.stringMatching(/^Klage registreret – /),
    ]);
    expect(within(cases).getByRole('button', { name: 'Skjul forløb' })).toHaveAttribute('aria-expanded', 'true');

    expect(within(screen.getByRole('region', { name: 'Besøg' })).getByText('D012')).toBeInTheDocument();
  });

  it('starts a self-service exemption case from the ticket being served', async () => {
    const created = draftCase({ type: 'self_service_exemption', steps: ['applicant', 'scope', 'ground', 'decision'], ticketId: TICKET_ID });
    const api = citizenApi({
      startCase: () => json(201, created),
      getCase: () => json(200, created),
    });
    const { user, router } = await renderApp(`/borger/${CITIZEN_ID}?purpose=selvbetjening&ticketId=${TICKET_ID}`);
    expect(screen.getByText('Der er ikke registreret pas eller kørekort for borgeren.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undtagelse fra digital selvbetjening' }));
    await waitFor(() => expect(api.called('POST', `/api/citizens/${CITIZEN_ID}/cases`)).toHaveLength(1));
    const [start] = api.called('POST', `/api/citizens/${CITIZEN_ID}/cases`);
    expect(await start!.json()).toEqual({ type: 'self_service_exemption', ticketId: TICKET_ID });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sager/${CASE_ID}`));
  });
});

describe('revoking a Digital Post exemption', () => {
  it('asks who asks and which identification was shown, and sends it with the revocation', async () => {
    const exemption = {
      id: '00000000-0000-4000-8300-000000000001',
      state: 'active',
      municipality: { code: '0751', name: 'Aarhus Kommune' },
      caseId: CASE_ID,
      applicantType: 'in_person',
      grounds: null,
      registeredAt: '2026-10-01T08:00:00.000Z',
      registeredBy: { id: '00000000-0000-4000-8002-000000000001', name: 'Anna Sørensen' },
      lapsesOnReturn: false,
      revokedAt: null,
      revocationCaseId: null,
    };
    const revocation = draftCase({
      id: '00000000-0000-4000-8200-000000000002',
      type: 'digital_post_revocation',
      status: 'completed',
      steps: [],
      currentStep: null,
    });
    const api = citizenApi({
      getCitizenOverview: () => json(200, emptyOverview({ digitalPostExemption: exemption as CitizenOverview['digitalPostExemption'] })),
      revokeDigitalPostExemption: () => json(201, revocation),
      getCase: () => json(200, revocation),
    });
    const { user } = await renderApp(`/borger/${CITIZEN_ID}?purpose=digital-post`);
    await user.click(screen.getByRole('button', { name: 'Ophæv fritagelse' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Kørekort' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Bemærkning/ }), 'FD 011 underskrevet');
    await user.click(within(dialog).getByRole('button', { name: 'Ophæv fritagelse' }));
    await waitFor(() => expect(api.called('POST', `/api/citizens/${CITIZEN_ID}/digital-post-exemption/revoke`)).toHaveLength(1));
    const [request] = api.called('POST', `/api/citizens/${CITIZEN_ID}/digital-post-exemption/revoke`);
    expect(await request!.json()).toEqual({
      identification: { applicantType: 'in_person', idDocument: 'koerekort' },
      reason: 'FD 011 underskrevet',
    });
  });
});

describe('a driving licence replaced at the counter', () => {
  it('shows the handed-in licence with the day a new one was ordered', async () => {
    const overview = emptyOverview({
      identityDocuments: [
        {
          id: '00000000-0000-4000-8007-000000000003',
          kind: 'driving_licence',
          documentNumber: '30006152',
          issuedOn: '2011-07-22',
          expiresOn: '2026-12-22',
          status: 'handed_in',
          state: 'invalid',
          warning: false,
          healthLimited: false,
          categories: ['B'],
          replacementOrderedOn: '2026-11-20',
        },
      ],
    });
    citizenApi({ getCitizenOverview: () => json(200, overview) });
    await renderApp(`/borger/${CITIZEN_ID}?purpose=koerekort`);
    const documents = await screen.findByRole('region', { name: 'Pas og kørekort' });
    expect(within(documents).getByText('Afleveret')).toBeInTheDocument();
    expect(
      await within(documents).findByText('Kategori B. Nyt kørekort bestilt 20. november 2026; det sendes til borgeren'),
    ).toBeInTheDocument();
  });
});
