import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PublicationItem } from '../../../../../common/contracts/enforcement/publication.js';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { type EnforcementCaseRow, enforcementCases as c } from '../../cases/schema.js';

type P = PublicationItem;

/**
 * Overdue on `today`: pending past the publication due date (国办发〔2018〕118号), or changed and still up past
 * the withdrawal due date (《行政处罚法》第四十八条). The SQL twin is `overdueCondition`.
 */
export function isOverdue(row: EnforcementCaseRow, today: IsoDate): boolean {
  const pendingLate =
    row.publicationState === 'pending' && !!row.publicationDueOn && today > row.publicationDueOn;
  const withdrawalLate =
    row.publicationState === 'published' && !!row.withdrawalDueOn && today > row.withdrawalDueOn;
  return pendingLate || withdrawalLate;
}

/** The same rule as `isOverdue`, as a WHERE condition. */
export function overdueCondition(today: IsoDate): SQL {
  return sql`((${c.publicationState} = 'pending' AND ${c.publicationDueOn} < ${today})
    OR (${c.publicationState} = 'published' AND ${c.withdrawalDueOn} < ${today}))`;
}

/** A case row as the publication desk shows it (staff in scope: the party's name whole, no identifiers). */
export function toPublicationItem(row: EnforcementCaseRow, orgUnitName: string, today: IsoDate): P {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    kind: row.kind as P['kind'],
    orgUnitId: row.orgUnitId,
    orgUnitName,
    cause: row.cause,
    partyType: row.partyType as P['partyType'],
    partyName: row.partyName,
    decisionNumber: row.decisionNumber,
    decidedOn: row.decidedOn,
    publicationState: row.publicationState as P['publicationState'],
    publicationDueOn: row.publicationDueOn,
    publishedOn: row.publishedOn,
    isPublishedLate: !!row.publishedOn && !!row.publicationDueOn && row.publishedOn > row.publicationDueOn,
    changedOn: row.changedOn,
    changeReason: row.changeReason,
    withdrawalDueOn: row.withdrawalDueOn,
    withdrawnOn: row.withdrawnOn,
    isOverdue: isOverdue(row, today),
  };
}

/** The case's unit joined, for a WHERE. */
export function selectWithUnit(db: Executor) {
  return db
    .select({ row: c, orgUnitName: orgUnits.name })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .$dynamic();
}

/** One case's publication as the actor may see it, or NOT_FOUND. */
export async function getPublication(db: Executor, actor: Actor, id: string, today: IsoDate): Promise<P> {
  const [found] = await selectWithUnit(db).where(
    and(eq(c.id, id), enforcementScope(actor, c.orgUnitId, c.districtId)),
  );
  if (!found) throw notFound('执法案件');
  return toPublicationItem(found.row, found.orgUnitName, today);
}
