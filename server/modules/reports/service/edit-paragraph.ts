import type { DraftParagraphInput } from '../../../../common/contracts/reports/drafts.js';
import { assertCan } from '../../../platform/authz/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import { figuresRemovedWithoutReason } from '../../../platform/reports/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { paragraphFrom } from '../rules.js';
import type { ReportDraftRow } from '../schema.js';
import { assertEditable, lockDraft, paragraphToChange, requireActor, saveDraft, SUBJECT } from './records.js';

/**
 * Edits a paragraph's text or lead, or moves it: placeholders stay live; a figure taken out of the text without
 * an override and its reason is refused (422 naming the figure), so no typed number silently replaces a live one.
 */
export async function editParagraph(
  ctx: Ctx,
  id: string,
  pid: string,
  input: DraftParagraphInput,
): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'contribute');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const { draft, paragraph } = await paragraphToChange(tx, actor, row, pid);
    const edited = paragraphFrom(input, paragraph);
    const removed = figuresRemovedWithoutReason(paragraph.text, edited);
    if (removed.length > 0)
      throw new AppError(
        'FIGURE_REMOVED_WITHOUT_REASON',
        `修改删去了实时数字 ${removed.join('、')}：请保留占位符，或以文字替换并填写理由`,
        removed.map((figure) => ({ path: 'body.overrides', message: `数字 ${figure} 被删去但未说明理由` })),
        { figures: removed },
      );
    const paragraphs = draft.paragraphs.map((p) => (p.id === pid ? edited : p));
    const saved = await saveDraft(tx, ctx, row, { ...draft, paragraphs });
    await recordAudit(tx, ctx, {
      action: 'reports.paragraph.edited',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: paragraph,
      after: edited,
    });
    return saved;
  });
}
