import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import { type AuditAction, assertDeclaredAuditAction } from './actions.js';
import { AUDIT_CHAIN_LOCK, advanceAnchor, auditAnchorOf, chainHead, signEvent } from './anchor.js';
import { type AuditContent, hashAuditEvent } from './hash.js';

export interface AuditInput {
  /** `<module>.<entity>.<past tense>`, e.g. `powers.item.published`, declared in a manifest. */
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  orgUnitId?: string | null;
  districtId?: string | null;
  before?: unknown;
  after?: unknown;
  data?: unknown;
}

/** Appends one event to the audit chain inside the caller's transaction. */
export async function recordAudit(tx: Tx, ctx: Ctx, input: AuditInput): Promise<number> {
  const [seq] = await recordAudits(tx, ctx, [input]);
  return seq!;
}

const INSERT_CHUNK = 500;

/**
 * Appends several events in order (a bulk import): one lock, one read of the chain's end, multi-row
 * inserts. The chain is exactly what the same events appended one by one would make.
 */
export async function recordAudits(tx: Tx, ctx: Ctx, inputs: readonly AuditInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  for (const input of inputs) assertDeclaredAuditAction(input.action);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const head = await chainHead(tx);
  // Under the lock the end we found is committed: anchoring it here leaves at most this transaction unanchored.
  const anchor = auditAnchorOf(ctx.db);
  if (anchor) await advanceAnchor(tx, anchor, head);
  let { seq: prevSeq, hash: prevHash } = head;
  const chained = inputs.map((input) => {
    const content = auditContent(ctx, input, prevSeq + 1, prevHash);
    const hash = hashAuditEvent(content);
    prevSeq = content.seq;
    prevHash = hash;
    return { content, hash, mac: anchor ? signEvent(anchor, hash) : null };
  });
  for (let i = 0; i < chained.length; i += INSERT_CHUNK) {
    await insertEvents(tx, chained.slice(i, i + INSERT_CHUNK));
  }
  return chained.map((e) => e.content.seq);
}

function auditContent(ctx: Ctx, input: AuditInput, seq: number, prevHash: string): AuditContent {
  return {
    seq,
    occurredAt: ctx.now.toISOString(),
    actorUserId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? 'system',
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    districtId: input.districtId ?? ctx.actor?.districtId ?? null,
    orgUnitId: input.orgUnitId ?? null,
    requestId: ctx.requestId,
    before: normalize(input.before),
    after: normalize(input.after),
    data: normalize(input.data),
    prevHash,
  };
}

type ChainedEvent = { content: AuditContent; hash: string; mac: string | null };

async function insertEvents(tx: Tx, events: ChainedEvent[]): Promise<void> {
  const values = events.map(
    ({ content: c, hash, mac }) =>
      sql`(${c.seq}, ${c.occurredAt}, ${c.actorUserId}, ${c.actorName}, ${c.action}, ${c.subjectType},
        ${c.subjectId}, ${c.districtId}, ${c.orgUnitId}, ${c.requestId}, ${json(c.before)}, ${json(c.after)},
        ${json(c.data)}, ${c.prevHash}, ${hash}, ${mac})`,
  );
  await tx.execute(sql`
    INSERT INTO audit_events (seq, occurred_at, actor_user_id, actor_name, action, subject_type, subject_id,
      district_id, org_unit_id, request_id, before, after, data, prev_hash, hash, mac)
    VALUES ${sql.join(values, sql`, `)}`);
}

/** What jsonb will give back: dates as strings, undefined dropped. */
function normalize(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function json(value: unknown) {
  return value === null ? null : sql`${JSON.stringify(value)}::jsonb`;
}
