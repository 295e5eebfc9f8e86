import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/index.js';
import { assertCan } from '../authz/index.js';
import type { Ctx } from '../context.js';
import type { Executor, Tx } from '../db/client.js';
import { conflict, validationFailed } from '../errors.js';
import {
  createOrgUnit,
  findDistricts,
  getOrgUnitByCode,
  type OrgUnit,
  placementProblem,
} from './org-service.js';
import { ORG_UNIT_TYPES, type OrgUnitType, orgUnits } from './schema.js';

/** The code the first start gives the district it opens before anyone has named it ("本行政区"). */
export const UNNAMED_DISTRICT_CODE = 'district';

/** 区划代码 as the State Council's code table writes it: six digits (210114), or the code the coordinator uses. */
const DISTRICT_CODE = /^[A-Za-z0-9-]{2,20}$/;

export interface SetUpUnit {
  code: string;
  name: string;
  type: OrgUnitType;
  /** The code of the unit above; the district when omitted. */
  parentCode?: string;
}

export interface SetUpDistrictInput {
  name: string;
  code: string;
  units?: readonly SetUpUnit[];
}

/** The district of an install that has not been set up yet (still "本行政区"), or null. */
export async function findUnnamedDistrict(db: Executor): Promise<OrgUnit | null> {
  const districts = await findDistricts(db);
  return districts.find((d) => d.code === UNNAMED_DISTRICT_CODE) ?? null;
}

function checkInput(input: SetUpDistrictInput): void {
  const problems = [
    ...(input.name.trim().length < 2 || input.name.length > 40
      ? [{ path: 'name', message: '行政区名称须为 2 至 40 个字' }]
      : []),
    ...(!DISTRICT_CODE.test(input.code) || input.code === UNNAMED_DISTRICT_CODE
      ? [{ path: 'code', message: '行政区代码须为 2 至 20 位字母、数字或连字符（如区划代码 210114）' }]
      : []),
    ...(input.units ?? []).flatMap((u, i) => unitProblems(u, `units.${i}`)),
    ...placementProblems(input),
  ];
  if (problems.length) throw validationFailed(problems);
}

function unitProblems(u: SetUpUnit, path: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!u.code?.trim()) problems.push({ path: `${path}.code`, message: '机构代码不能为空' });
  if (!u.name?.trim()) problems.push({ path: `${path}.name`, message: '机构名称不能为空' });
  if (!ORG_UNIT_TYPES.includes(u.type) || u.type === 'district')
    problems.push({ path: `${path}.type`, message: `机构类型须为：${ORG_UNIT_TYPES.slice(1).join('、')}` });
  return problems;
}

/**
 * Each unit's code is new in the list and its parent is the district or a unit listed above it, of a type it may
 * sit under: checked before writing so the screen lists every such row at once.
 */
function placementProblems(input: SetUpDistrictInput): { path: string; message: string }[] {
  const listed = new Map<string, OrgUnitType>();
  const problems: { path: string; message: string }[] = [];
  (input.units ?? []).forEach((u, i) => {
    const code = u.code?.trim();
    if (code && (listed.has(code) || code === input.code))
      problems.push({ path: `units.${i}.code`, message: `机构代码 ${code} 重复` });
    const parentCode = u.parentCode?.trim() || input.code;
    const parentType = parentCode === input.code ? 'district' : listed.get(parentCode);
    if (!parentType)
      problems.push({
        path: `units.${i}.parentCode`,
        message: `上级机构代码 ${parentCode} 不是行政区代码，也不是列在其上方的机构`,
      });
    const isKnownType = ORG_UNIT_TYPES.includes(u.type) && u.type !== 'district';
    const misplaced = parentType && isKnownType && placementProblem(u.type, parentType);
    if (misplaced) problems.push({ path: `units.${i}.type`, message: misplaced });
    if (code && ORG_UNIT_TYPES.includes(u.type)) listed.set(code, u.type);
  });
  return problems;
}

/**
 * The first-run set-up: names the district the first start opened as "本行政区" (its name and code) and adds
 * its units, in one transaction — one bad unit adds nothing. Refused once the district has its name.
 */
export async function setUpDistrict(tx: Tx, ctx: Ctx, input: SetUpDistrictInput): Promise<OrgUnit> {
  if (ctx.actor) assertCan(ctx.actor, 'org.manage');
  checkInput(input);
  const district = await findUnnamedDistrict(tx);
  if (!district) throw conflict('本系统的行政区已设置，不能再次初始化（机构调整请在组织机构中进行）');
  if (await getOrgUnitByCode(tx, input.code)) throw conflict(`机构代码 ${input.code} 已存在`);
  const [named] = await tx
    .update(orgUnits)
    .set({ name: input.name.trim(), code: input.code })
    .where(eq(orgUnits.id, district.id))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'org.district.set_up',
    subjectType: 'org_unit',
    subjectId: district.id,
    orgUnitId: district.id,
    districtId: district.id,
    before: { name: district.name, code: district.code },
    after: { name: named!.name, code: named!.code },
  });
  for (const unit of input.units ?? []) {
    await createOrgUnit(tx, ctx, { ...unit, parentCode: unit.parentCode || input.code });
  }
  return named as OrgUnit;
}
