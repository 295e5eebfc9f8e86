import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import { type AuditContent, GENESIS_HASH, hashAuditEvent } from './hash.js';

export interface AuditInput {
  /** `<module>.<entity>.<past tense>`, e.g. `powers.item.published`. */
  action: string;
  subjectType: string;
  subjectId: string;
  orgUnitId?: string | null;
  districtId?: string | null;
  before?: unknown;
  after?: unknown;
  data?: unknown;
}

// One chain per install: appends are serialized on this transaction-scoped advisory lock.
const AUDIT_CHAIN_LOCK = 71_042_021;

/** Appends one event to the audit chain inside the caller's transaction. */
export async function recordAudit(tx: Tx, ctx: Ctx, input: AuditInput): Promise<number> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const last = await tx.execute<{ seq: number; hash: string }>(
    sql`SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`,
  );
  const prev = last.rows[0];
  const content: AuditContent = {
    seq: (prev?.seq ?? 0) + 1,
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
    prevHash: prev?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditEvent(content);
  await tx.execute(sql`
    INSERT INTO audit_events (seq, occurred_at, actor_user_id, actor_name, action, subject_type, subject_id,
      district_id, org_unit_id, request_id, before, after, data, prev_hash, hash)
    VALUES (${content.seq}, ${content.occurredAt}, ${content.actorUserId}, ${content.actorName}, ${content.action},
      ${content.subjectType}, ${content.subjectId}, ${content.districtId}, ${content.orgUnitId}, ${content.requestId},
      ${json(content.before)}, ${json(content.after)}, ${json(content.data)}, ${content.prevHash}, ${hash})`);
  return content.seq;
}

/** What jsonb will give back: dates as strings, undefined dropped. */
function normalize(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function json(value: unknown) {
  return value === null ? null : sql`${JSON.stringify(value)}::jsonb`;
}
