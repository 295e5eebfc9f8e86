import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';

// DATE columns stay 'YYYY-MM-DD' strings: legal dates are calendar days, never instants.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// COUNT(*) and SUM over integers come back as int8; our figures fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export type Db = NodePgDatabase<Record<string, never>>;
/** A database handle inside a transaction; every write goes through one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either handle: reads accept both. */
export type Executor = Db | Tx;

export interface Database {
  pool: pg.Pool;
  db: Db;
  url: string;
  close(): Promise<void>;
}

/** Opens a pool on a PostgreSQL URL (embedded or external: one driver, one code path). */
export function connect(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    // An idle client lost its server (e.g. the embedded server stopped); the next query reconnects.
  });
  // A checked-out client that loses its server emits 'error' on itself; unheard, that ends the process. The
  // query in flight still fails with the error, and the pool drops the client.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzle(pool) as Db;
  return { pool, db, url, close: () => pool.end() };
}
