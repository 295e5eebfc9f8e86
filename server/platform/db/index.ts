import type { Config } from '../../config.js';
import pg from 'pg';
import { EMBEDDED_APP_ROLE } from './app-role.js';
import { type Database, connect } from './client.js';
import { type EmbeddedServer, startEmbedded } from './embedded.js';
import { type AppRole, migrateDatabase } from './migrate.js';

export { connect, type Database, type Db, type Executor, type Tx } from './client.js';
export { DataDirInUseError, runningPostmaster } from './embedded.js';
export { type AppRole, migrateDatabase } from './migrate.js';
export { EMBEDDED_APP_ROLE, ensureGroupRole } from './app-role.js';
export { inTransaction } from './transaction.js';

export interface OpenedDatabase extends Database {
  /** 'embedded' when Fazhi runs its own PostgreSQL, 'external' for DATABASE_URL. */
  mode: 'embedded' | 'external';
  /** The tables' owner (migrations; pg-boss keeps its own schema there); `url` is the app's role. */
  ownerUrl: string;
  /** False when an external install runs the app as the owner (no MIGRATION_DATABASE_URL, or the same user). */
  leastPrivilege: boolean;
  /** Closes the pool and, if this process started the embedded server, stops it cleanly. */
  shutdown(): Promise<void>;
}

/** Who migrates and who runs: two roles, or (external, by the operator's choice) one. */
interface Roles {
  ownerUrl: string;
  appUrl: string;
  app?: AppRole;
}

const userOf = (url: string) => decodeURIComponent(new URL(url).username);

function rolesOf(config: Config, embedded: EmbeddedServer | null): Roles {
  if (embedded) {
    const app = { role: EMBEDDED_APP_ROLE, password: embedded.appPassword };
    return { ownerUrl: embedded.url, appUrl: embedded.appUrl, app };
  }
  const appUrl = config.DATABASE_URL!;
  const ownerUrl = config.MIGRATION_DATABASE_URL ?? appUrl;
  const separate = userOf(ownerUrl) !== userOf(appUrl);
  return { ownerUrl, appUrl, app: separate ? { role: userOf(appUrl) } : undefined };
}

async function migrateAsOwner(roles: Roles): Promise<void> {
  const pool = new pg.Pool({ connectionString: roles.ownerUrl, max: 1 });
  try {
    await migrateDatabase(pool, roles.app);
  } finally {
    await pool.end();
  }
}

/**
 * Opens the database the configuration names: migrated as the tables' owner, then used through the app's
 * role (decision 0021). The server (`exclusive`) refuses a data directory that another server holds; the CLI
 * attaches to it instead, and only stops what it started itself. Without `migrate` the app's role must
 * already exist (`fazhi db migrate`).
 */
export async function openDatabase(
  config: Config,
  opts: { exclusive: boolean; migrate: boolean; poolSize?: number },
): Promise<OpenedDatabase> {
  const embedded = config.DATABASE_URL ? null : await startEmbedded(config.dataDir, opts);
  const roles = rolesOf(config, embedded);
  if (opts.migrate) await migrateAsOwner(roles);
  const database = connect(roles.appUrl, opts.poolSize ?? 10);
  return {
    ...database,
    mode: embedded ? 'embedded' : 'external',
    ownerUrl: roles.ownerUrl,
    leastPrivilege: roles.app !== undefined,
    async shutdown() {
      await database.close();
      if (embedded?.startedHere) await embedded.stop();
    },
  };
}
