import { eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import {
  CASE_KINDS,
  type CaseKind,
  type Circumstance,
  type DecisionOutcome,
  type PartyType,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import type { FieldError } from '../../../../platform/errors.js';
import type { FieldProblem } from '../../../../platform/io/index.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { powers } from '../../../powers/index.js';
import type { CaseLedgerRow } from '../io.js';
import { checkDiscretion, isMajorByAmount } from '../../rules/discretion.js';
import { parseKindsText } from '../../rules/penalty-rights.js';
import { enforcementBenchmarks, enforcementOfficers } from '../../registry/schema.js';
import type { EnforcementSettings } from '../../registry/service/lookups.js';
import { type DecideForm, outcomeProblems } from './decide.js';
import { bodyProblems, type OpenCaseForm } from './open-case-checks.js';
import { penaltyTotal } from './records.js';

export type Problems = FieldProblem<CaseLedgerRow>[];

/** The district's lookups an import needs, loaded once for the whole file. */
export interface ImportLookups {
  unitOf: (text: string) => OrgUnit | undefined;
  officerByCertificate: Map<string, string>;
  benchmarkByCode: Map<
    string,
    {
      id: string;
      ranges: import('../../../../../common/contracts/enforcement/dictionaries.js').BenchmarkRange[];
    }
  >;
  powerByCode: (unitId: string, category: string) => Promise<Map<string, string>>;
  settings: EnforcementSettings;
}

/** Resolves a unit typed in a sheet: its code, full name or short name. */
function unitMatcher(units: readonly OrgUnit[]): (text: string) => OrgUnit | undefined {
  const byText = new Map<string, OrgUnit>();
  for (const u of units) {
    if (u.shortName) byText.set(u.shortName.trim(), u);
    byText.set(u.name.trim(), u);
  }
  for (const u of units) byText.set(u.code.trim(), u);
  return (text) => byText.get(text.trim());
}

export async function loadImportLookups(
  db: Executor,
  districtId: string,
  bodies: OrgUnit[],
  settings: EnforcementSettings,
): Promise<ImportLookups> {
  const officers = await db
    .select({ id: enforcementOfficers.id, cert: enforcementOfficers.certificateNumber })
    .from(enforcementOfficers)
    .where(eq(enforcementOfficers.districtId, districtId));
  const benchmarks = await db
    .select({
      id: enforcementBenchmarks.id,
      code: enforcementBenchmarks.code,
      ranges: enforcementBenchmarks.ranges,
    })
    .from(enforcementBenchmarks)
    .where(eq(enforcementBenchmarks.districtId, districtId));
  const powerCache = new Map<string, Map<string, string>>();
  const powerByCode = async (unitId: string, category: string) => {
    const key = `${unitId}/${category}`;
    if (!powerCache.has(key)) {
      const held = await powers.findUnitPowers(db, unitId, category);
      powerCache.set(key, new Map(held.map((p) => [p.code, p.id])));
    }
    return powerCache.get(key)!;
  };
  return {
    unitOf: unitMatcher(bodies),
    officerByCertificate: new Map(officers.map((o) => [o.cert.trim(), o.id])),
    benchmarkByCode: new Map(benchmarks.map((b) => [b.code.trim(), { id: b.id, ranges: b.ranges }])),
    powerByCode,
    settings,
  };
}

const FIELD_OF: Record<string, keyof CaseLedgerRow & string> = {
  orgUnitId: 'orgUnit',
  powerItemId: 'powerItemCode',
  benchmarkId: 'benchmarkCode',
  handlerOfficerIds: 'handlerCertificates',
  openedOn: 'openedOn',
  caseNumber: 'caseNumber',
};

/** openCase's field errors as the sheet's columns (handlerOfficerIds.1 → 执法人员证件号). */
export function asColumns(errors: FieldError[]): Problems {
  return errors.map((e) => ({ field: FIELD_OF[e.path.split('.')[0]!] ?? 'caseNumber', message: e.message }));
}

/** The 立案 part of a row as openCase's form, or the row's problems finding what it names. */
export async function openingForm(
  row: CaseLedgerRow,
  actor: Actor,
  l: ImportLookups,
): Promise<{ form: OpenCaseForm; unit: OrgUnit } | Problems> {
  const unit = l.unitOf(row.orgUnit);
  const problems = asColumns(bodyProblems(unit, actor));
  const kind = row.kind as CaseKind;
  const category = CASE_KINDS.find((k) => k.code === kind)!;
  const powerId = unit
    ? (await l.powerByCode(unit.id, category.powerCategory)).get(row.powerItemCode.trim())
    : undefined;
  if (unit && !powerId)
    problems.push({
      field: 'powerItemCode',
      message: `“${row.powerItemCode}”不是该执法主体现行有效的${category.label}类权责清单事项`,
    });
  const certs = row.handlerCertificates.split(/[、,，;；\s]+/).filter(Boolean);
  const officerIds = certs.map((c) => l.officerByCertificate.get(c));
  certs.forEach((c, i) => {
    if (!officerIds[i])
      problems.push({ field: 'handlerCertificates', message: `未找到证件号为“${c}”的执法人员` });
  });
  if (certs.length < 2)
    problems.push({
      field: 'handlerCertificates',
      message: '执法人员不得少于两人（《行政处罚法》第四十二条）',
    });
  const benchmark = row.benchmarkCode ? l.benchmarkByCode.get(row.benchmarkCode.trim()) : undefined;
  if (row.benchmarkCode && !benchmark)
    problems.push({ field: 'benchmarkCode', message: `未找到编号为“${row.benchmarkCode}”的裁量基准` });
  if (problems.length > 0 || !unit || !powerId) return problems;
  return { unit, form: formOf(row, unit, powerId, officerIds as string[], benchmark?.id ?? null) };
}

function formOf(
  row: CaseLedgerRow,
  unit: OrgUnit,
  powerItemId: string,
  handlerOfficerIds: string[],
  benchmarkId: string | null,
): OpenCaseForm {
  return {
    orgUnitId: unit.id,
    kind: row.kind as CaseKind,
    powerItemId,
    benchmarkId,
    caseNumber: row.caseNumber.trim(),
    cause: row.cause,
    source: row.source,
    inspectionId: null,
    partyType: row.partyType as PartyType,
    partyName: row.partyName,
    partyOperatorName: row.partyOperatorName,
    partyIdNumber: row.partyIdNumber,
    partyPhone: row.partyPhone,
    partyAddress: row.partyAddress,
    facts: null,
    openedOn: row.openedOn,
    discoveredOn: row.discoveredOn,
    openingExtended: row.openingExtended ?? false,
    violationOn: row.violationOn,
    concernsLifeHealthOrFinance: row.concernsLifeHealthOrFinance ?? false,
    handlerOfficerIds,
    isMajor: false,
    majorReasons: [],
    collectiveRequired: false,
  };
}

/** The decision part of a row as decide's form (null: not decided), for the same checks as decide. */
export function decisionForm(row: CaseLedgerRow): DecideForm | null {
  if (!row.decidedOn) return null;
  return {
    on: row.decidedOn,
    outcome: row.outcome as DecisionOutcome,
    circumstance: (row.circumstance as Circumstance | null) ?? null,
    fineAmount: row.fineAmount,
    confiscationAmount: row.confiscationAmount,
    decisionText: row.decisionText ?? '',
    decisionBasis: row.decisionBasis,
    deviationReason: row.deviationReason,
    penaltyKinds: parseKindsText(row.penaltyKinds).kinds,
  };
}

/** The dates of the later steps must follow one another and not lie in the future. */
function dateProblems(row: CaseLedgerRow, today: IsoDate): Problems {
  const p: Problems = [];
  const after = (
    field: keyof CaseLedgerRow & string,
    value: string | null,
    floor: string | null,
    what: string,
  ) => {
    if (!value) return;
    if (!floor) p.push({ field, message: `填写${what}后才能填写此项` });
    else if (value < floor) p.push({ field, message: `不能早于${what}（${floor}）` });
    else if (value > today) p.push({ field, message: '不能晚于今天' });
  };
  after('reviewedOn', row.reviewedOn, row.openedOn, '立案日期');
  after(
    'decidedOn',
    row.decidedOn,
    row.reviewedOn ?? row.openedOn,
    row.reviewedOn ? '法制审核通过日期' : '立案日期',
  );
  after('servedOn', row.servedOn, row.decidedOn, '决定日期');
  after('publishedOn', row.publishedOn, row.decidedOn, '决定日期');
  after('closedOn', row.closedOn, row.servedOn ?? row.decidedOn, row.servedOn ? '送达日期' : '决定日期');
  return p;
}

/**
 * The decision fields checked as 决定 checks them: an outcome the kind can have with its amounts, the
 * benchmark (a deviation needs its reason), and a major decision needs its 法制审核 date (第五十八条).
 */
export function decisionProblems(
  row: CaseLedgerRow,
  form: OpenCaseForm,
  major: boolean,
  l: ImportLookups,
  today: IsoDate,
): Problems {
  const p = dateProblems(row, today);
  const d = decisionForm(row);
  if (!d) {
    for (const f of ['outcome', 'decisionNumber', 'fineAmount', 'confiscationAmount'] as const)
      if (row[f] !== null) p.push({ field: f, message: '未填写决定日期，不能填写决定事项' });
    return p;
  }
  if (!row.outcome) p.push({ field: 'outcome', message: '已决定的案件须填写决定结果' });
  const unknownKinds = parseKindsText(row.penaltyKinds).unknown;
  if (unknownKinds.length > 0)
    p.push({
      field: 'penaltyKinds',
      message: `“${unknownKinds.join('；')}”不是行政处罚的种类（《行政处罚法》第九条）`,
    });
  if (!row.decisionNumber) p.push({ field: 'decisionNumber', message: '已决定的案件须填写决定书文号' });
  if (row.outcome)
    p.push(
      ...outcomeProblems(form.kind, d).map((e) => ({
        field: e.path as keyof CaseLedgerRow & string,
        message: e.message,
      })),
    );
  const benchmark = row.benchmarkCode ? l.benchmarkByCode.get(row.benchmarkCode.trim()) : undefined;
  if (benchmark && d.fineAmount) {
    if (!d.circumstance) p.push({ field: 'circumstance', message: '本案适用裁量基准，请填写违法情节' });
    else {
      const check = checkDiscretion(benchmark.ranges, d.circumstance, d.fineAmount);
      if (check.kind === 'deviation' && !d.deviationReason)
        p.push({ field: 'deviationReason', message: `${check.message}，须填写偏离裁量基准的理由` });
    }
  }
  if (major && !row.reviewedOn)
    p.push({ field: 'reviewedOn', message: '重大执法决定须经法制审核，请填写法制审核通过日期' });
  return p;
}

/** Is the decision major by its 罚没 amount (the district's threshold)? */
export function majorByAmount(row: CaseLedgerRow, l: ImportLookups): boolean {
  return (
    row.kind === 'penalty' &&
    isMajorByAmount(
      l.settings,
      row.partyType as PartyType,
      penaltyTotal(row.fineAmount, row.confiscationAmount),
    )
  );
}
