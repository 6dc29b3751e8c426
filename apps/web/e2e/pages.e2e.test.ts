import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chooseLanguage, launchChromium, openPage, screenshot, signIn, type WatchedPage } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';

describe.skipIf(skipBrowserTests)('error pages, roles and the keyboard', () => {
  let browser: Browser;
  let current: WatchedPage | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (!current) return;
    expect(current.cspViolations).toEqual([]);
    expect(current.pageErrors).toEqual([]);
    await current.context.close();
    current = undefined;
  });

  it('shows a friendly not-found page in both languages', async () => {
    current = await openPage(browser);
    const { page } = current;
    await page.goto('/findes-ikke');
    await page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await chooseLanguage(page, 'English');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a calm error page inside the shell when the API fails, and recovers on retry', async () => {
    current = await openPage(browser);
    const { page } = current;
    let failing = true;
    await page.route('**/api/locations', (route) =>
      failing
        ? route.fulfill({
            status: 500,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }),
          })
        : route.continue(),
    );
    await page.goto('/login');
    await signIn(page, 'anna');
    await page.getByRole('heading', { level: 1, name: 'Der gik noget galt' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Log ud' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'error');

    failing = false;
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();
  });

  it('gives an administrator the full menu and the locations of the municipality', async () => {
    current = await openPage(browser);
    const { page } = current;
    await page.goto('/login');
    await signIn(page, 'admin');
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    await nav.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(4); // header + Aarhus' three locations, none from Vejle
    expect(await page.getByText('Borgerservice Vejle Rådhus').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'shell-admin');
  });

  it('works by keyboard alone, from the skip link to signing in', async () => {
    current = await openPage(browser);
    const { page } = current;
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Gå til hovedindhold' });
    expect(await skipLink.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skipLink.boundingBox();
    expect(box && box.y >= 0).toBe(true); // on screen once focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // From the main landmark, the first stop is the username field.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none'); // visible focus
    await page.keyboard.type('anna');
    await page.keyboard.press('Tab');
    await page.keyboard.type('skranke-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();
  });

  it('lays the shell out for a phone, with the menu behind a button', async () => {
    current = await openPage(browser, { width: 390, height: 844 });
    const { page } = current;
    await page.goto('/login');
    await signIn(page, 'lars');
    await page.getByRole('heading', { level: 1, name: 'Skranke' }).waitFor();
    const toggle = page.getByRole('button', { name: 'Vis eller skjul menuen' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'phone');
  });
});
