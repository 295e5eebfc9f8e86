import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { makeCtx } from '../context.js';
import { anchorAuditHead, openAuditAnchor } from './anchor.js';
import { type AuditContent, hashAuditEvent } from './hash.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-chain.js';

/**
 * Issue #11 item 7: deleting the last events, or editing one and recomputing the SM3 chain, passed
 * `fazhi audit verify`. With a key kept outside the database (a keyed HMAC-SM3 on every event) and the
 * chain's head anchored in a signed file beside the data, both are caught.
 */
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0)) await done();
});

async function world() {
  const t = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'fazhi-anchor-'));
  cleanup.push(async () => {
    await t.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  return { t, dataDir };
}

/** n events, one transaction each, as n requests would write them. */
async function appendEvents(t: TestDatabase, n: number) {
  for (let i = 0; i < n; i += 1) {
    const ctx = makeCtx(t.db, null, randomUUID(), new Date(Date.UTC(2021, 0, 1, 0, 0, i)));
    await t.db.transaction((tx) =>
      recordAudit(tx, ctx, { action: 'org.unit.created', subjectType: 'thing', subjectId: String(i) }),
    );
  }
}

/** What a database superuser could do behind the application's back, triggers switched off. */
async function tamper(
  t: TestDatabase,
  work: (run: (s: ReturnType<typeof sql>) => Promise<unknown>) => Promise<void>,
) {
  await t.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await work((s) => tx.execute(s));
  });
}

type Row = Omit<AuditContent, 'occurredAt'> & { occurredMs: number; hash: string };

/** Edits one event and recomputes the SM3 chain from it to the end, as anyone with the code could. */
async function rewriteAndRechain(t: TestDatabase, fromSeq: number) {
  const rows = await t.db.execute<Row>(sql`
    SELECT seq, (extract(epoch FROM occurred_at) * 1000)::bigint AS "occurredMs", actor_user_id AS "actorUserId",
      actor_name AS "actorName", action, subject_type AS "subjectType", subject_id AS "subjectId",
      district_id AS "districtId", org_unit_id AS "orgUnitId", request_id AS "requestId", before, after, data,
      prev_hash AS "prevHash", hash
    FROM audit_events WHERE seq >= ${fromSeq - 1} ORDER BY seq`);
  let prevHash = rows.rows[0]!.hash;
  await tamper(t, async (run) => {
    for (const row of rows.rows.slice(1)) {
      const { occurredMs, hash: _old, ...rest } = row;
      const content: AuditContent = { ...rest, occurredAt: new Date(occurredMs).toISOString(), prevHash };
      if (row.seq === fromSeq) content.after = { forged: true };
      const hash = hashAuditEvent(content);
      await run(sql`UPDATE audit_events SET after = ${JSON.stringify(content.after)}::jsonb,
        prev_hash = ${prevHash}, hash = ${hash} WHERE seq = ${row.seq}`);
      prevHash = hash;
    }
  });
}

describe('the anchored audit chain', () => {
  it('verifies an intact chain against the key and the anchored head', async () => {
    const { t, dataDir } = await world();
    await openAuditAnchor(t.db, { dataDir });
    await appendEvents(t, 5);
    await anchorAuditHead(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 5 });
  });

  it('reports a cut tail: the last events deleted', async () => {
    const { t, dataDir } = await world();
    await openAuditAnchor(t.db, { dataDir });
    await appendEvents(t, 5);
    await anchorAuditHead(t.db);
    await tamper(t, (run) => run(sql`DELETE FROM audit_events WHERE seq >= 4`).then(() => {}));
    const verdict = await verifyAuditChain(t.db);
    expect(verdict).toMatchObject({ ok: false, brokenAt: 4 });
    expect(verdict.ok || verdict.reason).toMatch(/截断/);
  });

  it('reports a cut tail even before the periodic anchor: the head lags at most one transaction', async () => {
    const { t, dataDir } = await world();
    await openAuditAnchor(t.db, { dataDir });
    await appendEvents(t, 5);
    await tamper(t, (run) => run(sql`DELETE FROM audit_events WHERE seq >= 4`).then(() => {}));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('reports an event edited and the SM3 chain recomputed after it', async () => {
    const { t, dataDir } = await world();
    await openAuditAnchor(t.db, { dataDir });
    await appendEvents(t, 5);
    await rewriteAndRechain(t, 3);
    const verdict = await verifyAuditChain(t.db);
    expect(verdict).toMatchObject({ ok: false, brokenAt: 3 });
    expect(verdict.ok || verdict.reason).toMatch(/HMAC-SM3/);
  });

  it('reports the keyed signatures stripped to pass the events off as older than the key', async () => {
    const { t, dataDir } = await world();
    await openAuditAnchor(t.db, { dataDir });
    await appendEvents(t, 3);
    await tamper(t, (run) => run(sql`UPDATE audit_events SET mac = NULL`).then(() => {}));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('still verifies events written before the key: the key starts at a recorded seq', async () => {
    const { t, dataDir } = await world();
    await appendEvents(t, 3);
    await openAuditAnchor(t.db, { dataDir });
    await appendEvents(t, 2);
    await anchorAuditHead(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 5 });
    const macs = await t.db.execute<{ seq: number; signed: boolean }>(
      sql`SELECT seq, mac IS NOT NULL AS signed FROM audit_events ORDER BY seq`,
    );
    expect(macs.rows.map((r) => r.signed)).toEqual([false, false, false, true, true]);
  });

  it('refuses an anchor file signed by another key (AUDIT_KEY changed or the file forged)', async () => {
    const { t, dataDir } = await world();
    await openAuditAnchor(t.db, { dataDir, key: 'k'.repeat(40) });
    await appendEvents(t, 2);
    await anchorAuditHead(t.db);
    await openAuditAnchor(t.db, { dataDir, key: 'x'.repeat(40) });
    const verdict = await verifyAuditChain(t.db);
    expect(verdict).toMatchObject({ ok: false });
    expect(verdict.ok || verdict.reason).toMatch(/锚点/);
  });
});

describe("the app's role (any database the migrator granted: embedded or the machine's PostgreSQL)", () => {
  it('appends and reads audit events but cannot update or delete them', async () => {
    const { t } = await world();
    await appendEvents(t, 1);
    const denied = { cause: { message: expect.stringMatching(/permission denied/) } };
    const asApp = (statement: ReturnType<typeof sql>) =>
      t.db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL ROLE fazhi_app`);
        return tx.execute(statement);
      });
    await expect(asApp(sql`SELECT count(*) FROM audit_events`)).resolves.toBeDefined();
    await expect(asApp(sql`UPDATE audit_events SET actor_name = 'x'`)).rejects.toMatchObject(denied);
    await expect(asApp(sql`DELETE FROM audit_events`)).rejects.toMatchObject(denied);
    await expect(asApp(sql`TRUNCATE audit_events`)).rejects.toMatchObject(denied);
  });
});
