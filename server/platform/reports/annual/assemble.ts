/**
 * The report engine (decision 0031): a report for a year and a unit, assembled from the template of its year,
 * the statements and tables of the installed modules, and the draft — every figure computed from the records
 * in the unit's scope, with last year's value, and the consistency checks of what it says.
 */
import type { AnnualReport, ReportCheck } from '../../../../common/contracts/reports/annual.js';
import type { Actor } from '../../context.js';
import { isDistrictWide, isInScope } from '../../authz/index.js';
import type { Executor } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { defaultDistrictId, getOrgUnit, getOrgUnitByCode, type OrgUnit } from '../../org/index.js';
import type { MetricScope } from '../define-metric.js';
import { paragraphChecks, unknownFigureChecks } from './checks.js';
import { getStatement, type ReportKey, reportTableOf, statementsOf } from './define-statement.js';
import { type DraftParagraph, generateDraft, type ReportDraft } from './draft.js';
import { statedFigures } from './agreements.js';
import { crossReportChecks, emptyPlanChecks } from './cross-report.js';
import {
  computeFigures,
  computePreviousYear,
  type FigureValue,
  figureLabel,
  periodOfYear,
} from './figures.js';
import { renderReport } from './render.js';
import { figureId, figureRefs } from './sentence.js';
import { type TemplateVersion, templateFor, type TitleWords } from './template.js';
import { yearOnYearChecks } from './year-over-year.js';

/** Who asks: a user, or the trusted CLI ('system', any unit of the install). */
export type ReportReader = Actor | 'system';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findUnit(db: Executor, ref: string): Promise<OrgUnit> {
  const unit = UUID.test(ref) ? await getOrgUnit(db, ref) : await getOrgUnitByCode(db, ref);
  if (!unit) throw notFound('机构');
  return unit;
}

/**
 * The unit whose report it is: the one named (by code or id), else the reader's — the district for a
 * district-wide role, the reader's own unit otherwise. A unit outside the reader's scope is NOT_FOUND.
 */
export async function resolveReportUnit(
  db: Executor,
  reader: ReportReader,
  ref?: string,
): Promise<{ unit: OrgUnit; scope: MetricScope }> {
  const id =
    reader === 'system'
      ? await defaultDistrictId(db)
      : isDistrictWide(reader)
        ? reader.districtId
        : reader.orgUnitId;
  const unit = ref ? await findUnit(db, ref) : await getOrgUnit(db, id);
  if (reader !== 'system' && !isInScope(reader, { orgPath: unit.path, districtId: unit.districtId }))
    throw notFound('机构');
  return {
    unit,
    scope: { districtId: unit.districtId, orgPath: unit.type === 'district' ? null : unit.path },
  };
}

/** The names a template fills in: 于洪区人民政府 / 于洪区 for the district; a department's own name. */
export async function titleWords(db: Executor, unit: OrgUnit, year: number): Promise<TitleWords> {
  if (unit.type === 'district') return { year, unit: `${unit.name}人民政府`, unitShort: unit.name };
  const district = await getOrgUnit(db, unit.districtId);
  // 区司法局 → 于洪区司法局: a department's report names its district.
  const full = unit.name.startsWith('区') ? `${district.name}${unit.name.slice(1)}` : unit.name;
  return { year, unit: full, unitShort: full };
}

/** The template version of the report year, or a VALIDATION_FAILED naming the year. */
export function requireTemplate(report: ReportKey, year: number): TemplateVersion {
  const template = templateFor(report, year);
  if (!template)
    throw new AppError('VALIDATION_FAILED', `${year} 年度没有该报告的模板`, [
      { path: 'querystring.year', message: '该年度没有适用的报告模板' },
    ]);
  return template;
}

export interface AssembleInput {
  report: ReportKey;
  year: number;
  unit?: string;
  /** The stored draft; omitted = the draft the installed statements generate. */
  draft?: ReportDraft | null;
  /** The other report's stored draft of the same year and unit, for the cross-report checks (decision 0037). */
  companions?: Partial<Record<ReportKey, ReportDraft | null>>;
}

const figureIdsOf = (paragraphs: DraftParagraph[]) =>
  paragraphs.flatMap((p) => [
    ...figureRefs(p.text).map(figureId),
    ...(p.overrides ?? []).map((o) => o.figure),
  ]);

/** The report of a year for a unit, computed now from the records. */
export async function assembleReport(
  db: Executor,
  reader: ReportReader,
  input: AssembleInput,
): Promise<AnnualReport> {
  const template = requireTemplate(input.report, input.year);
  const { unit, scope } = await resolveReportUnit(db, reader, input.unit);
  const words = await titleWords(db, unit, input.year);
  const period = periodOfYear(input.year);
  const draft = input.draft ?? {
    paragraphs: generateDraft(template, statementsOf(input.report, input.year)),
  };
  const ids = figureIdsOf(draft.paragraphs);
  const current = await computeFigures(db, scope, period, ids);
  const previous = await computePreviousYear(db, scope, input.year, ids);
  const text = renderReport({
    template,
    words,
    period,
    paragraphs: draft.paragraphs,
    values: current.values,
    previous,
  });
  const tables = await computeTables(db, input.report, template, { year: input.year, period, scope });
  const checks: ReportCheck[] = [
    ...draft.paragraphs.flatMap((p) =>
      paragraphChecks(p, p.statement ? getStatement(p.statement) : undefined, current.values),
    ),
    ...unknownFigureChecks(current.unknown),
    ...tables.checks,
    ...(await beyondTheSentences(db, {
      input,
      template,
      scope,
      text,
      tables: tables.byName,
      draft,
      current,
    })),
  ];
  return {
    report: input.report,
    year: input.year,
    unit: { id: unit.id, code: unit.code, name: words.unit },
    template: { id: template.id, basis: template.basis },
    format: template.tableFormat ?? null,
    ...text,
    ...(draft.title ? { title: draft.title } : {}),
    ...(draft.opening ? { opening: draft.opening } : {}),
    ...(draft.closing ? { closing: draft.closing } : {}),
    tables: tables.byName,
    signature: draft.signature ?? { organs: [words.unit], dateOn: null },
    checks,
  };
}

/** Checks against the other report, last year and the template's drafted sections (decision 0037). */
async function beyondTheSentences(
  db: Executor,
  a: {
    input: AssembleInput;
    template: TemplateVersion;
    scope: MetricScope;
    text: Pick<AnnualReport, 'sections'>;
    tables: AnnualReport['tables'];
    draft: ReportDraft;
    current: { values: Map<string, FigureValue> };
  },
): Promise<ReportCheck[]> {
  const stated = statedFigures(a.draft.paragraphs, a.current.values);
  const figures = a.text.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.figures));
  return [
    ...(await crossReportChecks(db, { ...a.input, scope: a.scope, stated, tables: a.tables })),
    ...yearOnYearChecks(
      figures.map((f) => {
        const id = f.cell ? `${f.key}:${f.cell}` : f.key;
        const unit = a.current.values.get(id)?.unit ?? 'count';
        return { id, label: figureLabel(id), value: f.value, previous: f.previous, unit };
      }),
      a.template.yearOnYear,
    ),
    ...emptyPlanChecks(a.template, a.input.report, a.draft.paragraphs),
  ];
}

/** The template's table sections, each computed by the module that declares it (absent when not installed). */
async function computeTables(
  db: Executor,
  report: ReportKey,
  template: TemplateVersion,
  args: { year: number; period: { from: string; to: string }; scope: MetricScope },
): Promise<{ byName: AnnualReport['tables']; checks: ReportCheck[] }> {
  const byName: AnnualReport['tables'] = {};
  const checks: ReportCheck[] = [];
  for (const section of template.sections) {
    if (!section.table) continue;
    const def = reportTableOf(report, section.table);
    if (!def) {
      checks.push({ level: 'warning', message: `表${section.table}所需的模块未安装`, keys: [] });
      continue;
    }
    const result = await def.compute({ db, ...args, format: template.tableFormat ?? '' });
    byName[section.table] = {
      rows: result.rows,
      layout: result.layout,
      ...(result.figures ? { figures: result.figures } : {}),
    };
    checks.push(...result.checks);
  }
  return { byName, checks };
}
