import { and, eq, isNull } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { OpenCaseBody } from '../../../../../common/contracts/enforcement/cases.js';
import {
  CASE_KINDS,
  type CaseKind,
  type MajorReason,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import { POWER_CATEGORIES } from '../../../../../common/contracts/powers.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { AppError, type FieldError } from '../../../../platform/errors.js';
import { type OrgUnit, orgUnits } from '../../../../platform/org/index.js';
import { powers } from '../../../powers/index.js';
import { mayActForUnit } from '../../policy.js';
import { enforcementCases } from '../schema.js';
import { type BenchmarkRow, enforcementBenchmarks, enforcementBodies } from '../../registry/schema.js';
import { assertOfficersMayHandle, isInMajorCatalogue } from '../../registry/service/lookups.js';

export type OpenCaseForm = z.output<typeof OpenCaseBody>;
type HeldPower = Awaited<ReturnType<typeof powers.findHeldPowers>>[number];

const categoryLabel = (code: string) => POWER_CATEGORIES.find((c) => c.code === code)?.label ?? code;

/**
 * Problems with the power a case exercises: it must be the body's, in force, and of the kind's category
 * (penalty → 行政处罚, coercion → 行政强制, licensing → 行政许可). Decision 0011 §1.
 */
export function powerProblems(power: HeldPower | undefined, unit: OrgUnit, kind: CaseKind): FieldError[] {
  const path = 'powerItemId';
  const kindDef = CASE_KINDS.find((k) => k.code === kind)!;
  if (!power || power.districtId !== unit.districtId)
    return [{ path, message: '未找到所选职权（权责清单事项）' }];
  if (power.orgUnitId !== unit.id) return [{ path, message: '所选职权不属于该执法主体' }];
  if (power.category !== kindDef.powerCategory) {
    return [
      {
        path,
        message: `所选职权属于“${categoryLabel(power.category)}”类，不能据以办理${kindDef.label}案件`,
      },
    ];
  }
  if (!power.isInForce) return [{ path, message: '所选职权不在现行有效的权责清单中' }];
  return [];
}

/** The benchmark must be the body's own or district-wide, active, and (if it names one) for this power. */
export function benchmarkProblems(
  benchmark: BenchmarkRow | undefined,
  unit: OrgUnit,
  powerItemId: string,
): FieldError[] {
  const path = 'benchmarkId';
  if (!benchmark || benchmark.districtId !== unit.districtId) return [{ path, message: '未找到该裁量基准' }];
  if (benchmark.orgUnitId && benchmark.orgUnitId !== unit.id)
    return [{ path, message: '该裁量基准不属于本执法主体，也不是全区通用基准' }];
  if (!benchmark.isActive) return [{ path, message: '该裁量基准已停用' }];
  if (benchmark.powerItemId && benchmark.powerItemId !== powerItemId)
    return [{ path, message: '该裁量基准不适用于所选职权' }];
  return [];
}

/** The officers' problems as field errors (assertOfficersMayHandle names each officer at fault). */
async function officerProblems(db: Executor, form: OpenCaseForm, unit: OrgUnit): Promise<FieldError[]> {
  try {
    await assertOfficersMayHandle(db, form.handlerOfficerIds, unit.id, form.openedOn);
    return [];
  } catch (error) {
    if (error instanceof AppError && error.fields) return error.fields;
    throw error;
  }
}

export async function loadBenchmark(db: Executor, id: string): Promise<BenchmarkRow | undefined> {
  const [row] = await db.select().from(enforcementBenchmarks).where(eq(enforcementBenchmarks.id, id));
  return row;
}

async function caseNumberTaken(db: Executor, districtId: string, caseNumber: string): Promise<boolean> {
  const [row] = await db
    .select({ id: enforcementCases.id })
    .from(enforcementCases)
    .where(and(eq(enforcementCases.districtId, districtId), eq(enforcementCases.caseNumber, caseNumber)));
  return row !== undefined;
}

/** Is the unit a confirmed enforcement body the actor may open cases for? Problems on orgUnitId if not. */
export function bodyProblems(unit: OrgUnit | undefined, actor: Actor): FieldError[] {
  const path = 'orgUnitId';
  if (!unit) return [{ path, message: '该单位不是本区已确认（且未撤销确认）的行政执法主体' }];
  if (!mayActForUnit(actor, unit)) return [{ path, message: `只能为本单位立案，不能为“${unit.name}”立案` }];
  return [];
}

/**
 * Everything 立案 checks beyond the form's shape, as field errors (empty: the case may be opened): the power,
 * the two certified officers on the opening day (处罚法 第四十二条), the benchmark, the date and the number.
 */
export async function openCaseProblems(
  db: Executor,
  form: OpenCaseForm,
  unit: OrgUnit,
  today: IsoDate,
): Promise<FieldError[]> {
  const [power] = await powers.findHeldPowers(db, [form.powerItemId]);
  const problems = [...powerProblems(power, unit, form.kind)];
  problems.push(...(await officerProblems(db, form, unit)));
  if (form.benchmarkId) {
    const benchmark = await loadBenchmark(db, form.benchmarkId);
    problems.push(...benchmarkProblems(benchmark, unit, form.powerItemId));
  }
  if (form.openedOn > today) problems.push({ path: 'openedOn', message: '立案日期不能晚于今天' });
  if (form.discoveredOn && form.discoveredOn > form.openedOn)
    problems.push({ path: 'discoveredOn', message: '发现线索或收到材料的日期不能晚于立案日期' });
  if (form.violationOn && form.violationOn > (form.discoveredOn ?? form.openedOn))
    problems.push({ path: 'violationOn', message: '违法行为发生日期不能晚于发现（立案）日期' });
  if (await caseNumberTaken(db, unit.districtId, form.caseNumber))
    problems.push({ path: 'caseNumber', message: `案件编号“${form.caseNumber}”已存在` });
  if (form.isMajor && form.majorReasons.length === 0)
    problems.push({ path: 'majorReasons', message: '标记为重大执法决定时，请选择重大情形' });
  return problems;
}

/**
 * Is the case major (重大执法决定, 处罚法 第五十八条), and why: what the body said, plus the body's catalogue
 * (重大执法决定法制审核目录) when the power is listed in it.
 */
export async function majorOnOpening(
  db: Executor,
  form: Pick<OpenCaseForm, 'isMajor' | 'majorReasons' | 'powerItemId'>,
  orgUnitId: string,
): Promise<{ isMajor: boolean; majorReasons: MajorReason[] }> {
  const reasons = new Set<MajorReason>(form.majorReasons);
  if (await isInMajorCatalogue(db, orgUnitId, form.powerItemId)) reasons.add('catalogue');
  return { isMajor: form.isMajor || reasons.size > 0, majorReasons: [...reasons] };
}

/** The confirmed, unrevoked enforcement bodies of the district (org units), for matching a form or a sheet. */
export async function confirmedBodies(db: Executor, districtId: string): Promise<OrgUnit[]> {
  const rows = await db
    .select({ unit: orgUnits })
    .from(enforcementBodies)
    .innerJoin(orgUnits, eq(orgUnits.id, enforcementBodies.orgUnitId))
    .where(and(eq(enforcementBodies.districtId, districtId), isNull(enforcementBodies.revokedOn)));
  return rows.map((r) => r.unit);
}
