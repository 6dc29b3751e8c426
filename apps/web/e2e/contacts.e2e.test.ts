import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Henvendelser (docs/contacts.md): counter staff log a phone contact with a referral and a follow-up task for a
// colleague; the colleague signs in, finds the task and marks it done. Both screens axe-clean.

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
});
