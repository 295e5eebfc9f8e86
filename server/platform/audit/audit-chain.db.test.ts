import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCtx } from '../context.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { recordAudit, recordAudits } from './record-audit.js';
import { verifyAuditChain } from './verify-chain.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

async function appendEvents(n: number) {
  for (let i = 0; i < n; i += 1) {
    const ctx = makeCtx(t.db, null, randomUUID(), new Date(Date.UTC(2020, 0, 1, 0, 0, i)));
    await t.db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'org.unit.created',
        subjectType: 'thing',
        subjectId: String(i),
        before: { n: i },
        after: { n: i + 1, label: '变更' },
      }),
    );
  }
}

/** What a superuser could do behind the application's back: switch the triggers off for one statement. */
async function tamper(statement: ReturnType<typeof sql>) {
  await t.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe('audit chain', () => {
  it('verifies an intact chain', async () => {
    await appendEvents(5);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 5 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const refused = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(
      t.db.execute(sql`UPDATE audit_events SET actor_name = 'x' WHERE seq = 1`),
    ).rejects.toMatchObject(refused);
    await expect(t.db.execute(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toMatchObject(refused);
    await expect(t.db.execute(sql`TRUNCATE audit_events`)).rejects.toMatchObject(refused);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 5 });
  });

  it('names an edited event', async () => {
    await tamper(sql`UPDATE audit_events SET after = '{"n": 99}'::jsonb WHERE seq = 3`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: 3 });
    await tamper(sql`UPDATE audit_events SET after = '{"n": 3, "label": "变更"}'::jsonb WHERE seq = 3`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('names a deleted event', async () => {
    await appendEvents(2); // seq 6, 7
    await tamper(sql`DELETE FROM audit_events WHERE seq = 6`);
    const verdict = await verifyAuditChain(t.db);
    expect(verdict).toMatchObject({ ok: false, brokenAt: 7 });
  });

  it('chains a batch exactly as the same events appended one by one', async () => {
    const [one, batch] = [await createTestDatabase(), await createTestDatabase()];
    try {
      const now = new Date(Date.UTC(2020, 5, 30));
      const events = [0, 1, 2].map((i) => ({
        action: 'org.unit.created' as const,
        subjectType: 's',
        subjectId: String(i),
        after: { i },
      }));
      const ctxOf = (db: TestDatabase) => makeCtx(db.db, null, 'req-batch', now);
      for (const e of events) await one.db.transaction((tx) => recordAudit(tx, ctxOf(one), e));
      await batch.db.transaction((tx) => recordAudits(tx, ctxOf(batch), events));
      const [a, b] = [await verifyAuditChain(one.db), await verifyAuditChain(batch.db)];
      expect(b).toMatchObject({ ok: true, events: 3 });
      expect(b).toEqual(a);
    } finally {
      await one.drop();
      await batch.drop();
    }
  });

  it('names a reordered event even when the sequence numbers are swapped back into order', async () => {
    const db2 = await createTestDatabase();
    try {
      for (let i = 0; i < 4; i += 1) {
        const ctx = makeCtx(db2.db, null, randomUUID(), new Date(Date.UTC(2020, 0, 1, 0, 0, i)));
        await db2.db.transaction((tx) =>
          recordAudit(tx, ctx, { action: 'org.unit.created', subjectType: 's', subjectId: String(i) }),
        );
      }
      await db2.db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL session_replication_role = replica`);
        await tx.execute(sql`UPDATE audit_events SET seq = -2 WHERE seq = 2`);
        await tx.execute(sql`UPDATE audit_events SET seq = 2 WHERE seq = 3`);
        await tx.execute(sql`UPDATE audit_events SET seq = 3 WHERE seq = -2`);
      });
      expect(await verifyAuditChain(db2.db)).toMatchObject({ ok: false, brokenAt: 2 });
    } finally {
      await db2.drop();
    }
  });
});
