import type { Config } from '../../config.js';
import { type Database, connect } from './client.js';
import { startEmbedded } from './embedded.js';
import { migrateDatabase } from './migrate.js';

export { connect, type Database, type Db, type Executor, type Tx } from './client.js';
export { DataDirInUseError } from './embedded.js';
export { migrateDatabase } from './migrate.js';
export { inTransaction } from './transaction.js';

export interface OpenedDatabase extends Database {
  /** 'embedded' when Fazhi runs its own PostgreSQL, 'external' for DATABASE_URL. */
  mode: 'embedded' | 'external';
  /** Closes the pool and, if this process started the embedded server, stops it cleanly. */
  shutdown(): Promise<void>;
}

/**
 * Opens the database the configuration names. The server (`exclusive`) refuses a data directory that
 * another server holds; the CLI attaches to it instead, and only stops what it started itself.
 */
export async function openDatabase(
  config: Config,
  opts: { exclusive: boolean; migrate: boolean; poolSize?: number },
): Promise<OpenedDatabase> {
  const embedded = config.DATABASE_URL ? null : await startEmbedded(config.dataDir, opts);
  const database = connect(config.DATABASE_URL ?? embedded!.url, opts.poolSize ?? 10);
  if (opts.migrate) await migrateDatabase(database.pool);
  return {
    ...database,
    mode: embedded ? 'embedded' : 'external',
    async shutdown() {
      await database.close();
      if (embedded?.startedHere) await embedded.stop();
    },
  };
}
