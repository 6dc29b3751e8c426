import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

const KAREN = { username: 'karen.e2e', name: 'Karen Iversen', password: 'e2e-adgangskode-2026' };

describe.skipIf(skipBrowserTests)('an administrator manages users and devices', () => {
  // The user made here never takes a counter; she and admin are still signed off one afterwards, to be safe.
  const { open } = useBrowserPages({ signOffAfterAll: ['admin'] });

  it('creates a user, changes her role, disables her (which signs her out) and finds each change in the audit trail', async () => {
    const admin = await open();
    await admin.goto('/login');
    await signIn(admin, 'admin');
    await admin.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('link', { name: 'Brugere', exact: true }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Brugere' }).waitFor();
    const users = admin.getByRole('table', { name: 'Brugere i kommunen' });
    await users.getByRole('rowheader', { name: 'Anna Sørensen' }).waitFor();
    await expectAccessible(admin, 'admin-users');

    // Create: a too-short password is refused beside its field before anything is sent.
    await admin.getByRole('button', { name: 'Opret bruger' }).click();
    const create = admin.getByRole('dialog', { name: 'Opret bruger' });
    await create.getByRole('textbox', { name: 'Brugernavn' }).fill(KAREN.username);
    await create.getByRole('textbox', { name: 'Fulde navn' }).fill(KAREN.name);
    await create.getByLabel('Første adgangskode').fill('kort');
    await create.getByRole('checkbox', { name: 'Borgerservice Dokk1' }).check();
    await create.getByRole('button', { name: 'Opret bruger' }).click();
    await create.getByText('Adgangskoden skal have mindst 12 tegn').waitFor();
    await expectAccessible(admin, 'admin-users-create');
    await create.getByLabel('Første adgangskode').fill(KAREN.password);
    await create.getByRole('button', { name: 'Opret bruger' }).click();
    await admin.getByText(`${KAREN.name} er oprettet.`).waitFor();
    const karenRow = users.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: KAREN.name }) });
    expect(await karenRow.innerText()).toMatch(/karen\.e2e\s+skrankemedarbejder\s+Borgerservice Dokk1\s+Aktiv/);

    // Karen signs in on her own machine.
    const karen = await open();
    await karen.goto('/login');
    await signIn(karen, KAREN.username, KAREN.password);
    await karen.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();

    // Change her role.
    await admin.getByRole('button', { name: `Ret ${KAREN.name}` }).click();
    const edit = admin.getByRole('dialog', { name: `Ret ${KAREN.name}` });
    await edit.getByRole('radio', { name: 'teamleder' }).check();
    await expectAccessible(admin, 'admin-users-edit');
    await edit.getByRole('button', { name: 'Gem ændringer' }).click();
    await admin.getByText(`Ændringerne for ${KAREN.name} er gemt.`).waitFor();
    expect(await karenRow.innerText()).toContain('teamleder');

    // Disable: the confirmation says it ends her sessions.
    await admin.getByRole('button', { name: `Deaktivér ${KAREN.name}` }).click();
    const confirm = admin.getByRole('dialog', { name: `Deaktivér ${KAREN.name}?` });
    expect(await confirm.innerText()).toContain('logget ud alle steder med det samme');
    await expectAccessible(admin, 'admin-users-disable');
    await confirm.getByRole('button', { name: 'Deaktivér og log ud' }).click();
    await admin.getByText(`${KAREN.name} er deaktiveret og logget ud alle steder.`).waitFor();
    expect(await karenRow.innerText()).toContain('Deaktiveret');
    await expectAccessible(admin, 'admin-users-disabled');

    // Her session is over: on her next page load she is back at the sign-in page.
    await karen.reload();
    await karen.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();

    // The audit trail shows who changed what from what to what.
    await admin.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Revision' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Revision' }).waitFor();
    await admin.getByRole('textbox', { name: 'Handling' }).click();
    await admin.getByRole('option', { name: 'Alt om brugere og enheder' }).click();
    await admin.getByRole('button', { name: 'Søg', exact: true }).click();
    const results = admin.getByRole('table', { name: 'Resultater' });
    const changes = results.getByRole('row').filter({ hasText: `Medarbejder: ${KAREN.name} (${KAREN.username})` });
    await changes.first().waitFor();
    const texts = await changes.allInnerTexts();
    expect(texts).toHaveLength(3); // newest first: disabled, role changed, created
    expect(texts[0]).toContain('Birgitte Holm (admin)');
    expect(texts[0]).toContain('Deaktiveret: nej → ja');
    expect(texts[1]).toContain('Rolle: skrankemedarbejder → teamleder');
    expect(texts[2]).toContain('Bruger oprettet');
    expect(texts[2]).toContain('Steder: Borgerservice Dokk1');
    await expectAccessible(admin, 'admin-users-audit');
  }, 120_000);

  it('registers a kiosk, shows its key once, and revokes it', async () => {
    const admin = await open();
    await admin.goto('/login?redirect=/administration/enheder');
    await signIn(admin, 'admin');
    await admin.getByRole('heading', { level: 1, name: 'Enheder' }).waitFor();
    await expectAccessible(admin, 'admin-devices');

    await admin.getByRole('textbox', { name: 'Navn' }).fill('Kiosk ved trappen (e2e)');
    await admin.getByRole('textbox', { name: 'Borgerservicested' }).click();
    await admin.getByRole('option', { name: 'Borgerservice Dokk1' }).click();
    await admin.getByRole('button', { name: 'Opret og vis nøgle' }).click();
    const key = (await admin.getByTestId('device-key').innerText()).trim();
    expect(key).toMatch(/^skd_/);
    await admin.getByText('Nøglen vises kun nu.', { exact: false }).waitFor();
    await expectAccessible(admin, 'admin-devices-key');

    // The key works on a kiosk until the device is revoked.
    const kiosk = await open({ width: 1080, height: 1500 });
    await kiosk.goto('/kiosk');
    await kiosk.getByLabel('Enhedsnøgle').fill(key);
    await kiosk.getByRole('button', { name: 'Gem og start' }).click();
    await kiosk.getByRole('heading', { level: 1, name: /Tag et nummer/ }).waitFor();

    await admin.getByRole('button', { name: 'Spær Kiosk ved trappen (e2e)' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Spær Kiosk ved trappen (e2e)?' });
    expect(await confirm.innerText()).toContain('mister adgangen med det samme');
    await confirm.getByRole('button', { name: 'Spær enheden' }).click();
    await admin.getByText('Kiosk ved trappen (e2e) er spærret.').waitFor();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: 'Kiosk ved trappen (e2e)' }) });
    expect(await row.innerText()).toMatch(/Spærret \d{1,2}\. \p{L}+ \d{4} kl\. \d\d\.\d\d/u);
    await expectAccessible(admin, 'admin-devices-revoked');
  }, 120_000);
});
