import { describe, expect, it } from 'vitest';
import { axeViolations, chooseLanguage, screenshot, signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { useBrowserPages } from './support/suite.ts';

describe.skipIf(skipBrowserTests)('signing in and out', () => {
  // Nobody here signs in at a counter; anna is still signed off one afterwards, should that ever change.
  const pages = useBrowserPages({ signOffAfterAll: ['anna'] });

  async function open(path: string) {
    const page = await pages.open();
    await page.goto(path);
    return page;
  }

  it('signs anna in, shows her shell in Danish and English, and signs her out', async () => {
    const page = await open('/');
    await expect.poll(() => page.url()).toMatch(/\/login\?redirect=%2Fskranke$/);
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(await page.title()).toBe('Log ind · Skranke');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');

    await signIn(page, 'anna');
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();
    const header = page.getByRole('banner');
    expect(await header.getByText('Anna Sørensen').isVisible()).toBe(true);
    expect(await header.getByText('skrankemedarbejder · Aarhus Kommune').isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Skranke', 'Tider', 'Borger', 'Henvendelser']);
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Log på skranken' }).waitFor();
    const location = page.getByRole('combobox', { name: 'Borgerservicested' });
    expect(await location.locator('option:checked').textContent()).toBe('Borgerservice Dokk1');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'shell-counter');

    await chooseLanguage(page, 'English');
    await page.getByRole('heading', { level: 1, name: 'Counter' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await header.getByText('counter staff · Aarhus Kommune').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'shell-english');
    await chooseLanguage(page, 'Dansk');
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(await page.getByText('Du er logget ud.').isVisible()).toBe(true);
    // The session ended on the server: a reload does not bring anna back.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(await page.getByText('Anna Sørensen').count()).toBe(0);
  });

  it('says so when the password is wrong', async () => {
    const page = await open('/login');
    await signIn(page, 'anna', 'forkert-adgangskode');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Forkert brugernavn eller adgangskode');
    expect(await page.getByLabel('Adgangskode').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the session over a reload without storing the token in the page', async () => {
    const page = await open('/login');
    await signIn(page, 'lars');
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();
    expect(await page.getByRole('banner').getByText('Lars Østergaard').isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Skranke',
      'Tider',
      'Borger',
      'Henvendelser',
      'Køoversigt',
      'Statistik',
      'Revision',
      'Udbakke',
    ]);

    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
    expect(stored).not.toMatch(/eyJ/); // no JWT anywhere scripts can read
  });

  it('sends the user back to sign in, with a friendly note, when the session cannot be renewed', async () => {
    const page = await pages.open();
    const context = page.context();
    await page.clock.install();
    await page.goto('/login');
    await signIn(page, 'admin');
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();

    // The refresh cookie is gone (as when it runs out); the next scheduled renewal is refused.
    await context.clearCookies();
    await page.clock.fastForward('01:00:00');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(await page.getByRole('status').innerText()).toContain('Din session er udløbet – log ind igen');
    expect(page.url()).toContain('reason=expired');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'session-expired');
  });
});
