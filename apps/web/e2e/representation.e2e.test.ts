import { DEMO_PERSONS } from '@skranke/db/seed';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Mads Kristensen, Aarhus C: an adult Aarhus resident no other browser test uses, so Aarhus decides his exemption.
const MADS = DEMO_PERSONS.familyFather;
const MADS_CPR = `${MADS.cpr.slice(0, 6)}-${MADS.cpr.slice(6)}`;
// Grethe Møller, Jelling: his værge (any adult in the register; looked up by CPR number, never typed as a name).
const GRETHE = DEMO_PERSONS.nearPension;
const GRETHE_CPR = `${GRETHE.cpr.slice(0, 6)}-${GRETHE.cpr.slice(6)}`;

describe.skipIf(skipBrowserTests)('a værge acting for a citizen in a Digital Post exemption', () => {
  const { open } = useBrowserPages();

  it('anna records the værge on the citizen page, then the værge is the applicant and the exemption is registered', async () => {
    const anna = await open({ width: 1280, height: 1000 });
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('link', { name: 'Borger' }).first().click();
    await anna.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
    await anna.getByRole('textbox', { name: /Ærinde/ }).click();
    await anna.getByRole('option', { name: 'Digital Post' }).click();
    await anna.getByRole('textbox', { name: /CPR-nummer/ }).fill(MADS_CPR);
    await anna.keyboard.press('Enter');
    await anna.getByRole('heading', { level: 1, name: 'Mads Kristensen' }).waitFor();

    // The panel: nothing recorded yet.
    const panel = anna.getByRole('region', { name: 'Repræsentation' });
    await panel.getByText('Ingen registreret.').first().waitFor();
    await expectAccessible(anna, 'representation-panel-empty');

    // Record the værge: by CPR number, with the værgebeskikkelse seen.
    await panel.getByRole('button', { name: 'Registrér repræsentation' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Registrér repræsentation' });
    await dialog.getByRole('textbox', { name: /Repræsentantens CPR-nummer/ }).fill(GRETHE_CPR);
    await dialog.getByRole('radio', { name: 'Personlige og økonomiske forhold' }).check();
    await dialog.getByLabel('Gælder fra').fill('2026-01-01');
    await dialog.getByRole('textbox', { name: /Dokumentets reference/ }).fill('FAM-2025-4711');
    await expectAccessible(anna, 'representation-record');
    await dialog.getByRole('button', { name: 'Registrér', exact: true }).click();
    await panel.getByText('Repræsentationen er registreret.').waitFor();

    const table = panel.getByTestId('represented-by');
    await table.getByText('Grethe Møller').waitFor();
    await table.getByText(`${GRETHE_CPR.slice(0, 7)}XXXX`).waitFor();
    await table.getByText('Værge (værgebeskikkelse)').waitFor();
    await table.getByText('Gældende').waitFor();
    expect(await table.innerText()).not.toContain(GRETHE.cpr.slice(6));
    await expectAccessible(anna, 'representation-panel');

    // The Digital Post exemption with the værge at the counter: chosen from the citizen's valid representations.
    await anna.getByRole('button', { name: 'Fritagelse fra Digital Post' }).click();
    await anna.getByRole('heading', { level: 2, name: 'Hvem møder op?' }).waitFor();
    await anna.getByRole('radio', { name: 'Værge med værgebeskikkelse' }).check();
    await anna.getByRole('textbox', { name: /Registreret repræsentation/ }).click();
    await anna.getByRole('option', { name: /Grethe Møller/ }).click();
    await expectAccessible(anna, 'representation-wizard-applicant');
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Legitimation' }).waitFor();
    await anna.getByRole('checkbox', { name: /værgebeskikkelse/i }).check();
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Erklæring' }).waitFor();
    await anna.getByRole('checkbox', { name: 'Borgeren har underskrevet erklæringen om fritagelse' }).check();
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Kontrollér og registrér' }).waitFor();
    await anna
      .getByText(/Grethe Møller/)
      .first()
      .waitFor();
    await anna.getByRole('button', { name: 'Registrér fritagelse' }).click();
    await anna.getByRole('heading', { level: 2, name: 'Fritagelsen er registreret' }).waitFor();
    await expectAccessible(anna, 'representation-exemption-done');
  });
});
