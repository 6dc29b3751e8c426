import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: it diffs the schema against the committed snapshots and needs no database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
});
