import { assertCan } from '../../../platform/authz/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import { figuresRemovedWithoutReason } from '../../../platform/reports/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import type { ReportDraftRow } from '../schema.js';
import { assertEditable, lockDraft, requireActor, saveDraft, type StoredDraft, SUBJECT } from './records.js';

/**
 * Replaces a draft's whole text (the demo's report in the seed's words; a report written elsewhere): checked like
 * an edit — every figure of a generated statement the new text drops needs an override with a reason.
 */
export async function importDraftText(ctx: Ctx, id: string, text: StoredDraft): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'own');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const before = row.draft as StoredDraft;
    for (const old of before.paragraphs) {
      const now = text.paragraphs.find((p) => p.id === old.id);
      const removed = now ? figuresRemovedWithoutReason(old.text, now) : [];
      if (removed.length > 0)
        throw new AppError(
          'FIGURE_REMOVED_WITHOUT_REASON',
          `段落 ${old.id} 删去了实时数字 ${removed.join('、')}`,
        );
    }
    const saved = await saveDraft(tx, ctx, row, text);
    await recordAudit(tx, ctx, {
      action: 'reports.draft.imported',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      data: { paragraphs: text.paragraphs.length },
    });
    return saved;
  });
}
