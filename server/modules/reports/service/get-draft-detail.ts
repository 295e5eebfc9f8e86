import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { ReportDraftListQuery } from '../../../../common/contracts/reports/drafts.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { getOrgUnit, orgUnits } from '../../../platform/org/index.js';
import { availableActions, findProcedureSteps } from '../../../platform/procedures/index.js';
import { readScope } from '../policy.js';
import { reportProcedure } from '../procedure.js';
import { type ReportDraftRow, reportDrafts } from '../schema.js';
import { differencesOf, documentOf } from './read-report.js';
import { getReadableDraft, isContributor, requireActor, type StoredDraft } from './records.js';
import { toRecord } from './transitions.js';

/** The draft with the unit's name, the report as it reads and the workflow, for the detail view. */
export async function getDraftDetail(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.read');
  const row = await getReadableDraft(ctx.db, actor, id);
  const [unit, document, steps, contributions] = await Promise.all([
    getOrgUnit(ctx.db, row.orgUnitId),
    documentOf(ctx.db, row),
    findProcedureSteps(ctx.db, reportProcedure.key, id),
    Promise.resolve(contributionCount(row)),
  ]);
  const contributor = isContributor(actor, row);
  const actions = contributor
    ? []
    : availableActions(reportProcedure, {
        actor,
        record: toRecord(row, ctx.today),
        facts: { steps },
        locale: ctx.locale,
      });
  const differences = row.frozen ? (await differencesOf(ctx.db, row)).differences.length : 0;
  return { row, unit, document, steps, actions, contributions, contributor, differences };
}

const contributionCount = (row: ReportDraftRow) =>
  (row.draft as StoredDraft).paragraphs.filter((p) => p.contributedBy).length;

/** The drafts in the reader's scope (a department officer: its own and the district's), newest year first. */
export async function findDrafts(ctx: Ctx, query: ReportDraftListQuery) {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.read');
  const where: SQL[] = [readScope(actor, actor.districtId)];
  if (query.year) where.push(eq(reportDrafts.year, query.year));
  if (query.report) where.push(eq(reportDrafts.report, query.report));
  if (query.status) where.push(eq(reportDrafts.status, query.status));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        row: reportDrafts,
        unitName: orgUnits.name,
        unitCode: orgUnits.code,
        unitType: orgUnits.type,
      })
      .from(reportDrafts)
      .innerJoin(orgUnits, eq(orgUnits.id, reportDrafts.orgUnitId))
      .where(condition)
      .orderBy(desc(reportDrafts.year), asc(orgUnits.path), asc(reportDrafts.report))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(reportDrafts).where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}
