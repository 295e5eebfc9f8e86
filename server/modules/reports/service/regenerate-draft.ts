import type { ReportKind } from '../../../../common/contracts/reports/annual.js';
import { assertCan } from '../../../platform/authz/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { regenerate } from '../rules.js';
import type { ReportDraftRow } from '../schema.js';
import {
  assertEditable,
  freshDraft,
  lockDraft,
  requireActor,
  saveDraft,
  type StoredDraft,
  SUBJECT,
} from './records.js';

/** Brings in the statements installed since the draft was generated; edited and prose paragraphs stay. */
export async function regenerateDraft(ctx: Ctx, id: string): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockDraft(tx, actor, id, 'own');
    assertSeenVersion(ctx, row);
    assertEditable(row);
    const draft = row.draft as StoredDraft;
    const fresh = freshDraft(row.report as ReportKind, row.year);
    const next = regenerate(draft, fresh.paragraphs, draft.dropped ?? []);
    const added = next.paragraphs.length - draft.paragraphs.length;
    const saved = await saveDraft(tx, ctx, row, next);
    await recordAudit(tx, ctx, {
      action: 'reports.draft.regenerated',
      subjectType: SUBJECT,
      subjectId: id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      data: { added: next.paragraphs.slice(draft.paragraphs.length).map((p) => p.id), count: added },
    });
    return saved;
  });
}
