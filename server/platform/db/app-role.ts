import type pg from 'pg';

/** The embedded install's application role (the migrator, `fazhi`, owns the tables). */
export const EMBEDDED_APP_ROLE = 'fazhi_app';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * What the running app may do (issue #11 item 7, decision 0021): read and write the application's tables, and
 * only append to and read the audit chain — no UPDATE, DELETE or TRUNCATE there, and as a non-superuser it
 * cannot switch the append-only triggers off either. Run after every migration, so new tables are covered.
 */
export async function grantAppRole(client: pg.ClientBase, role: string): Promise<void> {
  const r = ident(role);
  await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
  await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
  await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${r}`);
}

/** Creates the role (or renews its password): a plain login, no superuser, no role or database creation. */
export async function ensureLoginRole(client: pg.ClientBase, role: string, password: string): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = found.rowCount === 0 ? 'CREATE' : 'ALTER';
  await client.query(
    `${verb} ROLE ${ident(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(password)}`,
  );
}

/** A NOLOGIN role of that name, if the cluster lacks one (the test template grants to it). */
export async function ensureGroupRole(client: pg.ClientBase, role: string): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (found.rowCount === 0) await client.query(`CREATE ROLE ${ident(role)} NOLOGIN`);
}
