import { and, eq, like } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import {
  defineDocumentKind,
  documentPrefixOf,
  formatDocumentNumber,
  parseDocumentNumber,
} from '../../../../platform/documents/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { enforcementCases } from '../schema.js';
import { bodyProblems, confirmedBodies } from './open-case-checks.js';

/**
 * The 立案 number a body writes on its 立案审批表: 代字 + 立 + 〔year〕 + N号 (于市监立〔2026〕12号), the form of
 * 发文字号 (GB/T 9704-2012 §7.2.4). Suggested, not issued: a body that numbers otherwise types its own.
 */
export const CASE_REGISTER_KIND = defineDocumentKind({
  key: 'case_register',
  word: '立',
  label: '立案审批表',
});

/**
 * The body's next case number in the year of `openedOn`: one past the highest of its cases already numbered
 * in this form that year (numbers typed in another form do not count). Only for a body the actor may open
 * cases for (the same check as 立案).
 */
export async function suggestCaseNumber(ctx: Ctx, orgUnitId: string, openedOn: IsoDate): Promise<string> {
  assertCan(ctx.actor, 'enforcement.handle_case');
  const unit = (await confirmedBodies(ctx.db, ctx.actor.districtId)).find((u) => u.id === orgUnitId);
  const problems = bodyProblems(unit, ctx.actor);
  if (problems.length > 0) throw validationFailed(problems);
  const prefix = await documentPrefixOf(ctx.db, orgUnitId);
  const year = Number(openedOn.slice(0, 4));
  const head = formatDocumentNumber({ prefix, kind: CASE_REGISTER_KIND, year, sequence: 1 }).replace(
    /1号$/,
    '',
  );
  const rows = await ctx.db
    .select({ caseNumber: enforcementCases.caseNumber })
    .from(enforcementCases)
    .where(and(eq(enforcementCases.orgUnitId, orgUnitId), like(enforcementCases.caseNumber, `${head}%`)));
  const highest = rows.reduce(
    (max, r) => Math.max(max, parseDocumentNumber(r.caseNumber, prefix, CASE_REGISTER_KIND)?.sequence ?? 0),
    0,
  );
  return formatDocumentNumber({ prefix, kind: CASE_REGISTER_KIND, year, sequence: highest + 1 });
}
