import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { conflict, notFound, validationFailed } from '../../../platform/errors.js';
import { judicialSuggestions } from '../schema.js';
import { lockScopedLawsuit } from './records.js';

/** A judicial suggestion (司法建议) the court sent with a case: recorded on the case, to be answered. */
export async function recordSuggestion(
  ctx: Ctx,
  lawsuitId: string,
  input: { receivedOn: string; content: string },
): Promise<string> {
  assertCan(ctx.actor, 'litigation.handle');
  if (input.receivedOn > ctx.today)
    throw validationFailed([{ path: 'receivedOn', message: '收到日期不能晚于今天' }]);
  return inTransaction(ctx.db, async (tx) => {
    const lawsuit = await lockScopedLawsuit(tx, ctx.actor!, lawsuitId, ctx.today);
    if (input.receivedOn < lawsuit.row.filedOn)
      throw validationFailed([
        { path: 'receivedOn', message: `收到日期不能早于立案日期（${lawsuit.row.filedOn}）` },
      ]);
    const [row] = await tx
      .insert(judicialSuggestions)
      .values({ lawsuitId, districtId: lawsuit.districtId, orgUnitId: lawsuit.orgUnitId, ...input })
      .returning({ id: judicialSuggestions.id });
    await recordAudit(tx, ctx, {
      action: 'litigation.suggestion.received',
      subjectType: 'judicial_suggestion',
      subjectId: row!.id,
      orgUnitId: lawsuit.orgUnitId,
      districtId: lawsuit.districtId,
      data: { lawsuitId, receivedOn: input.receivedOn },
    });
    return row!.id;
  });
}

/** The organ's written reply to a judicial suggestion (once). */
export async function replySuggestion(
  ctx: Ctx,
  lawsuitId: string,
  suggestionId: string,
  input: { repliedOn: string; reply: string },
): Promise<void> {
  assertCan(ctx.actor, 'litigation.handle');
  await inTransaction(ctx.db, async (tx) => {
    const lawsuit = await lockScopedLawsuit(tx, ctx.actor!, lawsuitId, ctx.today);
    const [s] = await tx
      .select()
      .from(judicialSuggestions)
      .where(and(eq(judicialSuggestions.id, suggestionId), eq(judicialSuggestions.lawsuitId, lawsuitId)));
    if (!s) throw notFound('司法建议');
    if (s.repliedOn) throw conflict('该司法建议已回复');
    if (input.repliedOn < s.receivedOn || input.repliedOn > ctx.today)
      throw validationFailed([
        { path: 'repliedOn', message: `回复日期应在收到日期（${s.receivedOn}）至今天之间` },
      ]);
    await tx.update(judicialSuggestions).set(input).where(eq(judicialSuggestions.id, suggestionId));
    await recordAudit(tx, ctx, {
      action: 'litigation.suggestion.replied',
      subjectType: 'judicial_suggestion',
      subjectId: suggestionId,
      orgUnitId: lawsuit.orgUnitId,
      districtId: lawsuit.districtId,
      data: { repliedOn: input.repliedOn },
    });
  });
}
