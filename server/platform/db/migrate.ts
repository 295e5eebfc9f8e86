import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import { ensureLoginRole, grantAppRole } from './app-role.js';
import { projectPath } from '../paths.js';

const MIGRATIONS = projectPath('server/migrations');
// Any constant works; it only has to be the same for every Fazhi process.
const MIGRATION_LOCK = 71_042_020;

/** The role the running app connects as; with a password, the migrator creates it as a login (embedded). */
export interface AppRole {
  role: string;
  password?: string;
}

/**
 * Applies the committed SQL migrations as the tables' owner, then grants the app's role its rights (decision
 * 0021); concurrent starters wait for each other on an advisory lock (concurrent GRANTs would collide).
 */
export async function migrateDatabase(pool: pg.Pool, app?: AppRole): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS });
    if (app?.password !== undefined) await ensureLoginRole(client, app.role, app.password);
    if (app) await grantAppRole(client, app.role);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
