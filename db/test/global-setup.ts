import { startTestPostgres, TEST_PG_ENV } from '../src/testing.ts';

export default async function setup() {
  const server = await startTestPostgres();
  process.env[TEST_PG_ENV] = server.adminUrl;
  return () => server.stop();
}
