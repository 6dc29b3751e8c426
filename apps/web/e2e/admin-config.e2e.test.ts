import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, apiToken } from './support/api.ts';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { createDevice, openDokk1AllDay } from './support/queue.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

const CRISIS = { code: 'ukraine-e2e', name: 'Ukraine', nameEn: 'Ukraine (arrivals)' };

describe.skipIf(skipBrowserTests)('an administrator configures the municipality', () => {
  const { open } = useBrowserPages();
  beforeAll(openDokk1AllDay);
  // All browser files share one database: close the crisis service again and put the recall limit back.
  afterAll(async () => {
    const token = await apiToken('admin');
    const services = await api<{ id: string; code: string }[]>('/api/admin/config/services', { token });
    const crisis = services.find((s) => s.code === CRISIS.code);
    if (crisis) await api(`/api/admin/config/services/${crisis.id}`, { method: 'PATCH', token, body: JSON.stringify({ active: false }) });
    await api('/api/admin/config/rules', { method: 'PATCH', token, body: JSON.stringify({ recallLimit: 3 }) });
  });

  async function section(admin: Page, name: string) {
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name, exact: true }).click();
    await admin.getByRole('heading', { level: 1, name }).waitFor();
  }

  it('adds a crisis service that the kiosk offers at once, and changes a rule value', async () => {
    const admin = await open();
    await admin.goto('/login');
    await signIn(admin, 'admin');
    await admin.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await expectAccessible(admin, 'admin-config-overview');

    // Ydelser: a letter another service has is refused beside the field, in Danish, by the API.
    await section(admin, 'Ydelser');
    await admin.getByRole('table', { name: 'Ydelser i kioskens rækkefølge' }).getByRole('rowheader', { name: 'Pas' }).waitFor();
    await expectAccessible(admin, 'admin-config-services');
    await admin.getByRole('button', { name: 'Tilføj ydelse' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Tilføj ydelse' });
    await dialog.getByRole('textbox', { name: 'Navn på dansk' }).fill(CRISIS.name);
    await dialog.getByRole('textbox', { name: 'Navn på engelsk' }).fill(CRISIS.nameEn);
    await dialog.getByRole('textbox', { name: 'Kode' }).fill(CRISIS.code);
    await dialog.getByRole('textbox', { name: 'Bogstav' }).fill('p');
    await dialog.getByRole('textbox', { name: 'Rækkefølge på kiosken' }).fill('1');
    await dialog.getByRole('textbox', { name: 'Bogstav' }).press('Enter');
    await dialog.getByText('Bogstavet P bruges allerede af Pas.').waitFor();
    await expectAccessible(admin, 'admin-config-service-taken');
    await dialog.getByRole('textbox', { name: 'Bogstav' }).fill('U');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await admin.getByText('Ukraine er oprettet og vises på kiosken.').waitFor();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: CRISIS.name }) });
    expect(await row.innerText()).toMatch(/^U\s+Ukraine\s+Ukraine \(arrivals\)/);

    // The kiosk at Dokk1 lists it first (kiosk order 1).
    const kiosk = await open({ width: 1080, height: 1500 });
    await kiosk.goto('/kiosk');
    await kiosk.getByLabel('Enhedsnøgle').fill(await createDevice('kiosk'));
    await kiosk.getByRole('button', { name: 'Gem og start' }).click();
    await kiosk.getByRole('button', { name: 'Ukraine Ukraine (arrivals)' }).waitFor();

    // Regelværdier: a look-up retention under six months is refused beside its field; the recall limit is saved.
    await section(admin, 'Regelværdier');
    await expectAccessible(admin, 'admin-config-rules');
    await admin.getByRole('textbox', { name: 'Antal genkald' }).fill('4');
    await admin.getByRole('textbox', { name: 'Opslag (måneder)' }).fill('3');
    await admin.getByRole('button', { name: 'Gem regelværdier' }).click();
    await admin.getByText('Opbevaring af opslag skal være et helt tal fra 6 til 600 måneder.').waitFor();
    await admin.getByRole('textbox', { name: 'Opslag (måneder)' }).fill('6');
    await admin.getByRole('button', { name: 'Gem regelværdier' }).click();
    await admin.getByText('Regelværdierne er gemt.').waitFor();
    const token = await apiToken('admin');
    expect(await api<{ recallLimit: number }>('/api/admin/config/rules', { token })).toMatchObject({
      recallLimit: 4,
      retentionLookupsMonths: 6,
    });
  }, 180_000);

  it('shows the other sections accessibly, and checks a mobile timetable for overlaps before saving', async () => {
    const admin = await open();
    await admin.goto('/login');
    await signIn(admin, 'admin');
    await admin.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' }).click();

    await section(admin, 'Lokationer');
    await expectAccessible(admin, 'admin-config-locations');
    await admin.getByRole('button', { name: 'Køreplan for Borgerservicebussen' }).click();
    const timetable = admin.getByRole('dialog', { name: 'Køreplan for Borgerservicebussen' });
    await timetable.getByRole('button', { name: 'Tilføj tidsrum' }).click();
    await timetable.getByRole('button', { name: 'Tilføj tidsrum' }).click();
    const rows = timetable.getByRole('group', { name: /^Tidsrum \d+$/ });
    const count = await rows.count();
    const last = rows.nth(count - 1);
    const before = rows.nth(count - 2);
    await before.getByRole('textbox', { name: 'Åbner' }).fill('09:00');
    await before.getByRole('textbox', { name: 'Lukker' }).fill('11:00');
    await before.getByRole('textbox', { name: 'Holder ved' }).fill('Lystrup Torv');
    await last.getByRole('textbox', { name: 'Ugedag' }).click();
    const weekday = await before.getByRole('textbox', { name: 'Ugedag' }).inputValue();
    await admin.getByRole('option', { name: weekday, exact: true }).click();
    await last.getByRole('textbox', { name: 'Åbner' }).fill('10:30');
    await last.getByRole('textbox', { name: 'Lukker' }).fill('12:00');
    await timetable.getByRole('button', { name: 'Gem' }).click();
    await timetable.getByText(`${weekday}: 10:30–12:00 overlapper 09:00–11:00.`).waitFor();
    await timetable.getByText(`${weekday}: skriv, hvor bussen holder.`).waitFor();
    await expectAccessible(admin, 'admin-config-timetable');
    await timetable.getByRole('button', { name: 'Annuller' }).click();

    for (const [name, table] of [
      ['Skranker', 'Skranker pr. lokation'],
      ['Prioriteter', 'Prioritetsklasser'],
      ['Lovområder', 'Lovområder for fritagelser'],
      ['Gebyrer', 'Gebyrtabeller for Pas'],
    ] as const) {
      await section(admin, name);
      await admin.getByRole('table', { name: table }).waitFor();
      await expectAccessible(admin, `admin-config-${name.toLowerCase()}`);
    }
  }, 180_000);
});
