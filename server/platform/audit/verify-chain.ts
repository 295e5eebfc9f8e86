import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { type AnchorState, type AuditAnchor, auditAnchorOf, readAnchor, signEvent } from './anchor.js';
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
  mac: string | null;
};

/** What the walk checks beyond the SM3 chain when the install has its anchor. */
type Anchored = { anchor: AuditAnchor; state: AnchorState };

const PAGE = 5000;

/**
 * Walks the whole chain in order and names the first broken link (edited, deleted or reordered event). With
 * the install's anchor (bound at boot) it also checks each signed event's HMAC-SM3, the anchored head, and
 * that the chain still reaches it: a rewritten-and-rechained event and a cut tail are named too.
 */
export async function verifyAuditChain(
  db: Executor,
  onProgress?: (checked: number, total: number) => void,
  anchor = auditAnchorOf(db),
): Promise<ChainVerdict> {
  const reading = anchor ? readAnchor(anchor) : null;
  if (reading && !reading.ok) return { ok: false, events: 0, brokenAt: 0, reason: reading.problem };
  const anchored = anchor && reading?.ok ? { anchor, state: reading.state } : null;
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
      const problem = checkLink(row, expectedSeq, expectedPrev) ?? (anchored && checkAnchored(row, anchored));
      if (problem) return { ok: false, events: total, brokenAt: row.seq, reason: problem };
      expectedPrev = row.hash;
      expectedSeq = row.seq + 1;
      checked += 1;
    }
    onProgress?.(checked, total);
    if (page.rows.length < PAGE) break;
    after = page.rows[page.rows.length - 1]!.seq;
  }
  if (anchored && expectedSeq <= anchored.state.seq) {
    const reason = `链尾被截断：锚点记录链已到事件 #${anchored.state.seq}，数据库只到 #${expectedSeq - 1}`;
    return { ok: false, events: total, brokenAt: expectedSeq, reason };
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

/** The keyed signature from the key's first seq, and the anchored head's hash. */
function checkAnchored(row: AuditRow, { anchor, state }: Anchored): string | null {
  if (row.seq >= state.keyFrom && row.mac !== signEvent(anchor, row.hash))
    return `事件 #${row.seq} 的密钥签名（HMAC-SM3）缺失或不符：事件被改写后重算了哈希链`;
  if (row.seq === state.seq && row.hash !== state.hash)
    return `事件 #${row.seq} 与锚点记录的链头哈希不符：此前的事件被改写`;
  return null;
}
