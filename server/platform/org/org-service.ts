import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { assertCan } from '../authz/permissions.js';
import type { Ctx } from '../context.js';
import type { Executor, Tx } from '../db/client.js';
import { conflict, notFound, validationFailed } from '../errors.js';
import { isValidDocumentPrefix } from '../documents/numbering.js';
import { ORG_UNIT_TYPES, type OrgUnitType, orgUnits } from './schema.js';

export type OrgUnit = typeof orgUnits.$inferSelect;

export const ORG_UNIT_TYPE_LABELS: Record<OrgUnitType, string> = {
  district: '区（县）',
  department: '部门',
  enforcement_body: '行政执法机构',
  street: '街道（乡镇）',
  village: '村（社区）',
  grid: '网格',
};

/** Which unit types may sit directly under which: the tree of DESIGN.md §3 (district → … → grid). */
const ALLOWED_PARENTS: Record<OrgUnitType, readonly OrgUnitType[]> = {
  district: [],
  department: ['district'],
  enforcement_body: ['district', 'department'],
  street: ['district'],
  village: ['street'],
  grid: ['street', 'village'],
};

export interface CreateOrgUnitInput {
  code: string;
  name: string;
  shortName?: string | null;
  /** 发文机关代字; absent → derived from the short name (platform/documents). */
  documentPrefix?: string | null;
  type: OrgUnitType;
  parentCode?: string;
  parentId?: string;
  sortOrder?: number;
}

/** Adds a unit under its parent, deriving its materialized path and district; a district is a root. */
export async function createOrgUnit(tx: Tx, ctx: Ctx, input: CreateOrgUnitInput): Promise<OrgUnit> {
  if (ctx.actor) assertCan(ctx.actor, 'org.manage');
  if (!ORG_UNIT_TYPES.includes(input.type)) {
    throw validationFailed([{ path: 'type', message: '机构类型不正确' }]);
  }
  const parent = await resolveParent(tx, input);
  if (ctx.actor && parent && parent.districtId !== ctx.actor.districtId) throw notFound('上级机构');
  if (ctx.actor && !parent)
    throw validationFailed([{ path: 'type', message: '只有系统初始化可以创建区（县）' }]);
  checkPlacement(input.type, parent);
  if (input.documentPrefix && !isValidDocumentPrefix(input.documentPrefix)) {
    throw validationFailed([{ path: 'documentPrefix', message: '发文机关代字须为 1 至 10 个汉字' }]);
  }
  if (await getOrgUnitByCode(tx, input.code)) throw conflict(`机构代码 ${input.code} 已存在`);

  const id = randomUUID();
  const row = {
    id,
    code: input.code,
    name: input.name,
    shortName: input.shortName ?? null,
    documentPrefix: input.documentPrefix ?? null,
    type: input.type,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    districtId: parent?.districtId ?? id,
    sortOrder: input.sortOrder ?? 0,
  };
  const [created] = await tx.insert(orgUnits).values(row).returning();
  await recordAudit(tx, ctx, {
    action: 'org.unit.created',
    subjectType: 'org_unit',
    subjectId: id,
    orgUnitId: id,
    districtId: row.districtId,
    after: row,
  });
  return created as OrgUnit;
}

async function resolveParent(tx: Tx, input: CreateOrgUnitInput): Promise<OrgUnit | null> {
  if (input.parentId) {
    const parent = await findById(tx, input.parentId);
    if (!parent) throw validationFailed([{ path: 'parentId', message: '上级机构不存在' }]);
    return parent;
  }
  if (input.parentCode) {
    const parent = await getOrgUnitByCode(tx, input.parentCode);
    if (!parent)
      throw validationFailed([{ path: 'parentCode', message: `上级机构代码 ${input.parentCode} 不存在` }]);
    return parent;
  }
  return null;
}

/** Why a unit of this type cannot sit under that parent (DESIGN.md §3), or null when it can. */
export function placementProblem(type: OrgUnitType, parentType: OrgUnitType | null): string | null {
  const allowed = ALLOWED_PARENTS[type];
  const label = ORG_UNIT_TYPE_LABELS[type];
  if (!parentType) return allowed.length > 0 ? `${label}必须有上级机构` : null;
  return allowed.includes(parentType) ? null : `${label}不能设在${ORG_UNIT_TYPE_LABELS[parentType]}之下`;
}

function checkPlacement(type: OrgUnitType, parent: OrgUnit | null): void {
  const problem = placementProblem(type, parent?.type ?? null);
  if (problem) throw validationFailed([{ path: 'parentId', message: problem }]);
}

async function findById(db: Executor, id: string): Promise<OrgUnit | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

/** One unit by id, or NOT_FOUND. */
export async function getOrgUnit(db: Executor, id: string): Promise<OrgUnit> {
  const unit = await findById(db, id);
  if (!unit) throw notFound('机构');
  return unit;
}

/** One unit by its code, or null (codes come from imports and the CLI, where absence is an answer). */
export async function getOrgUnitByCode(db: Executor, code: string): Promise<OrgUnit | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return row ?? null;
}

export interface OrgUnitFilter {
  districtId: string;
  type?: OrgUnitType | OrgUnitType[];
  parentId?: string;
}

/** The district's units matching the filter, in display order. */
export async function findOrgUnits(db: Executor, filter: OrgUnitFilter): Promise<OrgUnit[]> {
  const where: SQL[] = [eq(orgUnits.districtId, filter.districtId)];
  if (filter.type) {
    const types = Array.isArray(filter.type) ? filter.type : [filter.type];
    where.push(inArray(orgUnits.type, types));
  }
  if (filter.parentId) {
    if (!isUuid(filter.parentId)) return [];
    where.push(eq(orgUnits.parentId, filter.parentId));
  }
  return db
    .select()
    .from(orgUnits)
    .where(and(...where))
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code));
}

export interface OrgTreeNode {
  id: string;
  code: string;
  name: string;
  type: OrgUnitType;
  children: OrgTreeNode[];
}

/** The district as a tree, children in display order; null when the district does not exist. */
export async function orgTree(db: Executor, districtId: string): Promise<OrgTreeNode | null> {
  const units = await findOrgUnits(db, { districtId });
  const nodes = new Map<string, OrgTreeNode>();
  for (const u of units) {
    nodes.set(u.id, {
      id: u.id,
      code: u.code,
      name: u.name,
      type: u.type,
      children: [],
    });
  }
  let root: OrgTreeNode | null = null;
  for (const u of units) {
    const node = nodes.get(u.id) as OrgTreeNode;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else if (u.type === 'district') root = node;
  }
  return root;
}

/**
 * The districts of this install (one for a district install; many for a province roll-up), the first
 * set up first: it is the install's own district (the portal's default).
 */
export async function findDistricts(db: Executor): Promise<OrgUnit[]> {
  return db
    .select()
    .from(orgUnits)
    .where(eq(orgUnits.type, 'district'))
    .orderBy(asc(orgUnits.createdAt), asc(orgUnits.code));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
