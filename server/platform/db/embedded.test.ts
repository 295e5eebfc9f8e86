import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, runningPostmaster, startEmbedded } from './embedded.js';

/**
 * After `kill -9` of the server the embedded PostgreSQL kept running and `npm start` refused ("another Fazhi
 * server is running"), which was false (issue #11). The data directory is owned by a Fazhi process; a dead
 * owner's postmaster is stopped and taken over, a live one's is not.
 */
let dataDir: string;
let holder: ChildProcess | undefined;

afterAll(async () => {
  holder?.kill('SIGKILL');
  const orphan = dataDir ? runningPostmaster(path.join(dataDir, 'db')) : null;
  if (orphan) process.kill(orphan.pid, 'SIGINT');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Another process that starts the server on `dir` and holds it, as `npm start` does. */
async function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'test-fixtures/hold-data-dir.ts'), dir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe('the embedded server after a hard crash', () => {
  it('refuses a live owner, and takes over from a dead one', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'fazhi-crash-'));
    holder = await holdInAnotherProcess(dataDir);
    await expect(startEmbedded(dataDir, { exclusive: true })).rejects.toBeInstanceOf(DataDirInUseError);

    const orphan = runningPostmaster(path.join(dataDir, 'db'));
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder?.once('exit', resolve));
    expect(runningPostmaster(path.join(dataDir, 'db'))?.pid).toBe(orphan?.pid);

    const server = await startEmbedded(dataDir, { exclusive: true });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows[0]).toEqual({ one: 1 });
      await client.end();
      const owner = JSON.parse(await readFile(path.join(dataDir, 'fazhi-owner.json'), 'utf8'));
      expect(owner.pid).toBe(process.pid);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('generates the database password per install and keeps it private', async () => {
    const file = path.join(dataDir, 'db-password');
    const password = await readFile(file, 'utf8');
    expect(password).toMatch(/^[\w-]{32}$/);
    expect(password).not.toBe('fazhi-local');
  });
});
