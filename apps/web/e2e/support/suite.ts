import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { signOffCounter } from './api.ts';
import { axeViolations, launchChromium, openPage, screenshot, type WatchedPage } from './browser.ts';

interface BrowserPagesOptions {
  /**
   * Demo users the file may leave at a counter. They are signed off through the API after the file, pass or fail,
   * so a failure here cannot leave Skranke 1 taken for the next file (all e2e files share one database); also after
   * a test of the file that failed, for the tests after it.
   */
  signOffAfterAll?: readonly string[];
}

/**
 * The set-up every browser test file shares, registered as hooks in the calling `describe`: one Chromium for the
 * file; each page in its own context; after each test, every page must have run without a CSP violation, an
 * uncaught error or a console error, and its context is closed (all of them, also when one fails the check).
 */
export function useBrowserPages(options: BrowserPagesOptions = {}) {
  let browser: Browser | undefined;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    // Each user's clean-up is tried even if another's fails; the first failure is reported.
    const results = await Promise.allSettled((options.signOffAfterAll ?? []).map((username) => signOffCounter(username)));
    await browser?.close();
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  });
  afterEach(async (context) => {
    const watched = pages.splice(0);
    await Promise.all(watched.map((w) => w.context.close()));
    // A test that failed half-way may have left its user at a counter: the next test starts from a free counter, so
    // one failure is reported once rather than again by every test after it.
    if (context.task.result?.state === 'fail') {
      await Promise.allSettled((options.signOffAfterAll ?? []).map((username) => signOffCounter(username)));
    }
    for (const w of watched) {
      expect(w.cspViolations).toEqual([]);
      expect(w.pageErrors).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    }
  });

  return {
    /** A fresh page (own cookies) in the file's browser, checked and closed after the test. */
    async open(viewport?: { width: number; height: number }): Promise<Page> {
      if (!browser) throw new Error('useBrowserPages: the browser is not running (call open() inside a test)');
      const watched = await openPage(browser, viewport);
      pages.push(watched);
      return watched.page;
    },
  };
}

/** Zero axe-core WCAG 2.1 A/AA violations on the page as it is now; a screenshot when asked for (see screenshot()). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, name);
}
