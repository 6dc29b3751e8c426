import { DEMO_PERSONS } from '@skranke/db/seed';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Henvendelser (docs/contacts.md): counter staff log a phone contact with a referral and a follow-up task for a
// colleague; the colleague signs in, finds the task and marks it done. A contact naming a citizen by CPR number shows
// on the citizen's page; the administrator keeps the topics and the referral directory. Every screen axe-clean.

// Rasmus Thomsen (emigrated from Aarhus): no other browser test names him in a contact.
const RASMUS = DEMO_PERSONS.emigrated;
const RASMUS_CPR = `${RASMUS.cpr.slice(0, 6)}-${RASMUS.cpr.slice(6)}`;

describe.skipIf(skipBrowserTests)('contacts: a phone contact with a referral and a follow-up task done by a colleague', () => {
  const { open } = useBrowserPages();

  it('anna logs the call and gives lars a task; lars marks it done', async () => {
    const taskText = `Ring borgeren op om MitID (${Date.now()})`;

    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Henvendelser' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Henvendelser' }).waitFor();
    await expectAccessible(anna, 'contacts-empty-form');

    await anna.getByRole('combobox', { name: 'Kanal' }).selectOption({ label: 'Telefon' });
    await anna.getByRole('combobox', { name: /Emne/ }).selectOption({ label: 'MitID' });
    await anna.getByRole('combobox', { name: 'Resultat' }).selectOption({ label: 'Henvist' });
    await anna.getByRole('combobox', { name: /Henvist til/ }).selectOption({ label: 'MitID-support' });
    // The directory's phone and opening hours, to read out to the citizen.
    await anna.getByText('Telefon 33 98 00 10 · Alle dage, hele døgnet').waitFor();
    await anna.getByRole('textbox', { name: /Note/ }).fill('Har mistet sin MitID-app');
    await anna.getByRole('checkbox', { name: 'Opret en opfølgningsopgave til en kollega' }).check();
    await anna.getByRole('combobox', { name: /Kollega/ }).selectOption({ label: 'Lars Østergaard' });
    await anna.getByRole('textbox', { name: /Opgave/ }).fill(taskText);
    await expectAccessible(anna, 'contacts-referral-with-task');
    await anna.getByRole('button', { name: 'Registrér henvendelse' }).click();
    await anna.getByText('Henvendelsen er registreret, og opgaven er givet til Lars Østergaard.').waitFor();
    const recent = anna.getByRole('table', { name: 'De seneste henvendelser i kommunen, nyeste først' });
    await recent.getByRole('cell', { name: 'Har mistet sin MitID-app' }).first().waitFor();

    const lars = await open();
    await lars.goto('/login');
    await signIn(lars, 'lars');
    await lars.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Henvendelser' }).click();
    const mine = lars.getByRole('region', { name: 'Mine opfølgningsopgaver' });
    await mine.getByText(taskText).waitFor();
    expect(await mine.getByText('Fra Anna Sørensen').count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(lars, 'contacts-lead');
    await mine.getByRole('button', { name: `Markér opgaven "${taskText}" som udført` }).click();
    await mine.getByText('Opgaven er markeret som udført.').waitFor();
    // The list read again: the task stays a few days, done by lars, without its button.
    await mine.getByText('Udført af Lars Østergaard').first().waitFor();
    expect(await mine.getByRole('button', { name: `Markér opgaven "${taskText}" som udført` }).count()).toBe(0);
    // The lead's figures count the referral.
    await lars
      .getByRole('table', { name: 'Henvisninger pr. myndighed' })
      .getByRole('row', { name: /MitID-support/ })
      .waitFor();
    await expectAccessible(lars, 'contacts-task-done');
  });

  it('anna records a phone contact naming a citizen by CPR number, then sees it on the citizen’s page', async () => {
    const anna = await open({ width: 1280, height: 1000 });
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Henvendelser' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Henvendelser' }).waitFor();
    const citizen = anna.getByRole('group', { name: 'Borger' });
    await citizen.getByRole('button', { name: 'Navngiv borger' }).click();
    await citizen.getByRole('textbox', { name: /CPR-nummer/ }).fill(RASMUS_CPR);
    await citizen.getByRole('button', { name: 'Find borger' }).click();
    await citizen.getByText(`Henvendelsen registreres på Rasmus Thomsen (${RASMUS_CPR.slice(0, 7)}XXXX).`).waitFor();
    // The number was sent in a POST body only: neither the address nor the field holds it now.
    expect(anna.url()).not.toContain(RASMUS.cpr.slice(0, 6));
    expect(await anna.getByRole('textbox', { name: /CPR-nummer/ }).count()).toBe(0);
    await expectAccessible(anna, 'contacts-named-citizen');

    await anna.getByRole('combobox', { name: 'Kanal' }).selectOption({ label: 'Telefon' });
    await anna.getByRole('combobox', { name: /Emne/ }).selectOption({ label: 'Pension og boligstøtte' });
    await anna.getByRole('combobox', { name: 'Resultat' }).selectOption({ label: 'Henvist' });
    await anna.getByRole('combobox', { name: /Henvist til/ }).selectOption({ label: 'Udbetaling Danmark – Pension' });
    await anna.getByRole('button', { name: 'Registrér henvendelse' }).click();
    await anna.getByText('Henvendelsen er registreret.').waitFor();
    // The next contact is anonymous again.
    await citizen.getByRole('button', { name: 'Navngiv borger' }).waitFor();

    await anna.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Borger' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
    await anna.getByRole('textbox', { name: /Ærinde/ }).click();
    await anna.getByRole('option', { name: 'Vejledning' }).click();
    await anna.getByRole('textbox', { name: /CPR-nummer/ }).fill(RASMUS_CPR);
    await anna.keyboard.press('Enter');
    await anna.getByRole('heading', { level: 1, name: 'Rasmus Thomsen' }).waitFor();
    const section = anna.getByRole('region', { name: 'Henvendelser' });
    const row = section
      .getByRole('table', { name: 'Borgerens henvendelser i kommunen, nyeste først' })
      .getByRole('row', { name: /Telefon.*Pension og boligstøtte.*Henvist.*Udbetaling Danmark – Pension.*Anna Sørensen/ });
    await row.waitFor();
    expect(await row.getByRole('cell').first().innerText()).toMatch(/^\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}$/u);
    await expectAccessible(anna, 'citizen-contacts');
  });

  it('the administrator adds a referral authority, and adds and retires a topic', async () => {
    const stamp = Date.now() % 1_000_000;
    const name = `Ankestyrelsen ${stamp}`;
    const topic = `Boligstøtte ${stamp}`;
    const admin = await open();
    await admin.goto('/login');
    await signIn(admin, 'admin');
    await admin.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' }).click();
    const sections = admin.getByRole('navigation', { name: 'Administration' });

    await sections.getByRole('link', { name: 'Henvisningsliste', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Henvisningsliste' }).waitFor();
    await admin.getByRole('table', { name: 'Myndigheder i henvisningslisten' }).getByRole('rowheader', { name: 'MitID-support' }).waitFor();
    await expectAccessible(admin, 'admin-referral-directory');
    await admin.getByRole('button', { name: 'Tilføj myndighed' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Tilføj myndighed' });
    await dialog.getByRole('textbox', { name: 'Navn' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Telefon' }).fill('33 41 12 00');
    await dialog.getByRole('textbox', { name: /Åbningstider/ }).fill('Man–fre 9–15');
    await dialog.getByRole('textbox', { name: /Webadresse/ }).fill('https://ast.dk');
    await expectAccessible(admin, 'admin-referral-authority-dialog');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await admin.getByText(`${name} er oprettet.`).waitFor();
    await admin.getByRole('rowheader', { name }).waitFor();

    await sections.getByRole('link', { name: 'Emner for henvendelser', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Emner for henvendelser' }).waitFor();
    await admin.getByRole('button', { name: 'Tilføj emne' }).click();
    const add = admin.getByRole('dialog', { name: 'Tilføj emne' });
    await add.getByRole('textbox', { name: 'Navn på dansk' }).fill(topic);
    await add.getByRole('textbox', { name: 'Navn på engelsk' }).fill('Rent allowance');
    await add.getByRole('textbox', { name: 'Kode' }).fill(`boligstoette_${stamp}`);
    await add.getByRole('button', { name: 'Gem' }).click();
    await admin.getByText(`${topic} er oprettet.`).waitFor();
    await admin.getByRole('button', { name: `Ret ${topic}` }).click();
    const edit = admin.getByRole('dialog', { name: `Ret emnet ${topic}` });
    await edit.getByRole('checkbox', { name: /Aktivt/ }).uncheck();
    await edit.getByRole('button', { name: 'Gem' }).click();
    await admin.getByText(`Ændringerne af ${topic} er gemt.`).waitFor();
    await admin.getByRole('row', { name: new RegExp(`${topic}.*Inaktiv`) }).waitFor();
    await expectAccessible(admin, 'admin-contact-topics');
  });
});
