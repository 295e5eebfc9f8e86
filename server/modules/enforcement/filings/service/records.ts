import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { notFound, validationFailed } from '../../../../platform/errors.js';
import { orgUnits, users } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { enforcementCases as c, enforcementFilings as f, type FilingRow } from '../../cases/schema.js';

/** A filing with the case it files and the reviewer's name, as lists and answers show it. */
export interface FilingWithCase extends FilingRow {
  caseNumber: string;
  orgUnitName: string;
  cause: string;
  partyName: string;
  decisionNumber: string | null;
  fineAmount: string | null;
  reviewerName: string | null;
}

export const filingScope = (actor: Actor): SQL => enforcementScope(actor, f.orgUnitId, f.districtId);

const reviewer = alias(users, 'filing_reviewer');

/** The filings' SELECT (case, body and reviewer joined), for a WHERE. */
export function selectFilings(db: Executor) {
  return db
    .select({
      filing: f,
      caseNumber: c.caseNumber,
      orgUnitName: orgUnits.name,
      cause: c.cause,
      partyName: c.partyName,
      decisionNumber: c.decisionNumber,
      fineAmount: c.fineAmount,
      reviewerName: reviewer.displayName,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(f)
    .innerJoin(c, eq(c.id, f.caseId))
    .innerJoin(orgUnits, eq(orgUnits.id, f.orgUnitId))
    .leftJoin(reviewer, eq(reviewer.id, f.reviewerUserId))
    .$dynamic();
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectFilings>['execute']>>[number];

export function withCase(r: Selected): FilingWithCase {
  const { filing, total: _total, ...rest } = r;
  return { ...filing, ...rest };
}

/** One filing in the actor's scope, with its case; otherwise NOT_FOUND. */
export async function getScopedFiling(db: Executor, actor: Actor, id: string): Promise<FilingWithCase> {
  const [row] = await selectFilings(db).where(and(eq(f.id, id), filingScope(actor)));
  if (!row) throw notFound('重大处罚备案');
  return withCase(row);
}

/** Locks a filing in the actor's scope for a write. */
export async function lockScopedFiling(tx: Tx, actor: Actor, id: string): Promise<FilingRow> {
  const [row] = await tx
    .select()
    .from(f)
    .where(and(eq(f.id, id), filingScope(actor)))
    .for('update');
  if (!row) throw notFound('重大处罚备案');
  return row;
}

/** Filed after the due day, or not filed while the due day has passed (逾期备案). */
export function isLateFiling(filing: Pick<FilingRow, 'dueOn' | 'filedOn'>, today: IsoDate): boolean {
  return filing.filedOn ? filing.filedOn > filing.dueOn : today > filing.dueOn;
}

/** The step day: given or today; never in the future, never before what it follows. */
export function filingDay(
  on: IsoDate | undefined,
  today: IsoDate,
  notBefore: IsoDate,
  what: string,
): IsoDate {
  const day = on ?? today;
  if (day > today) throw validationFailed([{ path: 'on', message: '日期不能晚于今天' }]);
  if (day < notBefore)
    throw validationFailed([{ path: 'on', message: `日期不能早于${what}（${notBefore}）` }]);
  return day;
}
