import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { powers } from '../../powers/index.js';
import { taskScope } from '../policy.js';
import type { CorrectiveTaskRecord } from '../procedure.js';
import { REPEAT_LOOKBACK_YEARS } from '../rules.js';
import {
  type CorrectionReviewRow,
  correctionReviews as r,
  type CorrectiveTaskRow,
  correctiveTasks as t,
} from '../schema.js';

/** A task with its unit, its source review, the power's name and how often the power was corrected before. */
export interface TaskView extends CorrectiveTaskRow {
  unitName: string;
  unitCode: string;
  review: CorrectionReviewRow;
  powerName: string | null;
  repeatCount: number;
}

/**
 * Earlier corrected reviews of the same power within the look-back window before this one's decision: a
 * repeated defect (issue #14 B7). Counted on read, so an imported older case flags the later ones too.
 */
export const repeatCountSql = sql<number>`(
  SELECT count(*)::int FROM ${r} AS earlier
  WHERE ${r.powerId} IS NOT NULL AND earlier.power_id = ${r.powerId}
    AND earlier.corrective_outcome IS NOT NULL AND earlier.id <> ${r.id}
    AND earlier.decided_on <= ${r.decidedOn}
    AND earlier.decided_on > ${r.decidedOn} - make_interval(years => ${REPEAT_LOOKBACK_YEARS})
)`.mapWith(Number);

export const TASK_COLUMNS = {
  task: t,
  review: r,
  unitName: orgUnits.name,
  unitCode: orgUnits.code,
  powerName: powers.powerNameSql(t.powerId),
  repeatCount: repeatCountSql,
};

type Selected = {
  task: CorrectiveTaskRow;
  review: CorrectionReviewRow;
  unitName: string;
  unitCode: string;
  powerName: string | null;
  repeatCount: number;
};

export function toView(row: Selected): TaskView {
  return {
    ...row.task,
    review: row.review,
    unitName: row.unitName,
    unitCode: row.unitCode,
    powerName: row.powerName,
    repeatCount: row.repeatCount,
  };
}

/** The tasks the condition selects, with what a list shows. */
export function selectTasks(db: Executor, where: SQL) {
  return db
    .select(TASK_COLUMNS)
    .from(t)
    .innerJoin(r, eq(r.id, t.reviewId))
    .innerJoin(orgUnits, eq(orgUnits.id, t.orgUnitId))
    .where(where)
    .$dynamic();
}

/** The task if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedTask(db: Executor, actor: Actor, id: string): Promise<TaskView> {
  const [row] = await selectTasks(db, and(eq(t.id, id), taskScope(actor))!);
  if (!row) throw notFound('整改任务');
  return toView(row);
}

/** Locks the task row for a write (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedTask(
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<CorrectiveTaskRecord & { row: CorrectiveTaskRow }> {
  const [row] = await tx
    .select({ task: t, decidedOn: r.decidedOn })
    .from(t)
    .innerJoin(r, eq(r.id, t.reviewId))
    .where(and(eq(t.id, id), taskScope(actor)))
    .for('update', { of: t });
  if (!row) throw notFound('整改任务');
  return toRecord(row.task, row.decidedOn);
}

export function toRecord(
  row: CorrectiveTaskRow,
  decidedOn: string,
): CorrectiveTaskRecord & { row: CorrectiveTaskRow } {
  return {
    id: row.id,
    state: row.state,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    decidedOn,
    rectification: row.rectification,
    row,
  };
}

/** The task a reviewing module's case opened, if any (its page links to it). */
export async function findTaskBySource(
  db: Executor,
  source: { districtId: string; kind: string; number: string },
): Promise<{ id: string; number: string } | null> {
  const [row] = await db
    .select({ id: t.id, number: t.number })
    .from(t)
    .innerJoin(r, eq(r.id, t.reviewId))
    .where(
      and(
        eq(r.districtId, source.districtId),
        eq(r.sourceKind, source.kind),
        eq(r.sourceNumber, source.number),
      ),
    );
  return row ?? null;
}
