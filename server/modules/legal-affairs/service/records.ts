import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound, validationFailed } from '../../../platform/errors.js';
import { findOrgUnits, type OrgUnit } from '../../../platform/org/index.js';
import { isInScope } from '../../../platform/authz/index.js';
import { forbidden } from '../../../platform/errors.js';
import { matterScope } from '../policy.js';
import type { MatterRecord } from '../procedure.js';
import { type LegalMatterRow, legalMatters } from '../schema.js';

export const MATTER_SUBJECT = 'legal_matter';

/** Units that ask the advisers for help: the district government itself, its departments and the streets. */
const REQUESTING_UNIT_TYPES = ['district', 'department', 'enforcement_body', 'street'] as const;

export async function requestingUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  return findOrgUnits(db, { districtId, type: [...REQUESTING_UNIT_TYPES] });
}

/** The unit a form names: one of the district's requesting units, within what the actor may ask for. */
export async function resolveRequestingUnit(db: Executor, actor: Actor, orgUnitId: string): Promise<OrgUnit> {
  const unit = (await requestingUnits(db, actor.districtId)).find((u) => u.id === orgUnitId);
  if (!unit) throw validationFailed([{ path: 'orgUnitId', message: '申请单位不存在或不是本区的单位' }]);
  if (!isInScope(actor, { orgPath: unit.path, districtId: unit.districtId }))
    throw forbidden('只能为本单位申请法律服务');
  return unit;
}

/** Resolves a unit as a sheet names it: code, full name or short name. */
export function unitMatcher(units: readonly OrgUnit[]): (text: string) => OrgUnit | undefined {
  const byText = new Map<string, OrgUnit>();
  for (const unit of units) {
    if (unit.shortName) byText.set(unit.shortName.trim(), unit);
    byText.set(unit.name.trim(), unit);
    byText.set(unit.code.trim(), unit);
  }
  return (text) => byText.get(text.trim());
}

/** The matter if it is in the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedMatter(db: Executor, actor: Actor, id: string): Promise<LegalMatterRow> {
  const [row] = await db
    .select()
    .from(legalMatters)
    .where(and(eq(legalMatters.id, id), matterScope(actor)));
  if (!row) throw notFound('法律事务');
  return row;
}

/** Locks the matter for a transition (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedMatter(tx: Tx, actor: Actor, id: string): Promise<LegalMatterRow> {
  const [row] = await tx
    .select()
    .from(legalMatters)
    .where(and(eq(legalMatters.id, id), matterScope(actor)))
    .for('update');
  if (!row) throw notFound('法律事务');
  return row;
}

export type MatterRec = MatterRecord & { row: LegalMatterRow };

/** The procedure's view of a matter row. */
export function toRecord(row: LegalMatterRow): MatterRec {
  return {
    id: row.id,
    state: row.state,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    kind: row.kind,
    subject: row.subject,
    matterNumber: row.matterNumber,
    row,
  };
}

/** The next 事项编号 of the year in the district: 法务〔2020〕0001号 (a numbering of the 司法局's own). */
export async function nextMatterNumber(db: Executor, districtId: string, year: number): Promise<string> {
  const prefix = `法务〔${year}〕`;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(legalMatters)
    .where(
      and(eq(legalMatters.districtId, districtId), sql`${legalMatters.matterNumber} LIKE ${`${prefix}%`}`),
    );
  return matterNumberOf(year, Number(row?.n ?? 0) + 1);
}

export function matterNumberOf(year: number, n: number): string {
  return `法务〔${year}〕${String(n).padStart(4, '0')}号`;
}

export const money = (v: string | null): number | null => (v === null ? null : Number(v));
