import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database } from '../platform/db/client.js';

export interface TestDatabase extends Database {
  name: string;
  /** Which server this file runs on, for test titles and messages. */
  label: string;
  drop(): Promise<void>;
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

/** A fresh, migrated database for one test file (CREATE DATABASE … TEMPLATE: milliseconds, not a migration). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `fazhi_t_${randomBytes(6).toString('hex')}`;
  const template = inject('templateDb');
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${name}`;
  const database = connect(url.toString(), 5);
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
