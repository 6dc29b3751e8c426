import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Set by the global setup for the test files: where the API serving the built SPA listens. */
export const BASE_URL_ENV = 'SKRANKE_E2E_BASE_URL';
/**
 * Set by the global setup: the database behind that API, as the same app role, for arranging what the UI cannot
 * (e.g. opening hours).
 */
export const DATABASE_URL_ENV = 'SKRANKE_E2E_DATABASE_URL';
/** The API's clock for the next-year fee warning in the browser tests (1 December 2026, 10:00 in Copenhagen). */
export const E2E_FEE_CLOCK = '2026-12-01T09:00:00Z';

/**
 * Without Chromium the browser tests are skipped locally (with a warning from the global setup), but under CI a
 * missing browser must fail the run instead of passing it silently.
 */
export function chromiumMissing(): boolean {
  return !existsSync(CHROMIUM_PATH);
}

export const skipBrowserTests = chromiumMissing() && !process.env.CI;

export function baseUrl(): string {
  const url = process.env[BASE_URL_ENV];
  if (!url) throw new Error(`${BASE_URL_ENV} is not set: did e2e/global-setup.ts run?`);
  return url;
}

export function databaseUrl(): string {
  const url = process.env[DATABASE_URL_ENV];
  if (!url) throw new Error(`${DATABASE_URL_ENV} is not set: did e2e/global-setup.ts run?`);
  return url;
}
