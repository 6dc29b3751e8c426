import { connectDatabase } from '@skranke/db';
import { seedReferenceData } from '@skranke/db/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { databaseUrl, skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// The API's fee clock stands at 1 December 2026 (global setup). The 2027 national tables ship with Skranke, so the
// driving-licence one is removed here to see the warning, and put back afterwards.
async function withDatabase<T>(work: (db: ReturnType<typeof connectDatabase>) => Promise<T>): Promise<T> {
  const handle = connectDatabase(databaseUrl(), { max: 1 });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

describe.skipIf(skipBrowserTests)("the warning about next year's fee tables", () => {
  const { open } = useBrowserPages();

  beforeAll(() =>
    withDatabase(({ pool }) =>
      pool.query("delete from fee_tables where product = 'driving_licence' and year = 2027 and municipality_id is null"),
    ),
  );
  afterAll(() => withDatabase(({ db }) => seedReferenceData(db)));

  it('a lead sees from 1 December that the 2027 licence table is missing, who loads it and how', async () => {
    const lars = await open();
    await lars.goto('/login');
    await signIn(lars, 'lars');
    const warning = lars.getByRole('region', { name: 'Gebyrtabel for 2027 mangler' });
    await warning.waitFor();
    const text = await warning.innerText();
    expect(text).toContain(
      'Der er ingen gebyrtabel for kørekort i 2027. Fra 1. januar 2027 kan de ikke bestilles ved skranken, før tabellen findes.',
    );
    expect(text).toContain('pnpm fees:load gebyrer-2027.json');
    await expectAccessible(lars, 'fees-next-year-warning');
  });

  it('counter staff do not see it', async () => {
    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('heading', { level: 1 }).waitFor();
    expect(await anna.getByRole('region', { name: /Gebyrtabel for/ }).count()).toBe(0);
  });
});
