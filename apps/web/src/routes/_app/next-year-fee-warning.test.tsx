import type { NextYearFeeStatus } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, signedInApi, USERS } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render.tsx';

const status = (missing: NextYearFeeStatus['missing'], warningPeriod = true): NextYearFeeStatus => ({
  asOf: '2027-12-01',
  year: 2028,
  warningPeriod,
  missing,
});

describe("the warning about next year's fee tables", () => {
  it('tells a lead what is missing, from when, and who loads it how', async () => {
    signedInApi(USERS.lars, { getNextYearFeeStatus: () => json(200, status(['passport', 'driving_licence'])) });
    await renderApp('/skranke');
    const warning = await screen.findByRole('region', { name: 'Gebyrtabel for 2028 mangler' });
    expect(warning).toHaveTextContent(
      'Der er ingen gebyrtabel for pas og kørekort i 2028. Fra 1. januar 2028 kan de ikke bestilles ved skranken, før tabellen findes.',
    );
    expect(warning).toHaveTextContent(
      'Landstabellen indlæses af Skrankes driftsansvarlige. Bed dem indlæse den med kommandoen pnpm fees:load gebyrer-2028.json',
    );
    expect(warning).toHaveTextContent(
      'Indtil da kan en administrator oprette kommunens egen tabel for 2028 under Administration → Gebyrer.',
    );
    expect(within(warning).queryByRole('link')).not.toBeInTheDocument();
  });

  it('gives an administrator the way to the fee tables, naming only what is missing', async () => {
    signedInApi(USERS.admin, { getNextYearFeeStatus: () => json(200, status(['driving_licence'])) });
    await renderApp('/skranke');
    const warning = await screen.findByRole('region', { name: 'Gebyrtabel for 2028 mangler' });
    expect(warning).toHaveTextContent('Der er ingen gebyrtabel for kørekort i 2028.');
    expect(within(warning).getByRole('link', { name: 'Gå til Gebyrer' })).toHaveAttribute('href', '/administration/gebyrer');
  });

  it('is not shown when nothing is missing (before 1 December, or the tables exist)', async () => {
    const api = signedInApi(USERS.lars, { getNextYearFeeStatus: () => json(200, status([], false)) });
    await renderApp('/skranke');
    await expect.poll(() => api.called('GET', '/api/fee-tables/next-year-status').length).toBe(1);
    expect(screen.queryByRole('region', { name: /Gebyrtabel for/ })).not.toBeInTheDocument();
  });

  it('is not for counter staff, who are not even asked about it', async () => {
    const api = signedInApi(USERS.anna, { getNextYearFeeStatus: () => json(200, status(['passport'])) });
    await renderApp('/skranke');
    await screen.findByRole('heading', { level: 1, name: 'Skranke' });
    expect(screen.queryByRole('region', { name: /Gebyrtabel for/ })).not.toBeInTheDocument();
    expect(api.called('GET', '/api/fee-tables/next-year-status')).toHaveLength(0);
  });

  it('reads in English too', async () => {
    signedInApi(USERS.lars, { getNextYearFeeStatus: () => json(200, status(['passport'])) });
    const { user } = await renderApp('/skranke');
    await screen.findByRole('region', { name: 'Gebyrtabel for 2028 mangler' });
    await user.click(within(screen.getByRole('banner')).getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('region', { name: 'The 2028 fee table is missing' })).toHaveTextContent(
      'There is no fee table for passports for 2028.',
    );
  });
});
