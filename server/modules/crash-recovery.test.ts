import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openDatabase, runningPostmaster } from '../platform/db/index.js';
import { ledgerFile } from '../test/ledger-files.js';
import { powerLedger } from './powers/io.js';
import { buildItemInput } from './powers/test-support.js';

/**
 * The crash check (issue #11 standing check; docs/decisions/0023-standing-security-checks.md): `kill -9` of a
 * server process while it imports a ledger and while it applies transitions, a restart on the same data
 * directory, and nothing half-written: the import is all or nothing, each transition is its state, its step
 * and its audit event or none of them, and `fazhi audit verify` passes. A unit test with its own data
 * directory (not a db test), so CI runs it once.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const IMPORT_ROWS = 3000;
const TRANSITIONS = 200;
let dataDir: string;
let server: ChildProcess | undefined;

afterAll(async () => {
  await killServer();
  // Taking the directory over stops a killed server's orphaned postmaster (#11.10) before it is removed.
  if (dataDir) await inspect(async () => {}).catch(() => {});
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Starts `server/test/crash-fixtures/serve.ts` on the data directory; resolves with its base URL. */
async function startServer(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/crash-fixtures/serve.ts', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = /listening (\d+)/.exec(chunk.toString());
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return `http://127.0.0.1:${port}`;
}

async function killServer(): Promise<void> {
  const child = server;
  if (!child) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  server = undefined;
}

/** Signs in as the demo coordinator; returns a fetch that sends the cookie and the CSRF token. */
async function signIn(base: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sfj_coord', password: 'Demo#Coord2020' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (url: string, init: RequestInit = {}) =>
    fetch(`${base}${url}`, { ...init, headers: { cookie, 'x-csrf-token': csrfToken, ...init.headers } });
}

const importFile = (prefix: string, rows: number) =>
  ledgerFile(
    powerLedger,
    Array.from({ length: rows }, (_, i) => ({
      ...buildItemInput('unused'),
      code: `${prefix}-${String(i + 1).padStart(5, '0')}`,
      orgUnit: '区市场监督管理局',
      status: 'draft',
    })),
    'csv',
  );

function upload(file: Buffer): RequestInit {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), 'powers.csv');
  return { method: 'POST', body: form };
}

/** Opens the data directory as the next start would (taking over the dead server's postmaster). */
async function inspect<T>(work: (client: pg.Pool) => Promise<T>): Promise<T> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  const db = await openDatabase(config, { exclusive: true, migrate: false, poolSize: 2 });
  try {
    return await work(db.pool);
  } finally {
    await db.shutdown();
  }
}

/**
 * Waits until the server's import transaction has written to power_items (seen from the database itself,
 * as the owner); false when the import answered first.
 */
async function importWriting(answered: () => boolean): Promise<boolean> {
  const postmaster = runningPostmaster(path.join(dataDir, 'db'));
  if (!postmaster) throw new Error('no database server on the data directory');
  const password = (await readFile(path.join(dataDir, 'db-password'), 'utf8')).trim();
  const client = new pg.Client({
    connectionString: `postgres://fazhi:${encodeURIComponent(password)}@127.0.0.1:${postmaster.port}/fazhi`,
  });
  await client.connect();
  try {
    while (!answered()) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE backend_xid IS NOT NULL AND query ILIKE '%power_items%' AND pid <> pg_backend_pid()`,
      );
      if ((rows[0]?.n ?? 0) > 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return false;
  } finally {
    await client.end();
  }
}

const count = async (client: pg.Pool, query: string) =>
  Number((await client.query<{ n: string }>(query)).rows[0]?.n ?? 0);

describe('kill -9 of the server and a restart', () => {
  it('leaves an import killed half-way all or nothing', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'fazhi-crash-'));
    const call = await signIn(await startServer());
    const file = await importFile('CRASH-I', IMPORT_ROWS);
    let answered = false;
    const answer = call('/api/v1/powers/import', upload(file))
      .then(() => (answered = true))
      .catch(() => null);
    // Killed while the import's transaction has written rows, whatever the machine's speed.
    const writing = await importWriting(() => answered);
    await killServer();
    await answer;
    expect(writing, 'the import answered before it was seen writing: make the file larger').toBe(true);
    const imported = await inspect((c) =>
      count(c, `SELECT count(*) AS n FROM power_items WHERE code LIKE 'CRASH-I-%'`),
    );
    console.log(`import killed while writing: ${imported} of ${IMPORT_ROWS} rows on restart`);
    expect(imported).toBe(0);
  }, 180_000);

  it('leaves transitions killed in flight each whole or absent', async () => {
    const call = await signIn(await startServer());
    const setup = await call('/api/v1/powers/import', upload(await importFile('CRASH-T', TRANSITIONS)));
    expect(setup.status).toBe(200);
    const list = await call('/api/v1/powers/items?q=CRASH-T&pageSize=200');
    const ids = ((await list.json()) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).toHaveLength(TRANSITIONS);
    let firstPublished: () => void = () => {};
    const onePublished = new Promise<void>((resolve) => (firstPublished = resolve));
    const publish = (id: string) =>
      call(`/api/v1/powers/items/${id}/transitions/publish`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ transition: 'publish' }),
      })
        .then((res) => res.status === 200 && firstPublished())
        .catch(() => null);
    const inFlight = ids.map(publish);
    // Kill once the first transition has committed, while the others are still being applied.
    await onePublished;
    await killServer();
    await Promise.all(inFlight);

    const { published, steps, events } = await inspect(async (c) => ({
      published: await count(
        c,
        `SELECT count(*) AS n FROM power_items WHERE code LIKE 'CRASH-T-%' AND status = 'published'`,
      ),
      steps: await count(
        c,
        `SELECT count(*) AS n FROM procedure_steps s JOIN power_items i ON s.subject_id = i.id::text
         WHERE i.code LIKE 'CRASH-T-%' AND s.transition = 'publish'`,
      ),
      events: await count(
        c,
        `SELECT count(*) AS n FROM audit_events e JOIN power_items i ON e.subject_id = i.id::text
         WHERE i.code LIKE 'CRASH-T-%' AND e.action = 'powers.item.published'`,
      ),
    }));
    console.log(`transitions killed in flight: ${published} of ${TRANSITIONS} published on restart`);
    expect(published).toBeGreaterThan(0);
    expect(steps).toBe(published);
    expect(events).toBe(published);
  }, 180_000);

  it('passes `fazhi audit verify` after both crashes', async () => {
    const verify = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'audit', 'verify'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    verify.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    verify.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise((resolve) => verify.once('exit', resolve));
    expect(output).toContain('审计链完整');
    expect(code).toBe(0);
  }, 120_000);
});
