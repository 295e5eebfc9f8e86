import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { EvidenceFields } from '../../../../../common/contracts/enforcement/cases.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { notFound, ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementEvidence as ev, enforcementFiles, type EvidenceRow } from '../schema.js';
import { CASE_SUBJECT_TYPE, getScopedCase, lockScopedCase } from './records.js';

export interface EvidenceUpload extends z.output<typeof EvidenceFields> {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** The SHA-256 of a file's bytes, hex: the evidence's fingerprint in the audit chain and the archive. */
export const sha256Of = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * 调查取证: adds one piece of evidence to an open case. The bytes are stored once by their SHA-256 (the same
 * file twice is one row) and the hash goes into the audit chain (全过程记录, 处罚法 第四十七条).
 */
export async function addEvidence(ctx: Ctx, caseId: string, upload: EvidenceUpload): Promise<EvidenceRow> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.handle_case');
  if (upload.collectedOn > ctx.today)
    throw validationFailed([{ path: 'collectedOn', message: '取证日期不能晚于今天' }]);
  if (upload.content.length === 0) throw validationFailed([{ path: 'file', message: '上传的文件是空的' }]);
  const sha256 = sha256Of(upload.content);
  return inTransaction(ctx.db, async (tx) => {
    const kase = await lockScopedCase(tx, actor, caseId);
    if (kase.state === 'closed') throw ruleViolation('CASE_CLOSED', '案件已结案，不能再添加证据');
    await tx
      .insert(enforcementFiles)
      .values({ sha256, sizeBytes: upload.content.length, content: upload.content })
      .onConflictDoNothing();
    const [row] = await tx
      .insert(ev)
      .values({
        caseId: kase.id,
        districtId: kase.districtId,
        orgUnitId: kase.orgUnitId,
        evidenceType: upload.evidenceType,
        description: upload.description,
        collectedOn: upload.collectedOn,
        fileName: upload.fileName,
        contentType: upload.contentType,
        sha256,
        uploadedBy: actor.userId,
        uploadedAt: ctx.now,
      })
      .returning();
    const evidence = row!;
    await recordAudit(tx, ctx, {
      action: 'enforcement.case.evidence_added',
      subjectType: CASE_SUBJECT_TYPE,
      subjectId: kase.id,
      orgUnitId: kase.orgUnitId,
      districtId: kase.districtId,
      data: {
        evidenceId: evidence.id,
        evidenceType: evidence.evidenceType,
        fileName: evidence.fileName,
        sizeBytes: upload.content.length,
        sha256,
      },
    });
    return evidence;
  });
}

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
}

/** The file of one piece of evidence of a case in the actor's scope (404 otherwise). */
export async function getEvidenceFile(ctx: Ctx, caseId: string, evidenceId: string): Promise<EvidenceFile> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.view_evidence');
  await getScopedCase(ctx.db, actor, caseId);
  const [row] = await ctx.db
    .select({
      fileName: ev.fileName,
      contentType: ev.contentType,
      sha256: ev.sha256,
      content: enforcementFiles.content,
    })
    .from(ev)
    .innerJoin(enforcementFiles, eq(enforcementFiles.sha256, ev.sha256))
    .where(and(eq(ev.id, evidenceId), eq(ev.caseId, caseId)));
  if (!row) throw notFound('证据');
  return row;
}
