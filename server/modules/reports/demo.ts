import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from '../../../common/contracts/zod-setup.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { actingUser, demoOrgData, getOrgUnitByCode } from '../../platform/org/index.js';
import { suggestParagraphs } from '../../platform/reports/index.js';
import { reportDrafts } from './schema.js';
import {
  addParagraph,
  createDraft,
  fireReportTransition,
  importDraftText,
  type StoredDraft,
} from './service/index.js';
import { projectPath } from '../../platform/paths.js';

const DATA_FILE = projectPath('data/demo/reports-yuhong.yaml');

const Paragraph = z.object({
  id: z.string(),
  section: z.number().int(),
  area: z.string().optional(),
  order: z.number(),
  statement: z.string().optional(),
  lead: z.string().optional(),
  text: z.string(),
});
const Signer = z.object({ name: z.string(), role: z.string() });
const DepartmentReport = z.object({
  unit: z.string(),
  state: z.enum(['in_review', 'signed', 'published']),
  meeting: z.string().optional(),
  meetingOn: z.string().optional(),
  minutesRef: z.string().optional(),
  signedOn: z.string().optional(),
  publishedOn: z.string().optional(),
  signers: z.array(Signer).optional(),
});
const ReportsDemoData = z.object({
  district2020: z.object({
    year: z.number().int(),
    title: z.string(),
    opening: z.string(),
    closing: z.array(z.string()),
    signature: z.object({ organs: z.array(z.string()), dateOn: z.string() }),
    approval: z.object({ meeting: z.string(), meetingOn: z.string(), minutesRef: z.string() }),
    signers: z.array(Signer),
    signedOn: z.string(),
    publishedOn: z.string(),
    paragraphs: z.array(Paragraph),
  }),
  /** The seed's figures still prose: a later module turns each into a placeholder. */
  pendingFigures: z.array(
    z.object({ paragraph: z.string(), words: z.string(), key: z.string(), value: z.number() }),
  ),
  current: z.object({
    contribution: z.object({ unit: z.string(), section: z.number(), area: z.string(), text: z.string() }),
  }),
  departments2020: z.array(DepartmentReport),
  disclosure2020: z.object({
    improvements: z.string(),
    approval: z.object({ meeting: z.string(), meetingOn: z.string(), minutesRef: z.string() }),
    signers: z.array(Signer),
    signedOn: z.string(),
    publishedOn: z.string(),
  }),
});
export type ReportsDemoData = z.infer<typeof ReportsDemoData>;

/** The demo's reports as data (data/demo/reports-yuhong.yaml). */
export function reportsDemoData(): ReportsDemoData {
  return ReportsDemoData.parse(load(readFileSync(DATA_FILE, 'utf8')));
}

const on = (ctx: Ctx, actor: Actor, day: string): Ctx =>
  makeCtx(ctx.db, actor, ctx.requestId, new Date(`${day}T10:00:00+08:00`));

/** The seed's 2020 report as a stored draft: its paragraphs, title, opening, closing and signing organ. */
export function seedDraft(data: ReportsDemoData): StoredDraft {
  const d = data.district2020;
  return {
    title: d.title,
    opening: d.opening,
    closing: d.closing,
    signature: d.signature,
    paragraphs: d.paragraphs.map((p) => ({ ...p, statement: p.statement ?? null })),
  };
}

/**
 * The reports of the demo: 于洪区's 2020 report in the seed's words — reviewed, approved by the 常务会议,
 * signed, published before 1 April and frozen; three departments' 2020 reports in other states; and the
 * current year's district report in progress with the 区市场监督管理局's contribution. Through the services,
 * so each step is in the audit chain and the procedure's history.
 */
export async function loadReportsDemo(ctx: Ctx): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, demoOrgData().district.code);
  if (!district) throw new Error('reports demo: load the demo org first');
  const [existing] = await ctx.db.select({ id: reportDrafts.id }).from(reportDrafts).limit(1);
  if (existing) return;
  const data = reportsDemoData();
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const d = data.district2020;
  const report = 'rule_of_law_annual' as const;

  const draft = await createDraft(on(ctx, coordinator, '2021-01-11'), { report, year: d.year });
  await importDraftText(on(ctx, coordinator, '2021-01-15'), draft.id, seedDraft(data));
  await walk(ctx, coordinator, draft.id, {
    state: 'published',
    meeting: d.approval.meeting,
    meetingOn: d.approval.meetingOn,
    minutesRef: d.approval.minutesRef,
    signers: d.signers,
    signedOn: d.signedOn,
    publishedOn: d.publishedOn,
  });

  await loadDisclosureReport2020(ctx, coordinator, data);

  for (const dept of data.departments2020) {
    const own = await createDraft(on(ctx, coordinator, '2021-01-18'), {
      report,
      year: d.year,
      unit: dept.unit,
    });
    await walk(ctx, coordinator, own.id, dept);
  }

  const year = Number(ctx.today.slice(0, 4));
  const current = await createDraft(on(ctx, coordinator, ctx.today), { report, year });
  const c = data.current.contribution;
  const unit = await getOrgUnitByCode(ctx.db, c.unit);
  const officer = await actingUser(ctx.db, {
    role: 'department_officer',
    orgUnitId: unit?.id,
    districtId: district.id,
  });
  await addParagraph(on(ctx, officer, ctx.today), current.id, {
    section: c.section,
    area: c.area,
    text: c.text,
    lead: null,
  });
}

/**
 * The district government's 2020 政府信息公开工作年度报告: generated from the statements, 五 drafted from the
 * indicators' suggestions and the improvement paragraph, then approved, signed and published by 31 March.
 */
async function loadDisclosureReport2020(ctx: Ctx, coordinator: Actor, data: ReportsDemoData): Promise<void> {
  const d = data.disclosure2020;
  const input = { report: 'disclosure_annual' as const, year: data.district2020.year };
  const at = on(ctx, coordinator, '2021-01-12');
  const draft = await createDraft(at, input);
  const { suggestions } = await suggestParagraphs(ctx.db, coordinator, input);
  const shortfalls = suggestions.map((s) => s.paragraph).filter((p) => p.section === 5);
  for (const p of [...shortfalls, { section: 5, text: d.improvements, lead: undefined }])
    await addParagraph(at, draft.id, { section: p.section, area: null, lead: p.lead ?? null, text: p.text });
  await walk(ctx, coordinator, draft.id, {
    state: 'published',
    ...d.approval,
    signers: d.signers,
    signedOn: d.signedOn,
    publishedOn: d.publishedOn,
  });
}

/** Moves a report along its procedure up to the state named, each step on its own day. */
async function walk(
  ctx: Ctx,
  actor: Actor,
  id: string,
  to: Omit<z.infer<typeof DepartmentReport>, 'unit'>,
): Promise<void> {
  const submitOn = to.meetingOn ? dayBefore(to.meetingOn) : '2021-02-20';
  await fireReportTransition(on(ctx, actor, submitOn), id, 'submit_for_review', { note: null });
  if (to.state === 'in_review') return;
  const meetingOn = to.meetingOn as string;
  await fireReportTransition(on(ctx, actor, meetingOn), id, 'approve', {
    meeting: to.meeting,
    meetingOn,
    minutesRef: to.minutesRef,
  });
  const signedOn = to.signedOn as string;
  await fireReportTransition(on(ctx, actor, signedOn), id, 'sign', {
    signers: to.signers,
    on: signedOn,
    acknowledgeWarnings: true,
  });
  if (to.state === 'signed') return;
  const publishedOn = to.publishedOn as string;
  await fireReportTransition(on(ctx, actor, publishedOn), id, 'publish', { on: publishedOn });
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
