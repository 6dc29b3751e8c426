import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, CHROMIUM_PATH } from './env.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations, from the browser's event and its console. */
  cspViolations: string[];
  /** Console errors other than failed requests (a 401 for a wrong password is expected, and logged by Chrome). */
  consoleErrors: string[];
  pageErrors: string[];
}

/** A fresh browser context (own cookies) with a page whose errors and CSP violations are recorded. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport, locale: 'da-DK' });
  const page = await context.newPage();
  const watched: WatchedPage = { context, page, cspViolations: [], consoleErrors: [], pageErrors: [] };

  // Injected over the DevTools protocol, so the CSP itself does not block it.
  await page.exposeFunction('__reportCspViolation', (text: string) => watched.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content.Security.Policy/i.test(text)) watched.cspViolations.push(text);
    else if (!text.startsWith('Failed to load resource')) watched.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  return watched;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.1 A/AA violations on the current page, summarised so a failure names what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        // The element's own HTML (shortened) names it better than a generated id such as #mantine-x1y2-title.
        .map((n) => `${n.target.join(' ')} ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`)
        .join(', ')}`,
  );
}

/** Chooses a language in the switch, as a mouse user does (each radio lies invisibly over its drawn label). */
export async function chooseLanguage(page: Page, name: 'Dansk' | 'English'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: /Sprog|Language/ })
    .getByRole('radio', { name, exact: true })
    .click();
  expect(await page.getByRole('radio', { name }).isChecked()).toBe(true);
}

export async function signIn(page: Page, username: string, password = 'skranke-demo'): Promise<void> {
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

/** Writes a screenshot when SKRANKE_E2E_SCREENSHOTS names a directory (for looking at the pages, not asserting). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SKRANKE_E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
