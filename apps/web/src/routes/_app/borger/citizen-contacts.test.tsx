import type { CitizenContactList, Contact } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CITIZEN_ID, emptyOverview, POUL } from '../../../test/citizen-fixtures.ts';
import { json, ok, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const contact = (overrides: Partial<Contact> = {}): Contact => ({
  id: '00000000-0000-4000-8000-0000000000c1',
  createdAt: '2026-12-07T09:30:00.000Z',
  channel: 'phone',
  topicCode: 'pension',
  result: 'referred',
  note: null,
  withCitizen: true,
  ticketId: null,
  locationId: null,
  referralAuthority: {
    id: '00000000-0000-4000-8032-000000000702',
    name: 'Udbetaling Danmark – Pension',
    phone: '70 12 80 63',
    openingHours: 'Man–fre 8–15',
  },
  staff: { id: USERS.anna.id, name: 'Anna Sørensen' },
  openFollowUps: 1,
  ...overrides,
});

const api = (list: CitizenContactList, extra: FakeRoutes = {}) =>
  signedInApi(USERS.anna, {
    getCitizen: () => json(200, POUL),
    getCitizenOverview: () => json(200, emptyOverview()),
    listCitizenCases: () => json(200, { cases: [] }),
    getDigitalPostExemption: () => json(200, { exemption: null }),
    listRepresentations: () => json(200, { representedBy: [], representing: [] }),
    listContactTopics: () =>
      ok('listContactTopics', {
        items: [
          // A retired topic still names its old contacts.
          {
            id: '00000000-0000-4000-8000-0000000000a1',
            code: 'pension',
            labelDa: 'Pension og boligstøtte',
            labelEn: 'Pension',
            active: false,
            position: 0,
          },
          { id: '00000000-0000-4000-8000-0000000000a2', code: 'mitid', labelDa: 'MitID', labelEn: 'MitID', active: true, position: 1 },
        ],
      }),
    listCitizenContacts: () => ok('listCitizenContacts', list),
    ...extra,
  });

describe("the citizen page's Henvendelser", () => {
  it('lists the contacts naming the citizen, newest first, with time as Danes write it, referral and open task', async () => {
    const fake = api({
      total: 2,
      items: [
        contact(),
        contact({
          id: '00000000-0000-4000-8000-0000000000c2',
          createdAt: '2026-11-30T14:05:00.000Z',
          channel: 'counter',
          topicCode: 'mitid',
          result: 'resolved',
          referralAuthority: null,
          openFollowUps: 0,
          staff: { id: USERS.lars.id, name: 'Lars Østergaard' },
        }),
      ],
    });
    await renderApp(`/borger/${CITIZEN_ID}?purpose=vejledning`);
    const section = await screen.findByRole('region', { name: 'Henvendelser' });
    const table = await within(section).findByRole('table', { name: 'Borgerens henvendelser i kommunen, nyeste først' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent(
      '7. december 2026 kl. 10.30TelefonPension og boligstøtteHenvistUdbetaling Danmark – Pension70 12 80 63Åben opgave (1)Anna Sørensen',
    );
    expect(rows[2]).toHaveTextContent('30. november 2026 kl. 15.05SkrankeMitIDLøst–IngenLars Østergaard');
    // All there are: no "showing the latest" line. Read by the citizen's opaque id, once, with retired topics' names.
    expect(within(section).queryByText(/Viser de seneste/)).not.toBeInTheDocument();
    expect(fake.called('GET', `/api/citizens/${CITIZEN_ID}/contacts`)).toHaveLength(1);
    const [topics] = fake.calledOp('listContactTopics');
    expect(new URL(topics!.url).searchParams.get('includeInactive')).toBe('true');
  });

  it('says how many there are when only the latest are shown', async () => {
    api({ total: 34, items: [contact()] });
    await renderApp(`/borger/${CITIZEN_ID}?purpose=vejledning`);
    const section = await screen.findByRole('region', { name: 'Henvendelser' });
    expect(await within(section).findByText('Viser de seneste 1 af 34 henvendelser.')).toBeInTheDocument();
  });

  it('says so when the citizen is named in no contact', async () => {
    api({ total: 0, items: [] });
    await renderApp(`/borger/${CITIZEN_ID}?purpose=vejledning`);
    const section = await screen.findByRole('region', { name: 'Henvendelser' });
    expect(await within(section).findByText('Borgeren er ikke navngivet i nogen henvendelse i kommunen.')).toBeInTheDocument();
  });
});
