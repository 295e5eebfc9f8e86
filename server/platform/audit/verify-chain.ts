import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { type AuditContent, GENESIS_HASH, hashAuditEvent } from './hash.js';

export type ChainVerdict =
  | { ok: true; events: number; lastHash: string }
  | { ok: false; events: number; brokenAt: number; reason: string };

type AuditRow = {
  seq: number;
  occurred_ms: number;
  actor_user_id: string | null;
  actor_name: string;
  action: string;
  subject_type: string;
  subject_id: string;
  district_id: string | null;
  org_unit_id: string | null;
  request_id: string;
  before: unknown;
  after: unknown;
  data: unknown;
  prev_hash: string;
  hash: string;
};

const PAGE = 5000;

/** Walks the whole chain in order and names the first broken link (edited, deleted or reordered event). */
export async function verifyAuditChain(
  db: Executor,
  onProgress?: (checked: number, total: number) => void,
): Promise<ChainVerdict> {
  const total = Number(
    (await db.execute<{ n: number }>(sql`SELECT count(*) AS n FROM audit_events`)).rows[0]?.n,
  );
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (let after = 0; ; ) {
    const page = await db.execute<AuditRow>(
      sql`SELECT *, (extract(epoch FROM occurred_at) * 1000)::bigint AS occurred_ms FROM audit_events WHERE seq > ${after} ORDER BY seq LIMIT ${PAGE}`,
    );
    for (const row of page.rows) {
      const problem = checkLink(row, expectedSeq, expectedPrev);
      if (problem) return { ok: false, events: total, brokenAt: row.seq, reason: problem };
      expectedPrev = row.hash;
      expectedSeq = row.seq + 1;
      checked += 1;
    }
    onProgress?.(checked, total);
    if (page.rows.length < PAGE) break;
    after = page.rows[page.rows.length - 1]!.seq;
  }
  return { ok: true, events: checked, lastHash: expectedPrev };
}

function checkLink(row: AuditRow, expectedSeq: number, expectedPrev: string): string | null {
  if (row.seq !== expectedSeq) return `事件 #${expectedSeq} 缺失（序号跳至 #${row.seq}）：有事件被删除`;
  if (row.prev_hash !== expectedPrev)
    return `事件 #${row.seq} 的前序哈希与上一事件不符：事件被删除、插入或调换顺序`;
  const content: AuditContent = {
    seq: row.seq,
    occurredAt: new Date(row.occurred_ms).toISOString(),
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    districtId: row.district_id,
    orgUnitId: row.org_unit_id,
    requestId: row.request_id,
    before: row.before,
    after: row.after,
    data: row.data,
    prevHash: row.prev_hash,
  };
  if (hashAuditEvent(content) !== row.hash) return `事件 #${row.seq} 的内容与其 SM3 哈希不符：事件被篡改`;
  return null;
}
