import { asc, eq } from 'drizzle-orm';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import {
  type AvailableAction,
  availableActions,
  findProcedureSteps,
  type ProcedureStep,
} from '../../../platform/procedures/index.js';
import { powerItemProcedure } from '../procedure.js';
import { type PowerItemVersionRow, powerItemVersions } from '../schema.js';
import { getScopedItem, type PowerItemWithUnit, toRecord } from './records.js';

export interface PowerItemDetailData {
  item: PowerItemWithUnit;
  versions: PowerItemVersionRow[];
  history: ProcedureStep[];
  actions: AvailableAction[];
}

/** One item with its published versions, its procedural history and what the actor may do next. */
export async function getItem(ctx: Ctx, id: string): Promise<PowerItemDetailData> {
  const actor = ctx.actor;
  assertCan(actor, 'powers.view');
  const item = await getScopedItem(ctx.db, actor, id);
  const [versions, history] = await Promise.all([
    ctx.db
      .select()
      .from(powerItemVersions)
      .where(eq(powerItemVersions.itemId, id))
      .orderBy(asc(powerItemVersions.version)),
    findProcedureSteps(ctx.db, powerItemProcedure.key, id),
  ]);
  const actions = availableActions(powerItemProcedure, {
    actor,
    record: toRecord(item),
    facts: { steps: history },
    locale: ctx.locale,
  });
  return { item, versions, history, actions };
}
