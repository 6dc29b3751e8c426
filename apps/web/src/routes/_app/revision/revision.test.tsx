import type { AuditEventPage } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const SOFIE = { id: '00000000-0000-4000-8009-000000000002', name: 'Sofie Bach Kristensen', cprMasked: '050986-XXXX' };
const STAFF = [
  { id: USERS.anna.id, name: 'Anna Sørensen', username: 'anna', disabled: false },
  { id: USERS.lars.id, name: 'Lars Østergaard', username: 'lars', disabled: false },
];

const event = (id: number, overrides: Partial<AuditEventPage['events'][number]> = {}): AuditEventPage['events'][number] => ({
  id,
  at: '2026-11-22T09:15:00.000Z',
  action: 'citizen.lookup',
  actor: { id: USERS.anna.id, name: 'Anna Sørensen', username: 'anna' },
  actorDeviceId: null,
  subject: { type: 'citizen', id: SOFIE.id },
  purpose: 'pas',
  citizen: { name: SOFIE.name, cprMasked: SOFIE.cprMasked },
  changes: [],
  details: {},
  ...overrides,
});

function auditApi(pages: Record<string, AuditEventPage>) {
  return signedInApi(USERS.lars, {
    listAuditStaff: () => json(200, { staff: STAFF }),
    lookupCitizen: () =>
      json(200, {
        ...SOFIE,
        birthDate: '1986-09-05',
        age: 40,
        sex: 'female',
        status: 'active',
        municipality: { code: '0751', name: 'Aarhus Kommune' },
      }),
    searchAuditEvents: (request) => json(200, pages[new URL(request.url).searchParams.get('cursor') ?? 'first']),
  });
}

describe('the audit search page', () => {
  it('shows every purpose and action in words, case types and the API’s own purposes too, never their codes', async () => {
    auditApi({
      first: {
        events: [
          event(5, { action: 'case.start', purpose: 'passport' }),
          event(4, { action: 'self-service.appeal-registered', purpose: 'self_service_exemption' }),
          event(3, { action: 'case.list', purpose: 'case_list' }),
          event(2, { action: 'citizen.access-log.pdf', purpose: 'indsigt' }),
        ],
        nextCursor: null,
      },
    });
    const { user } = await renderApp('/revision');
    await user.type(screen.getByRole('textbox', { name: /Borgerens CPR-nummer/ }), '050986-0114');
    await user.click(screen.getByRole('button', { name: 'Søg' }));
    const table = await screen.findByRole('table', { name: 'Resultater' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Sag oprettet.*Pas/),
      expect.stringMatching(/Klage over afslag registreret.*Undtagelse fra digital selvbetjening/),
      expect.stringMatching(/Oversigt over sager vist.*Oversigt over sager/),
      expect.stringMatching(/Logudtræk hentet som PDF.*Indsigt \(logudtræk\)/),
    ]);
    // The action's code stays beside its label, small, for leads who filter by it; purposes are words only.
    for (const code of ['passport', 'self_service_exemption', 'case_list', 'indsigt']) expect(table.textContent).not.toContain(code);
  });

  it('looks the citizen up by CPR in a POST body, searches by opaque id and shows who, when, what, whose and why', async () => {
    const api = auditApi({
      first: {
        events: [event(12), event(11, { action: 'citizen.reveal-cpr', purpose: 'andet', details: { purposeText: 'Ringede ind' } })],
        nextCursor: 11,
      },
      '11': { events: [event(3, { action: 'citizen.read' })], nextCursor: null },
    });
    const { user, router } = await renderApp('/revision');
    expect(screen.getByRole('heading', { level: 1, name: 'Revision' })).toBeInTheDocument();
    // Nothing is searched (and audited) before the lead asks.
    expect(api.called('GET', '/api/audit/events')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Borgerens CPR-nummer/ }), '050986-0114');
    await user.type(screen.getByLabelText('Fra dato'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Søg' }));

    const table = await screen.findByRole('table', { name: 'Resultater' });
    const [lookup] = api.called('POST', '/api/citizens/lookup');
    expect(await lookup!.json()).toEqual({ cpr: '050986-0114', purpose: 'andet', purposeText: 'Revision: søgning i logningen' });
    const [search] = api.called('GET', '/api/audit/events');
    expect(Object.fromEntries(new URL(search!.url).searchParams)).toEqual({ citizenId: SOFIE.id, from: '2026-11-01', limit: '50' });
    for (const request of api.requests) expect(request.url).not.toMatch(/050986|0114/);
    expect(router.state.location.href).not.toMatch(/050986/);

    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('22. november 2026 kl. 10.15');
    expect(rows[1]).toHaveTextContent('Anna Sørensen (anna)');
    expect(rows[1]).toHaveTextContent('Opslag på CPR-nummer');
    expect(rows[1]).toHaveTextContent('Sofie Bach Kristensen, 050986-XXXX');
    expect(rows[1]).toHaveTextContent('Pas');
    expect(rows[2]).toHaveTextContent('Andet: Ringede ind');
    expect(screen.getByTestId('audit-citizen')).toHaveTextContent('Sofie Bach Kristensen, 050986-XXXX');
    expect(screen.queryByRole('textbox', { name: /Borgerens CPR-nummer/ })).toBeNull();

    // The next (older) page by the server's cursor, and back.
    await user.click(screen.getByRole('button', { name: 'Ældre' }));
    expect(await within(screen.getByRole('table', { name: 'Resultater' })).findByText('Visning af oplysninger')).toBeInTheDocument();
    expect(new URL(api.called('GET', '/api/audit/events')[1]!.url).searchParams.get('cursor')).toBe('11');
    expect(screen.getByRole('button', { name: 'Ældre' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Nyere' }));
    expect(await within(screen.getByRole('table', { name: 'Resultater' })).findAllByText('Opslag på CPR-nummer')).toHaveLength(1);
  });

  it('shows a user change as the fields it changed, from what to what', async () => {
    auditApi({
      first: {
        events: [
          event(20, {
            action: 'admin.user.update',
            actor: { id: USERS.admin.id, name: 'Birgitte Holm', username: 'admin' },
            subject: { type: 'user', id: USERS.anna.id },
            purpose: null,
            citizen: null,
            changes: [
              { field: 'role', from: 'counter', to: 'lead' },
              { field: 'disabled', from: 'false', to: 'true' },
            ],
          }),
        ],
        nextCursor: null,
      },
    });
    const { user } = await renderApp('/revision');
    await user.click(screen.getByRole('button', { name: 'Søg' }));
    const row = within(await screen.findByRole('table', { name: 'Resultater' })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Bruger ændret');
    expect(row).toHaveTextContent('Rolle: skrankemedarbejder → teamleder');
    expect(row).toHaveTextContent('Deaktiveret: nej → ja');
    expect(row).toHaveTextContent('Medarbejder: Anna Sørensen (anna)');
    expect(screen.queryByRole('button', { name: 'Ældre' })).toBeNull();
  });

  it('refuses a malformed CPR number and a date range that ends before it starts, sending nothing', async () => {
    const api = auditApi({});
    const { user } = await renderApp('/revision');
    const cpr = screen.getByRole('textbox', { name: /Borgerens CPR-nummer/ });
    await user.type(cpr, '0509861');
    await user.type(screen.getByLabelText('Fra dato'), '2026-11-10');
    await user.type(screen.getByLabelText('Til dato'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Søg' }));
    expect(cpr).toHaveAccessibleDescription(expect.stringContaining('Et CPR-nummer har præcis 10 cifre.'));
    expect(screen.getByLabelText('Til dato')).toHaveAccessibleDescription('Til-datoen ligger før fra-datoen');
    expect(api.called('POST', '/api/citizens/lookup')).toHaveLength(0);
    expect(api.called('GET', '/api/audit/events')).toHaveLength(0);
  });

  it('is not for counter staff', async () => {
    signedInApi(USERS.anna);
    await renderApp('/revision');
    expect(screen.getByRole('heading', { level: 1, name: 'Du har ikke adgang til siden' })).toBeInTheDocument();
  });
});
