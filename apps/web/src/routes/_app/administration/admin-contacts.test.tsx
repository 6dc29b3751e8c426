import type { ContactTopic, ReferralAuthority } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, ok, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const TOPICS: ContactTopic[] = [
  { id: '00000000-0000-4000-8000-0000000000a1', code: 'mitid', labelDa: 'MitID', labelEn: 'MitID', active: true, position: 0 },
  {
    id: '00000000-0000-4000-8000-0000000000a2',
    code: 'sygesikring',
    labelDa: 'Sygesikring',
    labelEn: 'Health insurance',
    active: false,
    position: 5,
  },
];
const MITID_SUPPORT: ReferralAuthority = {
  id: '00000000-0000-4000-8032-000000000701',
  name: 'MitID-support',
  phone: '33 98 00 10',
  openingHours: 'Alle dage, hele døgnet',
  url: 'https://www.mitid.dk',
  active: true,
};

const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ type: 'urn:skranke:problem:x', title: status === 409 ? 'Conflict' : 'Bad Request', status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('administration: Emner for henvendelser', () => {
  it('lists every topic with its status, checks a new one before sending, and shows a taken code beside the field', async () => {
    let taken = true;
    const api = signedInApi(USERS.admin, {
      listContactTopics: () => ok('listContactTopics', { items: TOPICS }),
      createContactTopic: async (request) => {
        if (taken) {
          taken = false;
          return problem(409, {
            code: 'topic-taken',
            detail: 'Der findes allerede et emne med den kode.',
            errors: [{ pointer: '/body/code', detail: 'Der findes allerede et emne med den kode.' }],
          });
        }
        return json(201, { id: '00000000-0000-4000-8000-0000000000a3', active: true, position: 0, ...((await request.json()) as object) });
      },
    });
    const { user } = await renderApp('/administration/henvendelsesemner');
    expect(screen.getByRole('heading', { level: 1, name: 'Emner for henvendelser' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Henvisningsliste' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Emner for henvendelser i rækkefølge' });
    expect(within(table).getByRole('row', { name: /Sygesikring/ })).toHaveTextContent('SygesikringHealth insurancesygesikring5Inaktiv');
    const [read] = api.calledOp('listContactTopics');
    expect(new URL(read!.url).searchParams.get('includeInactive')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Tilføj emne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj emne' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn på dansk' }), 'Bolig');
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn på engelsk' }), 'Housing');
    await user.type(within(dialog).getByRole('textbox', { name: 'Kode' }), 'Bolig!');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(within(dialog).getByText('Koden skal begynde med et lille bogstav og have 2–40 små bogstaver, tal eller _')).toBeInTheDocument();
    expect(api.calledOp('createContactTopic')).toHaveLength(0);

    const code = within(dialog).getByRole('textbox', { name: 'Kode' });
    await user.clear(code);
    await user.type(code, 'mitid');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await within(dialog).findByText('Der findes allerede et emne med den kode.')).toBeInTheDocument();
    await user.clear(code);
    await user.type(code, 'bolig');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Bolig er oprettet.')).toBeInTheDocument();
    expect(await api.calledOp('createContactTopic')[1]!.json()).toEqual({
      code: 'bolig',
      labelDa: 'Bolig',
      labelEn: 'Housing',
      position: 0,
    });
  }, 40_000);

  it('retires a topic: its code stays, the change is sent without it', async () => {
    const api = signedInApi(USERS.admin, {
      listContactTopics: () => ok('listContactTopics', { items: TOPICS }),
      updateContactTopic: async (request) => json(200, { ...TOPICS[0], ...((await request.json()) as object) }),
    });
    const { user } = await renderApp('/administration/henvendelsesemner');
    await user.click(screen.getByRole('button', { name: 'Ret MitID' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret emnet MitID' });
    expect(within(dialog).queryByRole('textbox', { name: 'Kode' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /Aktivt/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Ændringerne af MitID er gemt.')).toBeInTheDocument();
    const [sent] = api.calledOp('updateContactTopic');
    expect(new URL(sent!.url).pathname).toBe(`/api/contact-topics/${TOPICS[0]!.id}`);
    expect(await sent!.json()).toEqual({ labelDa: 'MitID', labelEn: 'MitID', position: 0, active: false });
  });

  it('is for administrators only', async () => {
    signedInApi(USERS.lars);
    await renderApp('/administration/henvendelsesemner');
    expect(screen.getByRole('heading', { level: 1, name: 'Du har ikke adgang til siden' })).toBeInTheDocument();
  });
});

describe('administration: Henvisningsliste', () => {
  it('lists the authorities with phone, hours and link, and adds one (an empty link is sent as none)', async () => {
    const api = signedInApi(USERS.admin, {
      listReferralAuthorities: () => ok('listReferralAuthorities', { items: [MITID_SUPPORT] }),
      createReferralAuthority: async (request) =>
        json(201, { id: '00000000-0000-4000-8032-000000000799', active: true, ...((await request.json()) as object) }),
    });
    const { user } = await renderApp('/administration/henvisningsliste');
    expect(screen.getByRole('heading', { level: 1, name: 'Henvisningsliste' })).toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: 'Myndigheder i henvisningslisten' })).getByRole('row', { name: /MitID-support/ });
    expect(row).toHaveTextContent('MitID-support33 98 00 10Alle dage, hele døgnetwww.mitid.dkAktiv');
    expect(within(row).getByRole('link', { name: 'www.mitid.dk' })).toHaveAttribute('href', 'https://www.mitid.dk');

    await user.click(screen.getByRole('button', { name: 'Tilføj myndighed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilføj myndighed' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Ankestyrelsen');
    await user.type(within(dialog).getByRole('textbox', { name: 'Telefon' }), '33 41 12 00');
    await user.type(within(dialog).getByRole('textbox', { name: /Webadresse/ }), 'ast.dk');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    // Opening hours are required, and a link must say its scheme; nothing is sent yet.
    expect(within(dialog).getByText('Skal udfyldes')).toBeInTheDocument();
    expect(within(dialog).getByText('Webadressen skal begynde med https:// eller http://')).toBeInTheDocument();
    expect(api.calledOp('createReferralAuthority')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Åbningstider/ }), 'Man–fre 9–15');
    await user.clear(within(dialog).getByRole('textbox', { name: /Webadresse/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Ankestyrelsen er oprettet.')).toBeInTheDocument();
    expect(await api.calledOp('createReferralAuthority')[0]!.json()).toEqual({
      name: 'Ankestyrelsen',
      phone: '33 41 12 00',
      openingHours: 'Man–fre 9–15',
      url: null,
    });
  }, 40_000);

  it('changes a phone number and retires an authority', async () => {
    const api = signedInApi(USERS.admin, {
      listReferralAuthorities: () => ok('listReferralAuthorities', { items: [MITID_SUPPORT] }),
      updateReferralAuthority: async (request) => json(200, { ...MITID_SUPPORT, ...((await request.json()) as object) }),
    });
    const { user } = await renderApp('/administration/henvisningsliste');
    await user.click(screen.getByRole('button', { name: 'Ret MitID-support' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ret MitID-support' });
    const phone = within(dialog).getByRole('textbox', { name: 'Telefon' });
    await user.clear(phone);
    await user.type(phone, '33 98 00 11');
    await user.click(within(dialog).getByRole('checkbox', { name: /Aktiv/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Ændringerne af MitID-support er gemt.')).toBeInTheDocument();
    expect(await api.calledOp('updateReferralAuthority')[0]!.json()).toEqual({
      name: 'MitID-support',
      phone: '33 98 00 11',
      openingHours: 'Alle dage, hele døgnet',
      url: 'https://www.mitid.dk',
      active: false,
    });
  });
});
