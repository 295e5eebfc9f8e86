/**
 * 第一责任人 and 年终述法: a principal leader's report for a year holds the duty list of the template in force
 * (law by date) and moves through the kernel procedure: draft → submitted → reviewed → evaluated.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  EvaluateInput,
  ReturnInput,
  ReviewInput,
  SubmitInput,
} from '../../../../common/contracts/legal-education.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan, orgScope } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { notFound, validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import {
  clockViews,
  findProcedureSteps,
  presentActions,
  presentClock,
  presentStep,
  procedureService,
} from '../../../platform/procedures/index.js';
import { type ReportRecord, type ReportTransition, reportProcedure } from '../procedure.js';
import { dutyTemplateFor } from '../rules.js';
import { leaders, type ReportRow, reports } from '../schema.js';

const WHAT = '述法报告';
const scope = (actor: Actor) => orgScope(actor, reports.orgUnitId, reports.districtId);

type Rec = ReportRecord & { row: ReportRow };

function toRecord(row: ReportRow, caption: string, today: string, stepOn = today): Rec {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    year: row.year,
    today,
    stepOn,
    submittedOn: row.submittedOn,
    caption,
    row,
  };
}

async function lockReport(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx
    .select({ r: reports, name: leaders.name })
    .from(reports)
    .innerJoin(leaders, eq(leaders.id, reports.leaderId))
    .where(and(eq(reports.id, id), scope(actor)))
    .for('update', { of: reports });
  if (!row) throw notFound(WHAT);
  return row;
}

type Writer = (tx: Tx, ctx: Ctx, row: ReportRow, form: unknown) => Promise<Partial<ReportRow>>;

const WRITERS: Record<ReportTransition, Writer> = {
  submit: async (_tx, _ctx, row, form) => {
    const f = form as z.output<typeof SubmitInput>;
    const done = new Map(f.duties.map((d) => [d.code, d.done]));
    const unknown = f.duties.findIndex((d) => !row.duties.some((r) => r.code === d.code));
    if (unknown >= 0)
      throw validationFailed([{ path: `duties.${unknown}.code`, message: '职责清单中没有该项' }]);
    return {
      body: f.body,
      submittedOn: f.on,
      duties: row.duties.map((d) => ({ ...d, done: done.has(d.code) ? done.get(d.code)! : d.done })),
    };
  },
  return: async (_tx, _ctx, _row, form) => {
    const f = form as z.output<typeof ReturnInput>;
    return { reviewNote: f.reason, reviewedOn: null, submittedOn: null };
  },
  review: async (_tx, _ctx, _row, form) => {
    const f = form as z.output<typeof ReviewInput>;
    return { reviewedOn: f.on, reviewNote: f.note };
  },
  evaluate: async (_tx, _ctx, row, form) => {
    const f = form as z.output<typeof EvaluateInput>;
    return { grade: f.grade, evaluatedOn: f.on, reviewNote: f.note ?? row.reviewNote };
  },
};

/** Every step of a report through the procedure: role → form → scope → state → gates → write + audit + clock. */
export const reportTransitions = procedureService({
  procedure: reportProcedure,
  lock: async (tx, ctx, actor, id, step): Promise<Rec> => {
    const { r, name } = await lockReport(tx, actor, id);
    const form = (step.input ?? {}) as { on?: string };
    return toRecord(r, `${name} ${r.year}年`, ctx.today, form.on ?? ctx.today);
  },
  write: async (tx, ctx, { record, to, step }) => {
    const writer = WRITERS[step.transition as ReportTransition];
    const set = await writer(tx, ctx, record.row, step.input);
    const [row] = await tx
      .update(reports)
      .set({ ...set, status: to, version: sql`${reports.version} + 1`, updatedAt: ctx.now })
      .where(eq(reports.id, record.id))
      .returning();
    return toRecord(row!, record.caption, ctx.today);
  },
});

export async function fireReportTransition(
  ctx: Ctx,
  id: string,
  transition: ReportTransition,
  input: unknown,
) {
  return (await reportTransitions.fire(ctx, id, transition, input)).row;
}

/** Opens a principal leader's 述法 for a year, with the duty list of the template in force that year. */
export async function openReport(ctx: Ctx, leaderId: string, year: number, tx0?: Tx) {
  assertCan(ctx.actor, 'legal_education.report');
  const run = async (tx: Tx) => {
    const [leader] = await tx
      .select()
      .from(leaders)
      .where(and(eq(leaders.id, leaderId), orgScope(ctx.actor!, leaders.orgUnitId, leaders.districtId)));
    if (!leader)
      throw validationFailed([{ path: 'leaderId', message: '该领导不在名册中或不在您的管辖范围内' }]);
    if (!leader.principal)
      throw validationFailed([
        { path: 'leaderId', message: '年终述法由党政主要负责人提交，该领导不是主要负责人' },
      ]);
    if (year > Number(ctx.today.slice(0, 4)))
      throw validationFailed([{ path: 'year', message: '不能为以后的年度述法' }]);
    const [dup] = await tx
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.leaderId, leaderId), eq(reports.year, year)));
    if (dup) throw validationFailed([{ path: 'year', message: `${leader.name}${year}年的述法报告已存在` }]);
    const template = dutyTemplateFor(year);
    const [row] = await tx
      .insert(reports)
      .values({
        districtId: leader.districtId,
        orgUnitId: leader.orgUnitId,
        leaderId,
        year,
        status: 'draft',
        duties: template.items.map((i) => ({ ...i, done: null })),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'legal_education.report.opened',
      subjectType: 'legal_education_report',
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: { leaderId, year, template: template.key },
    });
    return row!;
  };
  return tx0 ? run(tx0) : inTransaction(ctx.db, run);
}

const listColumns = {
  r: reports,
  leader: leaders.name,
  post: leaders.post,
  unit: orgUnits.name,
};

const reportOut = (x: { r: ReportRow; leader: string; post: string; unit: string }) => ({
  id: x.r.id,
  leaderId: x.r.leaderId,
  leader: x.leader,
  post: x.post,
  unit: x.unit,
  year: x.r.year,
  status: x.r.status,
  submittedOn: x.r.submittedOn,
  reviewedOn: x.r.reviewedOn,
  grade: x.r.grade,
  evaluatedOn: x.r.evaluatedOn,
  version: x.r.version,
});

export async function listReports(ctx: Ctx, year: number) {
  assertCan(ctx.actor, 'legal_education.view');
  const rows = await ctx.db
    .select(listColumns)
    .from(reports)
    .innerJoin(leaders, eq(leaders.id, reports.leaderId))
    .innerJoin(orgUnits, eq(orgUnits.id, reports.orgUnitId))
    .where(and(scope(ctx.actor), eq(reports.year, year)))
    .orderBy(asc(orgUnits.code), desc(reports.year));
  return { items: rows.map(reportOut) };
}

export async function getReport(ctx: Ctx, id: string) {
  assertCan(ctx.actor, 'legal_education.view');
  const [row] = await ctx.db
    .select(listColumns)
    .from(reports)
    .innerJoin(leaders, eq(leaders.id, reports.leaderId))
    .innerJoin(orgUnits, eq(orgUnits.id, reports.orgUnitId))
    .where(and(eq(reports.id, id), scope(ctx.actor)));
  if (!row) throw notFound(WHAT);
  const [steps, clocks, actions] = await Promise.all([
    findProcedureSteps(ctx.db, reportProcedure.key, id),
    clockViews(ctx.db, ctx.today, 'legal_education_report', id, ctx.locale),
    reportTransitions.actionsFor(ctx, toRecord(row.r, `${row.leader} ${row.r.year}年`, ctx.today)),
  ]);
  return {
    ...reportOut(row),
    body: row.r.body,
    reviewNote: row.r.reviewNote,
    duties: row.r.duties,
    steps: steps.map((s) => presentStep(reportProcedure, s, ctx.locale)),
    actions: presentActions(actions),
    clocks: clocks.map(presentClock),
  };
}
