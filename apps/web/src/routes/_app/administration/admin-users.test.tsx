import type { StaffUser } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, LOCATIONS, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const DOKK1 = LOCATIONS[0]!;
const staff = (user: (typeof USERS)[keyof typeof USERS], disabled = false): StaffUser => ({
  id: user.id,
  username: user.username,
  name: user.name,
  role: user.role,
  disabled,
  locationIds: user.locationIds,
  createdAt: '2026-01-05T08:00:00.000Z',
});

function usersApi(extra: Parameters<typeof signedInApi>[1] = {}) {
  const state = { users: [staff(USERS.admin), staff(USERS.anna), staff(USERS.lars)] };
  const api = signedInApi(USERS.admin, {
    listUsers: () => json(200, state.users),
    ...extra,
  });
  return { api, state };
}

describe('administration: users', () => {
  it('lists the staff and explains a taken username beside its field', async () => {
    const { api } = usersApi({
      createUser: () =>
        new Response(
          JSON.stringify({
            type: 'urn:skranke:problem:username-taken',
            title: 'Conflict',
            status: 409,
            detail: 'Brugernavnet er allerede i brug.',
          }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
    });
    const { user } = await renderApp('/administration/brugere');
    const table = screen.getByRole('table', { name: 'Brugere i kommunen' });
    expect(within(table).getByRole('rowheader', { name: 'Anna Sørensen' })).toBeInTheDocument();
    // The signed-in admin cannot disable herself from here.
    expect(screen.queryByRole('button', { name: 'Deaktivér Birgitte Holm' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Opret bruger' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opret bruger' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Brugernavn' }), 'Anna');
    await user.type(within(dialog).getByRole('textbox', { name: 'Fulde navn' }), 'Anna Anden');
    await user.type(within(dialog).getByLabelText(/Første adgangskode/), 'en-lang-adgangskode');
    await user.click(within(dialog).getByRole('checkbox', { name: DOKK1.name }));
    await user.click(within(dialog).getByRole('button', { name: 'Opret bruger' }));

    expect(await within(dialog).findByText('Brugernavnet er allerede i brug.')).toBeInTheDocument();
    const [sent] = api.called('POST', '/api/admin/users');
    expect(await sent!.json()).toEqual({
      username: 'anna',
      name: 'Anna Anden',
      role: 'counter',
      password: 'en-lang-adgangskode',
      locationIds: [DOKK1.id],
    });
  });

  it('asks before disabling, says that it ends the sessions, and sends disabled: true', async () => {
    const { api, state } = usersApi({
      updateUser: () => {
        state.users = state.users.map((u) => (u.id === USERS.anna.id ? { ...u, disabled: true } : u));
        return json(200, staff(USERS.anna, true));
      },
      listAuditStaff: () => json(200, { staff: [] }),
    });
    const { user } = await renderApp('/administration/brugere');
    await user.click(screen.getByRole('button', { name: 'Deaktivér Anna Sørensen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deaktivér Anna Sørensen?' });
    expect(dialog).toHaveTextContent('bliver logget ud alle steder med det samme');
    expect(api.called('PATCH', `/api/admin/users/${USERS.anna.id}`)).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Deaktivér og log ud' }));
    expect(await screen.findByText('Anna Sørensen er deaktiveret og logget ud alle steder.')).toBeInTheDocument();
    expect(await api.called('PATCH', `/api/admin/users/${USERS.anna.id}`)[0]!.json()).toEqual({ disabled: true });
    const row = within(screen.getByRole('table', { name: 'Brugere i kommunen' }))
      .getByRole('rowheader', { name: 'Anna Sørensen' })
      .closest('tr')!;
    expect(row).toHaveTextContent('Deaktiveret');
    expect(within(row).getByRole('button', { name: 'Genaktivér Anna Sørensen' })).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    signedInApi(USERS.lars);
    await renderApp('/administration/brugere');
    expect(screen.getByRole('heading', { level: 1, name: 'Du har ikke adgang til siden' })).toBeInTheDocument();
  });
});
