import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect, type Database, migrateDatabase } from '../../server/platform/db/index.js';
import { startEmbedded } from '../../server/platform/db/embedded.js';

export interface BenchDatabase extends Database {
  /** Where it runs, for the report. */
  label: string;
  /** Closes the pool, then stops the embedded server / drops the scratch database. */
  dispose(): Promise<void>;
}

/**
 * A scratch, migrated database for one benchmark: a fresh database on `BENCH_DATABASE_URL`'s server when
 * that is set (dropped afterwards), otherwise an embedded PostgreSQL in a temp directory (deleted afterwards).
 */
export async function openBenchDatabase(poolSize: number): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  return external ? scratchOnExternal(external, poolSize) : embeddedInTemp(poolSize);
}

/** A temp data directory the embedded server can use (run as root, it drops to a `postgres` user). */
export async function tempDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

async function embeddedInTemp(poolSize: number): Promise<BenchDatabase> {
  const dir = await tempDataDir('fazhi-bench-pg-');
  const server = await startEmbedded(dir, { exclusive: true });
  const database = connect(server.url, poolSize);
  try {
    await migrateDatabase(database.pool);
  } catch (error) {
    await database.close();
    await server.stop();
    throw error;
  }
  return {
    ...database,
    label: 'embedded PostgreSQL (temp dir)',
    async dispose() {
      await database.close();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function scratchOnExternal(adminUrl: string, poolSize: number): Promise<BenchDatabase> {
  const name = `fazhi_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = connect(url.toString(), poolSize);
  await migrateDatabase(database.pool);
  return {
    ...database,
    label: `external PostgreSQL (${url.host}, scratch database ${name})`,
    async dispose() {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
