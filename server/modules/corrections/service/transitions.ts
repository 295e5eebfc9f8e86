import { eq, sql } from 'drizzle-orm';
import type { CorrectiveTransition } from '../../../../common/contracts/corrections.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { type CorrectiveTaskRecord, correctiveTaskProcedure } from '../procedure.js';
import { type CorrectiveTaskRow, correctiveTasks as t } from '../schema.js';
import { lockScopedTask, toRecord } from './records.js';

type Rec = CorrectiveTaskRecord & { row: CorrectiveTaskRow };
type Form =
  | { rectification?: string; rectifiedOn?: string; reason?: string; note?: string | null }
  | undefined;

/** Submit, accept, return: the kernel checks role → form → scope → state → gates; this writes the row. */
export const taskTransitions = procedureService({
  procedure: correctiveTaskProcedure,
  lock: (tx, _ctx, actor, id) => lockScopedTask(tx, actor, id),
  write: (tx, ctx, { record, step }) => WRITERS[step.transition](tx, ctx, record, step.input as Form),
});

/** Fires one transition of a task (demo, tests). */
export function fireTaskTransition(
  ctx: Ctx,
  id: string,
  transition: CorrectiveTransition,
  input: unknown = {},
): Promise<Rec> {
  return taskTransitions.fire(ctx, id, transition, input);
}

async function save(tx: Tx, ctx: Ctx, record: Rec, set: Partial<CorrectiveTaskRow>): Promise<Rec> {
  const [row] = await tx
    .update(t)
    .set({ ...set, version: sql`${t.version} + 1`, updatedAt: ctx.now })
    .where(eq(t.id, record.id))
    .returning();
  return toRecord(row!, record.decidedOn);
}

type Writer = (tx: Tx, ctx: Ctx, record: Rec, form: Form) => Promise<Rec>;

const WRITERS: Record<CorrectiveTransition, Writer> = {
  async submit(tx, ctx, record, form) {
    const on = form!.rectifiedOn!;
    // The rectification answers the decision: it cannot predate it, nor lie in the future.
    if (on < record.decidedOn)
      throw validationFailed([
        { path: 'rectifiedOn', message: `整改完成日期不能早于纠错决定日期（${record.decidedOn}）` },
      ]);
    if (on > ctx.today)
      throw validationFailed([{ path: 'rectifiedOn', message: '整改完成日期不能晚于今天' }]);
    return save(tx, ctx, record, {
      state: 'submitted',
      rectification: form!.rectification!,
      rectifiedOn: on,
      returnReason: null,
    });
  },
  accept: (tx, ctx, record) => save(tx, ctx, record, { state: 'closed', closedOn: ctx.today }),
  return: (tx, ctx, record, form) =>
    save(tx, ctx, record, { state: 'returned', returnReason: form!.reason! }),
};
