import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database, type Db } from '../platform/db/client.js';

export interface TestDatabase extends Database {
  name: string;
  /** Which server this file runs on, for test titles and messages. */
  label: string;
  drop(): Promise<void>;
}

/**
 * What many test files start from (the district world, a demo loaded on a fixed day): built once per run and
 * server into a template database, then cloned for each file that asks (decision 0035). `build` must give
 * the same data whichever file runs first: no dependence on the file, the worker or the wall clock beyond
 * what every caller accepts.
 */
export interface Fixture {
  /** Lower-case letters, digits and `_`: it becomes part of a database name. */
  name: string;
  build(db: Db): Promise<unknown>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlOf(database: string): string {
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

/** An advisory lock key per fixture template (advisory locks are per database: all workers use the admin one). */
function lockKey(name: string): string {
  return BigInt.asIntN(
    64,
    BigInt(`0x${createHash('sha256').update(name).digest('hex').slice(0, 16)}`),
  ).toString();
}

// Per worker process: a template is looked up once, then cloned without asking again.
const ready = new Map<string, Promise<string>>();

/**
 * The template holding a fixture: the first worker to ask builds it (into a scratch database, renamed when
 * complete, so a failed build leaves nothing the next one would clone); the others wait on the lock.
 */
function fixtureTemplate(fixture: Fixture): Promise<string> {
  if (!/^[a-z0-9_]{1,24}$/.test(fixture.name))
    throw new Error(`fixture name "${fixture.name}": use [a-z0-9_]{1,24}`);
  const name = `${inject('templateDb')}__${fixture.name}`;
  let found = ready.get(name);
  if (!found) {
    found = buildOnce(name, fixture).catch((error) => {
      ready.delete(name);
      throw error;
    });
    ready.set(name, found);
  }
  return found;
}

async function buildOnce(name: string, fixture: Fixture): Promise<string> {
  return admin(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [lockKey(name)]);
    try {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return name;
      const scratch = `${name}_building`;
      await c.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${scratch} TEMPLATE ${inject('templateDb')}`);
      const database = connect(urlOf(scratch), 5);
      try {
        await fixture.build(database.db);
      } finally {
        await database.close();
      }
      await c.query(`ALTER DATABASE ${scratch} RENAME TO ${name}`);
      return name;
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [lockKey(name)]).catch(() => {});
    }
  });
}

/**
 * A fresh, migrated database for one test file (CREATE DATABASE … TEMPLATE: milliseconds, not a migration);
 * with a fixture, a clone of the fixture's template (built once per run).
 */
export async function createTestDatabase(fixture?: Fixture): Promise<TestDatabase> {
  const name = `fazhi_t_${randomBytes(6).toString('hex')}`;
  const template = fixture ? await fixtureTemplate(fixture) : inject('templateDb');
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const database = connect(urlOf(name), 5);
  return {
    ...database,
    name,
    label: inject('dbLabel'),
    async drop() {
      await database.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
