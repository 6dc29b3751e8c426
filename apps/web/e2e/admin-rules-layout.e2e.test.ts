import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, apiToken } from './support/api.ts';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Regelværdier on the laptops municipal desks have (issue 9): the message after saving is where the admin is looking,
// the page never scrolls sideways, and at 1024 px the main menu folds away behind a burger.

const VIEWPORTS = [
  { width: 1366, height: 768, menuFolded: false },
  { width: 1024, height: 768, menuFolded: true },
] as const;

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(skipBrowserTests)('Regelværdier at 1366×768 and 1024×768', () => {
  const { open } = useBrowserPages();
  let original: { recallLimit: number; retentionLookupsMonths: number };
  beforeAll(async () => {
    original = await api('/api/admin/config/rules', { token: await apiToken('admin') });
  });
  afterAll(async () => {
    const token = await apiToken('admin');
    await api('/api/admin/config/rules', { method: 'PATCH', token, body: JSON.stringify({ recallLimit: original.recallLimit }) });
  });

  it.each(VIEWPORTS)(
    '$width×$height: messages in view, no sideways scrolling, menu folded: $menuFolded',
    async ({ width, height, menuFolded }) => {
      const admin = await open({ width, height });
      await admin.goto('/login');
      await signIn(admin, 'admin');
      await admin.getByRole('button', { name: 'Log ud' }).waitFor();
      await admin.goto('/administration/regler');
      await admin.getByRole('heading', { level: 1, name: 'Regelværdier' }).waitFor();

      const menu = admin.getByRole('navigation', { name: 'Hovedmenu' });
      const burger = admin.getByRole('button', { name: 'Vis eller skjul menuen' });
      if (menuFolded) {
        expect(await menu.isVisible()).toBe(false);
        await burger.click();
        await menu.getByRole('link', { name: 'Administration' }).waitFor();
        // It slides in.
        await expect.poll(() => inViewport(admin, menu.getByRole('link', { name: 'Administration' }))).toBe(true);
        await burger.click();
        await menu.waitFor({ state: 'hidden' });
      } else {
        expect(await menu.isVisible()).toBe(true);
        expect(await burger.isVisible()).toBe(false);
      }
      expect(await noSidewaysScroll(admin)).toBe(true);
      await expectAccessible(admin, `admin-rules-${width}`);

      // Refused: the fields are marked, and the message is in view where the admin pressed Gem.
      const lookups = admin.getByRole('textbox', { name: 'Opslag (måneder)' });
      await lookups.fill('3');
      await admin.getByRole('button', { name: 'Gem regelværdier' }).click();
      const refused = admin.getByText('Ret felterne med fejl, og gem igen.');
      await refused.waitFor();
      expect(await inViewport(admin, refused)).toBe(true);
      expect(await lookups.getAttribute('aria-invalid')).toBe('true');
      expect(await noSidewaysScroll(admin)).toBe(true);
      await expectAccessible(admin, `admin-rules-${width}-refused`);

      // Saved: the same place.
      await lookups.fill(String(original.retentionLookupsMonths));
      const recalls = admin.getByRole('textbox', { name: 'Antal genkald' });
      await recalls.fill((await recalls.inputValue()) === '4' ? '5' : '4');
      await admin.getByRole('button', { name: 'Gem regelværdier' }).click();
      const saved = admin.getByText('Regelværdierne er gemt.');
      await saved.waitFor();
      expect(await inViewport(admin, saved)).toBe(true);
      expect(await noSidewaysScroll(admin)).toBe(true);

      // The sections with tables scroll inside their table, never the page.
      for (const section of ['Lokationer', 'Skranker', 'Ydelser', 'Prioriteter', 'Lovområder', 'Gebyrer', 'Brugere']) {
        await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: section, exact: true }).click();
        await admin.getByRole('heading', { level: 1, name: section }).waitFor();
        await admin.getByRole('table').first().waitFor();
        expect({ section, fits: await noSidewaysScroll(admin) }).toEqual({ section, fits: true });
      }
      await expectAccessible(admin, `admin-users-${width}`);
    },
    120_000,
  );
});
