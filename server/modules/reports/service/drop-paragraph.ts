import { assertCan } from '../../../platform/authz/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import type { ReportDraftRow } from '../schema.js';
import { assertEditable, lockDraft, paragraphToChange, requireActor, saveDraft, SUBJECT } from './records.js';

/** Drops a paragraph; a dropped statement is remembered so a regeneration does not bring it back. */
export async function dropParagraph(ctx: Ctx, id: string, pid: string): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'contribute');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const { draft, paragraph } = await paragraphToChange(tx, actor, row, pid);
    const dropped = paragraph.statement ? [...(draft.dropped ?? []), paragraph.statement] : draft.dropped;
    const saved = await saveDraft(tx, ctx, row, {
      ...draft,
      paragraphs: draft.paragraphs.filter((p) => p.id !== pid),
      ...(dropped ? { dropped } : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'reports.paragraph.removed',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: paragraph,
    });
    return saved;
  });
}
