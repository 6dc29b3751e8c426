import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem, signedInApi, USERS } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render.tsx';

function navLinks() {
  const nav = screen.getByRole('navigation', { name: /Hovedmenu|Main menu/ });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('app shell', () => {
  it.each([
    ['anna', ['Skranke', 'Tider', 'Borger', 'Henvendelser']],
    ['lars', ['Skranke', 'Tider', 'Borger', 'Henvendelser', 'Køoversigt', 'Statistik', 'Revision', 'Udbakke']],
    ['admin', ['Skranke', 'Tider', 'Borger', 'Henvendelser', 'Køoversigt', 'Statistik', 'Revision', 'Udbakke', 'Administration']],
  ] as const)('shows %s the menu of their role', async (username, expected) => {
    signedInApi(USERS[username]);
    await renderApp('/skranke');
    expect(navLinks()).toEqual(expected);
  });

  it('restores the session silently and shows who is signed in, in Danish', async () => {
    signedInApi(USERS.anna);
    await renderApp('/');
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Anna Sørensen')).toBeInTheDocument();
    expect(within(header).getByText('skrankemedarbejder · Aarhus Kommune')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Skranke' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skranke' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers anna to sign in at a counter of one of her locations', async () => {
    signedInApi(USERS.anna);
    await renderApp('/skranke');
    const form = screen.getByRole('region', { name: 'Log på en skranke' });
    const locations = within(form).getByRole('combobox', { name: 'Borgerservicested' });
    expect(
      within(locations)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Borgerservice Dokk1', 'Borgerservicebussen']);
    expect(await within(form).findByRole('button', { name: 'Log på skranken' })).toBeInTheDocument();
  });

  it('switches the whole shell to English and back', async () => {
    signedInApi(USERS.lars);
    const { user } = await renderApp('/skranke');
    // The menu holds a second switch for phones, hidden by CSS from small screens upwards; use the header's.
    const header = screen.getByRole('banner');
    await user.click(within(header).getByRole('radio', { name: 'English' }));

    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(navLinks()).toEqual(['Counter', 'Appointments', 'Citizen', 'Contacts', 'Queue overview', 'Statistics', 'Audit', 'Outbox']);
    expect(within(header).getByText('team lead · Aarhus Kommune')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.click(within(header).getByRole('radio', { name: 'Dansk' }));
    expect(within(header).getByText('teamleder · Aarhus Kommune')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });

  it('signs out on the server and lands on the sign-in page', async () => {
    const api = signedInApi(USERS.anna);
    const { user, router, queryClient } = await renderApp('/skranke');
    await user.click(screen.getByRole('button', { name: 'Log ud' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Du er logget ud.');
    expect(api.called('POST', '/api/auth/logout')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/login');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('stays signed in and says so when the sign-out did not reach the server', async () => {
    signedInApi(USERS.anna, { logout: () => problem(503, 'Service Unavailable') });
    const { user } = await renderApp('/skranke');
    await user.click(screen.getByRole('button', { name: 'Log ud' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Du blev ikke logget ud');
    expect(screen.getByRole('heading', { level: 1, name: 'Skranke' })).toBeInTheDocument();
  });

  it('sends the user to sign in again when the session can no longer be renewed', async () => {
    let refreshes = 0;
    signedInApi(USERS.anna, {
      refreshSession: () => (refreshes++ === 0 ? signedInRefresh() : problem(401, 'Unauthorized')),
      listLocations: () => problem(401, 'Unauthorized'),
    });
    const { router } = await renderApp('/skranke');

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByRole('status')).toHaveTextContent('Din session er udløbet – log ind igen');
    expect(router.state.location.search).toMatchObject({ reason: 'expired', redirect: '/skranke' });
  });

  it('tells counter staff that administration is not for their role', async () => {
    signedInApi(USERS.anna);
    await renderApp('/administration');
    expect(screen.getByRole('heading', { level: 1, name: 'Du har ikke adgang til siden' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hovedmenu' })).toBeInTheDocument();
  });

  it('lists the municipality’s locations for an administrator', async () => {
    signedInApi(USERS.admin);
    await renderApp('/administration');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('Borgerservicebussen')).toBeInTheDocument();
    expect(screen.getByText('3 steder')).toBeInTheDocument();
  });
});

function signedInRefresh() {
  return new Response(JSON.stringify({ accessToken: 'first', expiresIn: 900, user: USERS.anna }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}
