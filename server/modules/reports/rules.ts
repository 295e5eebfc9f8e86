/**
 * The reports module's pure rules (decision 0036): the deadlines of a report, the paragraph edits of a draft,
 * the seal of a frozen report and the differences a recomputation shows against it. No database, no clock.
 */
import type { AnnualReport, ReportKind } from '../../../common/contracts/reports/annual.js';
import type {
  DraftParagraphInput,
  ReportDeadlineOut,
  ReportDifference,
  ReportDraftStatus,
} from '../../../common/contracts/reports/drafts.js';
import { canonicalJson, sm3 } from '../../platform/audit/index.js';
import type { DraftParagraph, ReportDraft } from '../../platform/reports/index.js';

/** A deadline of a report as data: which report, whose, the last day it is on time, and its basis. */
export interface ReportDeadlineDef {
  key: string;
  report: ReportKind;
  /** The district's own report, or a department's. */
  unit: 'district' | 'department';
  /** What must be done by then: reported to the district, or published. */
  act: 'submitted' | 'published';
  label: string;
  /** The last day on time, in the year after the report's year (MM-DD): "before 1 April" is 03-31. */
  lastDay: string;
  basis: string;
}

// Calendar dates, not periods: "每年4月1日之前" names a day, so it does not move off a weekend (decision 0036 §4).
export const REPORT_DEADLINES: readonly ReportDeadlineDef[] = [
  {
    key: 'reports.district_published',
    report: 'rule_of_law_annual',
    unit: 'district',
    act: 'published',
    label: '法治政府建设年度报告向社会公开（4月1日前）',
    lastDay: '03-31',
    // Basis: 法治政府建设与责任落实督察工作规定 第二十四条
    basis: '《法治政府建设与责任落实督察工作规定》第二十四条',
  },
  {
    key: 'reports.department_submitted',
    report: 'rule_of_law_annual',
    unit: 'department',
    act: 'submitted',
    label: '部门法治政府建设年度报告报送区委、区政府（3月1日前）',
    lastDay: '02-28',
    // Basis: 督察规定 (厅字〔2019〕28号), reports of 县级以上政府部门 before 1 March; legal-rules.md §10.1
    basis: '《法治政府建设与责任落实督察工作规定》（部门3月1日前报告）',
  },
  {
    key: 'reports.department_published',
    report: 'rule_of_law_annual',
    unit: 'department',
    act: 'published',
    label: '部门法治政府建设年度报告向社会公开（4月1日前）',
    lastDay: '03-31',
    // Basis: 法治政府建设与责任落实督察工作规定 第二十四条 (县级以上政府部门 too)
    basis: '《法治政府建设与责任落实督察工作规定》第二十四条',
  },
  {
    key: 'reports.disclosure_department_published',
    report: 'disclosure_annual',
    unit: 'department',
    act: 'published',
    label: '部门政府信息公开工作年度报告公布（1月31日前）',
    lastDay: '01-31',
    // Basis: 政府信息公开条例 第四十九条第一款
    basis: '《政府信息公开条例》第四十九条第一款',
  },
  {
    key: 'reports.disclosure_district_published',
    report: 'disclosure_annual',
    unit: 'district',
    act: 'published',
    label: '区政府政府信息公开工作年度报告公布（3月31日前）',
    lastDay: '03-31',
    // Basis: 政府信息公开条例 第四十九条第二款 (本级政府's report by 31 March)
    basis: '《政府信息公开条例》第四十九条第二款',
  },
];

/** The last day of February of a year (a leap year's 29th is still before 1 March). */
function lastDayOn(year: number, mmdd: string): string {
  if (mmdd !== '02-28') return `${year}-${mmdd}`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-02-${leap ? '29' : '28'}`;
}

/** The statuses by which each act is done. */
const DONE_BY: Record<ReportDeadlineDef['act'], readonly ReportDraftStatus[]> = {
  submitted: ['in_review', 'approved', 'signed', 'published', 'archived'],
  published: ['published', 'archived'],
};

export interface DeadlineFacts {
  report: ReportKind;
  year: number;
  isDistrict: boolean;
  status: ReportDraftStatus;
  /** The day the act was done, when known (publication); else done counts as on time. */
  publishedOn: string | null;
  today: string;
}

/** The deadlines of one report with their due date and whether they are met, open or overdue. */
export function reportDeadlines(f: DeadlineFacts): ReportDeadlineOut[] {
  const unit = f.isDistrict ? 'district' : 'department';
  return REPORT_DEADLINES.filter((d) => d.report === f.report && d.unit === unit).map((d) => {
    const dueOn = lastDayOn(f.year + 1, d.lastDay);
    const done = DONE_BY[d.act].includes(f.status);
    const doneOn = d.act === 'published' ? f.publishedOn : null;
    const status = done
      ? doneOn && doneOn > dueOn
        ? 'overdue'
        : 'met'
      : f.today > dueOn
        ? 'overdue'
        : 'open';
    return { key: d.key, label: d.label, dueOn, basis: d.basis, status };
  });
}

/** SM3 of the frozen report's canonical JSON: the same report always seals the same. */
export function sealOf(doc: AnnualReport): string {
  return sm3(canonicalJson(doc));
}

type FigureAt = { id: string; where: string; value: number };

function figuresIn(doc: AnnualReport): FigureAt[] {
  const out: FigureAt[] = [];
  for (const section of doc.sections)
    for (const p of section.paragraphs)
      for (const f of p.figures)
        out.push({
          id: f.cell ? `${f.key}:${f.cell}` : f.key,
          where: p.id ?? `section:${section.no}`,
          value: f.value,
        });
  for (const [name, table] of Object.entries(doc.tables))
    for (const row of table.layout)
      for (const cell of row)
        if (cell.figure)
          out.push({
            id: cell.figure.cell ? `${cell.figure.key}:${cell.figure.cell}` : cell.figure.key,
            where: `table:${name}`,
            value: cell.figure.value,
          });
  return out;
}

/**
 * What a recomputation now states differently from the frozen report: each figure (where it stands, its frozen
 * value, its value now), and the frozen figures nobody computes any more. The frozen report is never changed.
 */
export function differencesBetween(
  frozen: AnnualReport,
  now: AnnualReport,
): { differences: ReportDifference[]; missing: string[] } {
  const current = new Map(figuresIn(now).map((f) => [`${f.where}|${f.id}`, f.value]));
  const differences: ReportDifference[] = [];
  const missing: string[] = [];
  for (const f of figuresIn(frozen)) {
    const value = current.get(`${f.where}|${f.id}`);
    if (value === undefined) missing.push(f.id);
    else if (value !== f.value)
      differences.push({ figure: f.id, where: f.where, frozen: f.value, now: value });
  }
  return { differences, missing: [...new Set(missing)] };
}

/** The report as the public reads it: the staff-only drill-down links and the checks taken out. */
export function publicReport(doc: AnnualReport) {
  const { checks: _checks, ...rest } = doc;
  return {
    ...rest,
    sections: doc.sections.map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) => ({ ...p, figures: p.figures.map(({ href: _h, ...f }) => f) })),
    })),
    tables: Object.fromEntries(
      Object.entries(doc.tables).map(([name, t]) => [
        name,
        { ...t, layout: t.layout.map((row) => row.map(({ href: _h, ...cell }) => cell)) },
      ]),
    ),
  };
}

// ---- Paragraph edits (pure: a draft in, a draft out) ----

const inPlace = (p: DraftParagraph, section: number, area: string | undefined) =>
  p.section === section && (p.area ?? null) === (area ?? null);

/** The order after the last paragraph of that section (and area). */
export function nextOrder(draft: ReportDraft, section: number, area?: string): number {
  const orders = draft.paragraphs.filter((p) => inPlace(p, section, area)).map((p) => p.order);
  return orders.length ? Math.max(...orders) + 10 : 10;
}

/** A paragraph as the input says it (placeholders kept as typed), in place of `before` or new. */
export function paragraphFrom(
  input: DraftParagraphInput,
  base: { id: string; statement: string | null; contributedBy?: string; order: number },
): DraftParagraph {
  return {
    id: base.id,
    section: input.section,
    ...(input.area ? { area: input.area } : {}),
    order: input.order ?? base.order,
    statement: base.statement,
    ...(input.lead ? { lead: input.lead } : {}),
    text: input.text,
    ...(input.overrides?.length ? { overrides: input.overrides } : {}),
    ...(base.contributedBy ? { contributedBy: base.contributedBy } : {}),
  };
}

/**
 * Regeneration: the statements' paragraphs as they are generated now, except those the draft already has
 * (kept as edited, or dropped if the coordinator dropped them — `dropped` remembers those); prose stays.
 */
export function regenerate(
  draft: ReportDraft,
  generated: DraftParagraph[],
  dropped: readonly string[],
): ReportDraft {
  const have = new Set(draft.paragraphs.map((p) => p.id));
  const fresh = generated.filter((p) => !have.has(p.id) && !dropped.includes(p.id));
  return { ...draft, paragraphs: [...draft.paragraphs, ...fresh] };
}

/**
 * The sign-off gate over the report's checks: any error blocks; warnings block until acknowledged. Null when the
 * report may be signed. Basis: issue #12 "Consistency checks before sign-off"; decision 0036 §3.
 */
export function signOffProblems(
  checks: readonly { level: string; message: string; keys: string[] }[],
  acknowledged: boolean,
): { code: string; message: string; checks: typeof checks } | null {
  const errors = checks.filter((c) => c.level === 'error');
  if (errors.length > 0)
    return {
      code: 'REPORT_CHECKS_FAILED',
      message: `一致性检查未通过，不能签署：${errors.map((c) => c.message).join('；')}`,
      checks: errors,
    };
  const warnings = checks.filter((c) => c.level === 'warning');
  if (warnings.length > 0 && !acknowledged)
    return {
      code: 'WARNINGS_NOT_ACKNOWLEDGED',
      message: `签署前请确认以下提示：${warnings.map((c) => c.message).join('；')}`,
      checks: warnings,
    };
  return null;
}
