import { defineConfig } from 'drizzle-kit';

// Migrations are generated from every schema.ts, reviewed and committed; they only ever move forward.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/platform/**/schema.ts', './server/modules/**/schema.ts'],
  out: './server/migrations',
});
