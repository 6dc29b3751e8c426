import { screen, within } from '@testing-library/react';
import type { NotificationOutboxEntry } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';
import { ok, signedInApi, USERS } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render.tsx';

const entry = (overrides: Partial<NotificationOutboxEntry>): NotificationOutboxEntry => ({
  id: '00000000-0000-4000-8000-000000000001',
  channel: 'sms',
  kind: 'turn_near',
  recipient: '+4522334455',
  subject: null,
  body: 'Det er snart din tur hos Borgerservice Dokk1: nummer P012 kaldes om lidt. Hold øje med skærmen.',
  createdAt: '2026-12-08T09:30:00.000Z',
  ...overrides,
});

const MESSAGES = [
  entry({}),
  entry({
    id: '00000000-0000-4000-8000-000000000002',
    channel: 'email',
    kind: 'confirmation',
    recipient: 'borger@example.dk',
    subject: 'Bekræftelse: Pas hos Borgerservice Dokk1',
    body: 'Du har fået en tid til Pas hos Borgerservice Dokk1 tirsdag den 8. december 2026 kl. 10.30.',
    createdAt: '2026-12-07T14:05:00.000Z',
  }),
];

describe('Udbakke: the local outbox', () => {
  it('lists each message with its time, channel, kind in words, recipient and text, under the local-only label', async () => {
    const api = signedInApi(USERS.lars, { listNotificationOutbox: () => ok('listNotificationOutbox', { items: MESSAGES }) });
    await renderApp('/udbakke');
    expect(screen.getByRole('heading', { level: 1, name: 'Udbakke' })).toBeInTheDocument();
    expect(screen.getByText('Lokal udbakke — intet sendes ud (ingen SMS- eller e-mail-gateway er tilsluttet)')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Beskeder, nyeste først' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(
      '08.12.2026 kl. 10.30SMSSnart din tur+4522334455Det er snart din tur hos Borgerservice Dokk1: nummer P012 kaldes om lidt.',
    );
    expect(rows[1]).toHaveTextContent(
      '07.12.2026 kl. 15.05E-mailBekræftelse af tidborger@example.dkBekræftelse: Pas hos Borgerservice Dokk1Du har fået',
    );
    expect(api.calledOp('listNotificationOutbox')).toHaveLength(1);
    // Leads find it in the main navigation.
    expect(screen.getByRole('link', { name: 'Udbakke' })).toBeInTheDocument();
  });

  it('says so when the outbox is empty, and reads again when asked', async () => {
    const api = signedInApi(USERS.lars, { listNotificationOutbox: () => ok('listNotificationOutbox', { items: [] }) });
    const { user } = await renderApp('/udbakke');
    expect(screen.getByText('Udbakken er tom.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hent igen' }));
    await expect.poll(() => api.calledOp('listNotificationOutbox').length).toBe(2);
  });

  it('is not in counter staff’s navigation', async () => {
    signedInApi(USERS.anna, { listNotificationOutbox: () => ok('listNotificationOutbox', { items: [] }) });
    await renderApp('/skranke');
    expect(screen.queryByRole('link', { name: 'Udbakke' })).not.toBeInTheDocument();
  });
});
