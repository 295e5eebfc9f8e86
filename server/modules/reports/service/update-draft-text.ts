import type { ReportDraftPatch } from '../../../../common/contracts/reports/drafts.js';
import { assertCan } from '../../../platform/authz/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import type { ReportDraftRow } from '../schema.js';
import { assertEditable, lockDraft, requireActor, saveDraft, type StoredDraft, SUBJECT } from './records.js';

/** Edits the parts around the paragraphs (title, opening, closing, signing organs); only the fields sent. */
export async function updateDraftText(
  ctx: Ctx,
  id: string,
  patch: ReportDraftPatch,
): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'own');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const before = row.draft as StoredDraft;
    const draft: StoredDraft = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    const saved = await saveDraft(tx, ctx, row, draft);
    await recordAudit(tx, ctx, {
      action: 'reports.draft.updated',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: pick(before, Object.keys(patch)),
      after: patch,
    });
    return saved;
  });
}

const pick = (o: object, keys: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
