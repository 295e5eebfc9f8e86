import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase } from './index.js';

/**
 * Issue #11 item 7: the app connected as the database's superuser, so one injected statement could switch the
 * audit triggers off and delete or rewrite events. Migrations run as the owner; the app's own connection is a
 * role with DML on the tables and only INSERT and SELECT on audit_events.
 */
let dataDir: string | undefined;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const denied = { cause: { message: expect.stringMatching(/permission denied/) } };

describe('the app connection on the embedded database', () => {
  it('cannot change, delete or truncate an audit event, even with the triggers switched off', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'fazhi-role-'));
    const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'test' });
    const database = await openDatabase(config, { exclusive: true, migrate: true, poolSize: 2 });
    try {
      const { db } = database;
      const who = await db.execute<{ user: string; superuser: boolean }>(
        sql`SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      );
      expect(who.rows[0]).toEqual({ user: 'fazhi_app', superuser: false });
      await db.execute(sql`INSERT INTO audit_events (seq, occurred_at, actor_name, action, subject_type,
        subject_id, request_id, prev_hash, hash) VALUES (1, now(), 'system', 'org.unit.created', 's', '1', 'r', '0', '0')`);
      await expect(db.execute(sql`UPDATE audit_events SET actor_name = 'x'`)).rejects.toMatchObject(denied);
      await expect(db.execute(sql`DELETE FROM audit_events`)).rejects.toMatchObject(denied);
      await expect(db.execute(sql`TRUNCATE audit_events`)).rejects.toMatchObject(denied);
      await expect(
        db.transaction(async (tx) => {
          await tx.execute(sql`SET LOCAL session_replication_role = replica`);
          await tx.execute(sql`DELETE FROM audit_events`);
        }),
      ).rejects.toMatchObject(denied);
      const kept = await db.execute<{ n: number }>(sql`SELECT count(*) AS n FROM audit_events`);
      expect(kept.rows[0]?.n).toBe(1);
      // Its own tables it may change: DML is what it is for.
      await db.execute(sql`UPDATE users SET display_name = display_name WHERE false`);
      await db.execute(sql`DELETE FROM sessions WHERE false`);
    } finally {
      await database.shutdown();
    }
    expect((await stat(path.join(dataDir, 'db-app-password'))).mode & 0o777).toBe(0o600);
  }, 120_000);
});
