import type { DraftParagraphInput } from '../../../../common/contracts/reports/drafts.js';
import { assertCan } from '../../../platform/authz/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { getOrgUnit } from '../../../platform/org/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { nextOrder, paragraphFrom } from '../rules.js';
import type { ReportDraftRow } from '../schema.js';
import {
  assertEditable,
  isContributor,
  lockDraft,
  requireActor,
  saveDraft,
  type StoredDraft,
  SUBJECT,
} from './records.js';

/** Adds a prose paragraph (a department's on the district report is marked as its contribution). */
export async function addParagraph(
  ctx: Ctx,
  id: string,
  input: DraftParagraphInput,
): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'contribute');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const draft = row.draft as StoredDraft;
    const contributedBy = isContributor(actor, row)
      ? (await getOrgUnit(tx, actor.orgUnitId)).code
      : undefined;
    const paragraph = paragraphFrom(input, {
      id: `prose-${crypto.randomUUID().slice(0, 8)}`,
      statement: null,
      contributedBy,
      order: nextOrder(draft, input.section, input.area ?? undefined),
    });
    const saved = await saveDraft(tx, ctx, row, { ...draft, paragraphs: [...draft.paragraphs, paragraph] });
    await recordAudit(tx, ctx, {
      action: contributedBy ? 'reports.paragraph.contributed' : 'reports.paragraph.added',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      after: paragraph,
    });
    return saved;
  });
}
