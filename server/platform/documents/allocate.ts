import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { assertCan } from '../authz/permissions.js';
import type { Ctx } from '../context.js';
import type { Executor, Tx } from '../db/client.js';
import { notFound, validationFailed } from '../errors.js';
import { orgUnits } from '../org/schema.js';
import {
  type DocumentKind,
  defaultDocumentPrefix,
  formatDocumentNumber,
  isValidDocumentPrefix,
} from './numbering.js';
import { documentNumberCounters as counters } from './schema.js';
import { assertSeenVersion } from '../versions.js';

export interface DocumentNumberRequest {
  /** The issuing organ (发文机关). */
  unitId: string;
  kind: DocumentKind;
  year: number;
}

export interface AllocatedDocumentNumber {
  number: string;
  prefix: string;
  sequence: number;
}

/** The organ's 发文机关代字: the one it set, else the default derived from its short name. */
export async function documentPrefixOf(db: Executor, unitId: string): Promise<string> {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, unitId));
  if (!unit) throw notFound('发文机关');
  if (unit.documentPrefix) return unit.documentPrefix;
  const [district] = await db.select().from(orgUnits).where(eq(orgUnits.id, unit.districtId));
  return defaultDocumentPrefix(unit, district ?? unit);
}

/**
 * Issues the organ's next 发文字号 of the kind in the year, inside the caller's transaction: the counter row
 * is locked until it commits, and a rollback takes the number back (no gaps, no duplicates).
 */
export async function allocateDocumentNumber(
  tx: Tx,
  req: DocumentNumberRequest,
): Promise<AllocatedDocumentNumber> {
  const prefix = await documentPrefixOf(tx, req.unitId);
  const [row] = await tx
    .insert(counters)
    .values({ orgUnitId: req.unitId, kind: req.kind.key, year: req.year, lastSequence: 1 })
    .onConflictDoUpdate({
      target: [counters.orgUnitId, counters.kind, counters.year],
      set: { lastSequence: sql`${counters.lastSequence} + 1` },
    })
    .returning({ sequence: counters.lastSequence });
  const sequence = row!.sequence;
  return {
    number: formatDocumentNumber({ prefix, kind: req.kind, year: req.year, sequence }),
    prefix,
    sequence,
  };
}

/**
 * Records that a number was issued outside the allocator (the demo's history, an imported ledger row in this
 * organ's form), so the next allocation continues after it.
 */
export async function noteIssuedDocumentNumber(
  tx: Tx,
  req: DocumentNumberRequest & { sequence: number },
): Promise<void> {
  await tx
    .insert(counters)
    .values({ orgUnitId: req.unitId, kind: req.kind.key, year: req.year, lastSequence: req.sequence })
    .onConflictDoUpdate({
      target: [counters.orgUnitId, counters.kind, counters.year],
      set: { lastSequence: sql`greatest(${counters.lastSequence}, ${req.sequence})` },
    });
}

/** Sets (or, with null, clears back to the default) the organ's 发文机关代字; audited. */
export async function setDocumentPrefix(
  tx: Tx,
  ctx: Ctx,
  unitId: string,
  prefix: string | null,
): Promise<string> {
  if (ctx.actor) assertCan(ctx.actor, 'org.manage');
  if (prefix !== null && !isValidDocumentPrefix(prefix)) {
    throw validationFailed([
      { path: 'documentPrefix', message: '发文机关代字须为 1 至 10 个汉字（GB/T 9704—2012 第7.2.4条）' },
    ]);
  }
  const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.id, unitId)).for('update');
  if (!unit || (ctx.actor && unit.districtId !== ctx.actor.districtId)) throw notFound('机构');
  assertSeenVersion(ctx, unit);
  await tx
    .update(orgUnits)
    .set({ documentPrefix: prefix, version: unit.version + 1 })
    .where(eq(orgUnits.id, unitId));
  await recordAudit(tx, ctx, {
    action: 'org.unit.document_prefix_set',
    subjectType: 'org_unit',
    subjectId: unit.id,
    orgUnitId: unit.id,
    districtId: unit.districtId,
    before: { documentPrefix: unit.documentPrefix },
    after: { documentPrefix: prefix },
  });
  return documentPrefixOf(tx, unitId);
}
