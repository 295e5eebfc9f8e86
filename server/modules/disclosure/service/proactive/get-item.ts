import { assertCan } from '../../../../platform/authz/index.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { getScopedItem, type ProactiveItemWithUnit } from './records.js';
import { type PublicationDeadline, publicationDeadline } from './rules.js';

export interface ProactiveItemDetailData {
  item: ProactiveItemWithUnit;
  /** Recounted on today's calendar, with its explanation in words. */
  deadline: PublicationDeadline;
}

/** One register entry with its publication deadline explained (条例 第二十六条). */
export async function getItem(ctx: Ctx, id: string): Promise<ProactiveItemDetailData> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.view_proactive');
  const item = await getScopedItem(ctx.db, actor, id);
  const deadline = publicationDeadline(await loadCalendar(ctx.db), item);
  return { item, deadline };
}
