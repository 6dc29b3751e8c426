import type { Contact, FollowUpTask, RecordContactBody } from '@skranke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CITIZEN_ID, POUL_CPR, POUL_SUMMARY } from '../../../test/citizen-fixtures.ts';
import { json, ok, problem, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const UDK = '00000000-0000-4000-8032-000000000702';
const TOPICS = [
  {
    id: '00000000-0000-4000-8000-0000000000a1',
    code: 'pension',
    labelDa: 'Pension og boligstøtte',
    labelEn: 'Pension',
    active: true,
    position: 0,
  },
  { id: '00000000-0000-4000-8000-0000000000a2', code: 'mitid', labelDa: 'MitID', labelEn: 'MitID', active: true, position: 1 },
];
const AUTHORITIES = [
  { id: UDK, name: 'Udbetaling Danmark – Pension', phone: '70 12 80 63', openingHours: 'Man–fre 8–15', url: null, active: true },
];
const contact = (overrides: Partial<Contact> = {}): Contact => ({
  id: '00000000-0000-4000-8000-0000000000c1',
  createdAt: '2026-12-07T09:30:00.000Z',
  channel: 'phone',
  topicCode: 'pension',
  result: 'referred',
  note: null,
  withCitizen: false,
  ticketId: null,
  locationId: null,
  referralAuthority: { id: UDK, name: 'Udbetaling Danmark – Pension', phone: '70 12 80 63', openingHours: 'Man–fre 8–15' },
  staff: { id: USERS.anna.id, name: 'Anna Sørensen' },
  openFollowUps: 0,
  ...overrides,
});
const task = (overrides: Partial<FollowUpTask> = {}): FollowUpTask => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  contactId: contact().id,
  contact: {
    channel: 'phone',
    topicCode: 'pension',
    result: 'referred',
    createdAt: contact().createdAt,
    referralAuthorityName: 'Udbetaling Danmark – Pension',
  },
  assignee: { id: USERS.lars.id, name: 'Lars Østergaard' },
  createdBy: { id: USERS.anna.id, name: 'Anna Sørensen' },
  dueOn: '2026-12-09',
  text: 'Ring borgeren op',
  createdAt: contact().createdAt,
  doneAt: null,
  doneBy: null,
  overdue: false,
  ...overrides,
});

function routes(extra: FakeRoutes = {}): FakeRoutes {
  return {
    listContactTopics: () => ok('listContactTopics', { items: TOPICS }),
    listReferralAuthorities: () => ok('listReferralAuthorities', { items: AUTHORITIES }),
    listFollowUpAssignees: () =>
      ok('listFollowUpAssignees', {
        items: [
          { id: USERS.anna.id, name: 'Anna Sørensen' },
          { id: USERS.lars.id, name: 'Lars Østergaard' },
        ],
      }),
    listContacts: () => ok('listContacts', { items: [contact()], nextCursor: null }),
    listFollowUpTasks: () => ok('listFollowUpTasks', { items: [] }),
    ...extra,
  };
}

describe('Henvendelser', () => {
  it('logs a phone contact with a referral, shows the authority’s phone and hours, and gives a colleague a task', async () => {
    const api = signedInApi(
      USERS.anna,
      routes({
        recordContact: () => ok('recordContact', contact(), 201),
        createFollowUpTask: () => ok('createFollowUpTask', task(), 201),
      }),
    );
    const { user } = await renderApp('/henvendelser');
    expect(screen.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Henvendelser' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'De seneste henvendelser i kommunen, nyeste først' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('TelefonPension og boligstøtteHenvistUdbetaling Danmark – PensionAnna Sørensen');

    // Sending without a topic is refused in the form, before any call.
    await user.click(screen.getByRole('button', { name: 'Registrér henvendelse' }));
    expect(screen.getByText('Vælg et emne')).toBeInTheDocument();
    expect(api.calledOp('recordContact')).toHaveLength(0);

    await user.selectOptions(screen.getByRole('combobox', { name: /Emne/ }), 'pension');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Resultat' }), 'referred');
    await user.click(screen.getByRole('button', { name: 'Registrér henvendelse' }));
    expect(screen.getByText('Vælg den myndighed, borgeren er henvist til')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Henvist til/ }), UDK);
    expect(screen.getByText('Telefon 70 12 80 63 · Man–fre 8–15')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Opret en opfølgningsopgave til en kollega' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Kollega/ }), USERS.lars.id);
    await user.type(screen.getByRole('textbox', { name: /Opgave/ }), 'Ring borgeren op');
    await user.click(screen.getByRole('button', { name: 'Registrér henvendelse' }));

    expect(await screen.findByText('Henvendelsen er registreret, og opgaven er givet til Lars Østergaard.')).toBeInTheDocument();
    const sent = (await api.calledOp('recordContact')[0]!.json()) as RecordContactBody;
    expect(sent).toEqual({ channel: 'phone', topicCode: 'pension', result: 'referred', referralAuthorityId: UDK });
    const taskBody = await api.calledOp('createFollowUpTask')[0]!.json();
    expect(taskBody).toMatchObject({ contactId: contact().id, assigneeUserId: USERS.lars.id, text: 'Ring borgeren op' });
  });

  it('lists my tasks and marks one done; a task done meanwhile says so', async () => {
    let done = false;
    const api = signedInApi(
      USERS.lars,
      routes({
        listFollowUpTasks: () => ok('listFollowUpTasks', { items: done ? [] : [task()] }),
        completeFollowUpTask: () => {
          done = true;
          return ok(
            'completeFollowUpTask',
            task({ doneAt: '2026-12-07T10:00:00.000Z', doneBy: { id: USERS.lars.id, name: 'Lars Østergaard' } }),
          );
        },
        getContactStatistics: () =>
          ok('getContactStatistics', {
            from: '2026-11-07',
            to: '2026-12-07',
            total: 1,
            byChannel: [{ channel: 'phone', count: 1 }],
            byResult: [{ result: 'referred', count: 1 }],
            byTopic: [{ topicCode: 'pension', labelDa: 'Pension og boligstøtte', labelEn: 'Pension', count: 1 }],
            referralsByAuthority: [{ authorityId: UDK, name: 'Udbetaling Danmark – Pension', count: 1 }],
            followUps: { open: 1, overdue: 0, done: 0 },
          }),
      }),
    );
    const { user } = await renderApp('/henvendelser');
    const mine = screen.getByRole('region', { name: 'Mine opfølgningsopgaver' });
    expect(within(mine).getByText('Ring borgeren op')).toBeInTheDocument();
    expect(within(mine).getByText('Fra Anna Sørensen')).toBeInTheDocument();
    await user.click(within(mine).getByRole('button', { name: 'Markér opgaven "Ring borgeren op" som udført' }));
    expect(await within(mine).findByText('Opgaven er markeret som udført.')).toBeInTheDocument();
    expect(api.calledOp('completeFollowUpTask')).toHaveLength(1);
    // Leads also see every open task and the figures.
    expect(screen.getByRole('region', { name: 'Alle åbne opgaver' })).toBeInTheDocument();
    expect(await screen.findByText('I alt 1 henvendelser')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Henvisninger pr. myndighed' })).toHaveTextContent('Udbetaling Danmark – Pension1');
  });

  it('shows the problem when the task was already done', async () => {
    signedInApi(
      USERS.anna,
      routes({
        listFollowUpTasks: () => ok('listFollowUpTasks', { items: [task({ assignee: { id: USERS.anna.id, name: 'Anna Sørensen' } })] }),
        completeFollowUpTask: () => problem(409, 'Conflict', 'Opgaven er allerede udført.'),
      }),
    );
    const { user } = await renderApp('/henvendelser');
    await user.click(screen.getByRole('button', { name: 'Markér opgaven "Ring borgeren op" som udført' }));
    expect(await screen.findByText('Opgaven er allerede udført.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Alle åbne opgaver' })).not.toBeInTheDocument();
  });
});

describe('Henvendelser: naming the citizen', () => {
  const TICKET_ID = '00000000-0000-4000-8000-0000000000e1';

  it('is anonymous by default; a CPR number finds the citizen (POST body only) and the contact names them', async () => {
    const api = signedInApi(
      USERS.anna,
      routes({
        lookupCitizen: () => ok('lookupCitizen', POUL_SUMMARY),
        recordContact: () => ok('recordContact', contact({ withCitizen: true }), 201),
      }),
    );
    const { user } = await renderApp('/henvendelser');
    const part = screen.getByRole('group', { name: 'Borger' });
    expect(within(part).getByText('Anonym henvendelse – ingen borger navngivet.')).toBeInTheDocument();
    expect(within(part).queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(within(part).getByRole('button', { name: 'Navngiv borger' }));
    const cpr = within(part).getByRole('textbox', { name: /CPR-nummer/ });
    // (focus moves once React has rendered the field: focusWhenReady, a frame later)
    await waitFor(() => expect(cpr).toHaveFocus());
    expect(cpr).toHaveAttribute('autocomplete', 'off');
    // The domain's CPR check first: a wrong number is refused beside the field, and nothing is sent.
    await user.type(cpr, '0904611');
    await user.click(within(part).getByRole('button', { name: 'Find borger' }));
    expect(within(part).getByText('Et CPR-nummer har præcis 10 cifre.')).toBeInTheDocument();
    expect(api.calledOp('lookupCitizen')).toHaveLength(0);

    await user.clear(cpr);
    // Enter looks the citizen up; it does not send the contact.
    await user.type(cpr, `${POUL_CPR}{Enter}`);
    expect(await within(part).findByText('Henvendelsen registreres på Poul Hansen (090461-XXXX).')).toBeInTheDocument();
    expect(api.calledOp('recordContact')).toHaveLength(0);
    const [lookup] = api.calledOp('lookupCitizen');
    expect(lookup!.method).toBe('POST');
    expect(await lookup!.json()).toEqual({ cpr: POUL_CPR, purpose: 'vejledning' });
    // The number is never in a URL, and not on the screen once found.
    expect(api.requests.some((r) => r.url.includes('0904611115') || r.url.includes('090461-1115'))).toBe(false);
    expect(screen.queryByDisplayValue(POUL_CPR)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /Emne/ }), 'mitid');
    await user.click(screen.getByRole('button', { name: 'Registrér henvendelse' }));
    expect(await screen.findByText('Henvendelsen er registreret.')).toBeInTheDocument();
    expect(await api.calledOp('recordContact')[0]!.json()).toEqual({
      channel: 'phone',
      topicCode: 'mitid',
      result: 'guided',
      personId: CITIZEN_ID,
    });
    // The next contact starts anonymous again.
    expect(within(part).getByRole('button', { name: 'Navngiv borger' })).toBeInTheDocument();
  });

  it('refuses to send while a CPR number is typed but not looked up; "Gør anonym" and "Fortryd" go back to anonymous', async () => {
    const api = signedInApi(
      USERS.anna,
      routes({
        lookupCitizen: () => ok('lookupCitizen', POUL_SUMMARY),
        recordContact: () => ok('recordContact', contact(), 201),
      }),
    );
    const { user } = await renderApp('/henvendelser');
    const part = screen.getByRole('group', { name: 'Borger' });
    await user.selectOptions(screen.getByRole('combobox', { name: /Emne/ }), 'mitid');
    await user.click(within(part).getByRole('button', { name: 'Navngiv borger' }));
    await user.click(screen.getByRole('button', { name: 'Registrér henvendelse' }));
    expect(within(part).getByText('Find borgeren, eller vælg "Fortryd" for en anonym henvendelse')).toBeInTheDocument();
    expect(api.calledOp('recordContact')).toHaveLength(0);

    await user.click(within(part).getByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(within(part).getByRole('button', { name: 'Navngiv borger' })).toHaveFocus());
    await user.click(within(part).getByRole('button', { name: 'Navngiv borger' }));
    await user.type(within(part).getByRole('textbox', { name: /CPR-nummer/ }), POUL_CPR);
    await user.click(within(part).getByRole('button', { name: 'Find borger' }));
    await user.click(await within(part).findByRole('button', { name: 'Gør anonym' }));
    await waitFor(() => expect(within(part).getByRole('button', { name: 'Navngiv borger' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Registrér henvendelse' }));
    expect(await screen.findByText('Henvendelsen er registreret.')).toBeInTheDocument();
    expect(await api.calledOp('recordContact')[0]!.json()).not.toHaveProperty('personId');
  });

  it('says so beside the field when the register has no such citizen', async () => {
    signedInApi(
      USERS.anna,
      routes({
        lookupCitizen: () =>
          json(404, { type: 'about:blank', title: 'Not Found', status: 404, code: 'citizen-not-found', detail: 'Borgeren findes ikke.' }),
      }),
    );
    const { user } = await renderApp('/henvendelser');
    const part = screen.getByRole('group', { name: 'Borger' });
    await user.click(within(part).getByRole('button', { name: 'Navngiv borger' }));
    const cpr = within(part).getByRole('textbox', { name: /CPR-nummer/ });
    await user.type(cpr, POUL_CPR);
    await user.click(within(part).getByRole('button', { name: 'Find borger' }));
    expect(await within(part).findByText('Borgeren findes ikke.')).toBeInTheDocument();
    expect(cpr).toHaveValue('');
  });

  it('a contact from a served ticket keeps its ticket and channel, and can name the citizen too', async () => {
    const api = signedInApi(
      USERS.anna,
      routes({
        lookupCitizen: () => ok('lookupCitizen', POUL_SUMMARY),
        recordContact: () => ok('recordContact', contact({ channel: 'counter', ticketId: TICKET_ID }), 201),
      }),
    );
    const { user } = await renderApp(`/henvendelser?ticketId=${TICKET_ID}&ticket=A012`);
    expect(screen.getByText('Fra billet A012')).toBeInTheDocument();
    const part = screen.getByRole('group', { name: 'Borger' });
    await user.click(within(part).getByRole('button', { name: 'Navngiv borger' }));
    await user.type(within(part).getByRole('textbox', { name: /CPR-nummer/ }), `${POUL_CPR}{Enter}`);
    await within(part).findByText('Henvendelsen registreres på Poul Hansen (090461-XXXX).');
    await user.selectOptions(screen.getByRole('combobox', { name: /Emne/ }), 'mitid');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Resultat' }), 'resolved');
    await user.click(screen.getByRole('button', { name: 'Registrér henvendelse' }));
    expect(await screen.findByText('Henvendelsen er registreret.')).toBeInTheDocument();
    expect(await api.calledOp('recordContact')[0]!.json()).toEqual({
      channel: 'counter',
      topicCode: 'mitid',
      result: 'resolved',
      ticketId: TICKET_ID,
      personId: CITIZEN_ID,
    });
  });
});
