import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, signedInApi, signedOutApi, tokenFor, USERS } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render.tsx';

async function fillIn(user: Awaited<ReturnType<typeof renderApp>>['user'], username: string, password: string) {
  await user.type(screen.getByLabelText(/Brugernavn/), username);
  await user.type(screen.getByLabelText(/Adgangskode/), password);
  await user.click(screen.getByRole('button', { name: 'Log ind' }));
}

describe('sign-in page', () => {
  it('sends visitors without a session to the sign-in page', async () => {
    signedOutApi();
    const { router } = await renderApp('/skranke');
    expect(screen.getByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/skranke' });
    expect(screen.queryByText(/session er udløbet/)).not.toBeInTheDocument();
  });

  it('says so when the username or password is wrong, and clears the password', async () => {
    signedOutApi({ login: () => problem(401, 'Unauthorized', 'Invalid credentials') });
    const { user } = await renderApp('/login');
    await fillIn(user, 'anna', 'forkert');

    expect(await screen.findByRole('alert')).toHaveTextContent('Forkert brugernavn eller adgangskode');
    expect(screen.getByLabelText(/Adgangskode/)).toHaveValue('');
    expect(screen.getByLabelText(/Adgangskode/)).toHaveFocus();
  });

  it('asks the user to wait after too many attempts', async () => {
    signedOutApi({ login: () => problem(429, 'Too Many Requests') });
    const { user } = await renderApp('/login');
    await fillIn(user, 'anna', 'forkert');
    expect(await screen.findByRole('alert')).toHaveTextContent('For mange forsøg – prøv igen om lidt');
  });

  it('explains when the server cannot be reached', async () => {
    signedOutApi({ login: () => Promise.reject(new TypeError('Failed to fetch')) });
    const { user } = await renderApp('/login');
    await fillIn(user, 'anna', 'skranke-demo');
    expect(await screen.findByRole('alert')).toHaveTextContent('Der er ingen forbindelse til serveren');
  });

  it('checks for empty fields before asking the server', async () => {
    const api = signedOutApi();
    const { user } = await renderApp('/login');
    await user.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(screen.getByText('Skriv dit brugernavn')).toBeInTheDocument();
    expect(screen.getByText('Skriv din adgangskode')).toBeInTheDocument();
    expect(screen.getByLabelText(/Brugernavn/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Brugernavn/)).toHaveFocus();
    expect(api.called('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('signs in and continues to the page the user asked for', async () => {
    const api = signedOutApi({
      login: () => json(200, tokenFor(USERS.lars)),
      listLocations: () => json(200, []),
    });
    const { user, router } = await renderApp('/statistik');
    await fillIn(user, ' lars ', 'skranke-demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Statistik' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/statistik');
    expect(await api.called('POST', '/api/auth/login')[0]?.json()).toEqual({
      username: 'lars',
      password: 'skranke-demo',
    });
  });

  it('tells the user when their session expired', async () => {
    signedOutApi();
    await renderApp('/login?reason=expired');
    expect(screen.getByRole('status')).toHaveTextContent('Din session er udløbet – log ind igen');
  });

  it('ignores a redirect to another site', async () => {
    signedOutApi({
      login: () => json(200, tokenFor(USERS.anna)),
      listLocations: () => json(200, []),
    });
    const { user, router } = await renderApp('/login?redirect=%2F%2Fevil.example');
    await fillIn(user, 'anna', 'skranke-demo');
    await waitFor(() => expect(router.state.location.pathname).toBe('/skranke'));
  });

  it('sends someone who is already signed in straight on', async () => {
    signedInApi(USERS.anna);
    const { router } = await renderApp('/login');
    expect(screen.getByRole('heading', { level: 1, name: 'Skranke' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/skranke');
  });

  it('is shown in English when English was chosen', async () => {
    signedOutApi();
    await renderApp('/login', { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Username/)).toBeInTheDocument();
  });
});
