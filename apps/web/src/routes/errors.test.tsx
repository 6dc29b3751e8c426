import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, LOCATIONS, problem, signedInApi, signedOutApi, USERS } from '../test/fake-api.ts';
import { renderApp } from '../test/render.tsx';

describe('error and not-found pages', () => {
  it('shows a friendly not-found page with a way back', async () => {
    signedOutApi();
    await renderApp('/findes-ikke');
    expect(screen.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('shows the not-found page in English', async () => {
    signedOutApi();
    await renderApp('/missing', { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('explains a failed page calmly, keeps the shell, and recovers on "Prøv igen"', async () => {
    let failing = true;
    signedInApi(USERS.anna, {
      listLocations: () => (failing ? problem(500, 'Internal Server Error') : json(200, LOCATIONS)),
    });
    const { user } = await renderApp('/skranke');

    expect(screen.getByRole('heading', { level: 1, name: 'Der gik noget galt' })).toBeInTheDocument();
    expect(screen.queryByText(/Internal Server Error/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Log ud' })).toBeInTheDocument();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Skranke' })).toBeInTheDocument();
  });

  it('shows the error page in English', async () => {
    signedInApi(USERS.anna, { listLocations: () => problem(500, 'Internal Server Error') });
    await renderApp('/skranke', { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
