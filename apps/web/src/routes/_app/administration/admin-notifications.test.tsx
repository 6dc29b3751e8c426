import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, signedInApi, USERS } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const SAVED = { notificationsEnabled: false, headStartMinutes: 15, minHeadStartMinutes: 3, maxHeadStartMinutes: 15 };

function settingsApi() {
  return signedInApi(USERS.admin, {
    getNotificationSettings: () => ok('getNotificationSettings', SAVED),
    putNotificationSettings: async (request) => ok('putNotificationSettings', { ...SAVED, ...((await request.json()) as object) } as never),
  });
}

describe('administration: Beskeder og forspring', () => {
  it('checks the head start against 3 and the fairness bound before sending, then saves both settings', async () => {
    const api = settingsApi();
    const { user } = await renderApp('/administration/beskeder');
    expect(screen.getByRole('heading', { level: 1, name: 'Beskeder og forspring' })).toBeInTheDocument();
    const enabled = screen.getByRole('checkbox', { name: 'Send SMS og e-mail til borgere' });
    expect(enabled).not.toBeChecked();
    const headStart = screen.getByRole('textbox', { name: /Forspring for bestilte tider/ });
    expect(headStart).toHaveValue('15');

    await user.clear(headStart);
    await user.type(headStart, '2');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Skriv et helt tal fra 3 til 15.')).toBeInTheDocument();
    await user.clear(headStart);
    await user.type(headStart, '16');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(screen.getByText('Skriv et helt tal fra 3 til 15.')).toBeInTheDocument();
    expect(api.calledOp('putNotificationSettings')).toHaveLength(0);

    await user.clear(headStart);
    await user.type(headStart, '10');
    await user.click(enabled);
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Indstillingerne er gemt.')).toBeInTheDocument();
    const [request] = api.calledOp('putNotificationSettings');
    expect(await request!.json()).toEqual({ notificationsEnabled: true, headStartMinutes: 10 });
  });

  it('is a section of the administration beside Tidsbestilling', async () => {
    settingsApi();
    await renderApp('/administration/beskeder');
    const links = screen.getAllByRole('link').map((link) => link.textContent);
    expect(links.indexOf('Beskeder og forspring')).toBe(links.indexOf('Tidsbestilling') + 1);
  });
});
