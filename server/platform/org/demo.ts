import type { Ctx, Role } from '../context.js';
import type { Db } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { createOrgUnit, findOrgUnits, getOrgUnitByCode } from './org-service.js';
import { type DemoOrgData, demoOrgData } from './demo-data.js';
import { ROLE_LABELS } from './policy.js';
export { type DemoOrgData, demoOrgData } from './demo-data.js';
import { createUser, findUsersOfDistrict } from './user-service.js';

export type Progress = (label: string, done: number, total: number) => void;

export interface DemoOrgResult {
  districtId: string;
  units: number;
  users: number;
}

/**
 * Loads 于洪区: the district, its departments and enforcement bodies, streets, villages and communities,
 * grid units and one account per role, all through the services (each in the audit chain). A second call
 * finds the district there and changes nothing.
 */
export async function loadDemoOrg(ctx: Ctx, progress: Progress = () => {}): Promise<DemoOrgResult> {
  const data = demoOrgData();
  const existing = await getOrgUnitByCode(ctx.db, data.district.code);
  if (existing) {
    const units = await findOrgUnits(ctx.db, { districtId: existing.id });
    const users = await findUsersOfDistrict(ctx.db, existing.id);
    return { districtId: existing.id, units: units.length, users: users.length };
  }
  const plan = unitPlan(data);
  const total = plan.length + data.users.length;
  return inTransaction(ctx.db, async (tx) => {
    const ids = new Map<string, string>();
    let done = 0;
    for (const step of plan) {
      const parentId = step.parent ? ids.get(step.parent) : undefined;
      const unit = await createOrgUnit(tx, ctx, { ...step.unit, parentId });
      ids.set(unit.code, unit.id);
      done += 1;
      if (done % 20 === 0 || done === plan.length) progress('组织机构', done, total);
    }
    for (const u of data.users) {
      const orgUnitId = ids.get(u.unit);
      if (!orgUnitId) throw new Error(`demo user ${u.username}: unknown unit ${u.unit}`);
      await createUser(tx, ctx, { ...u, orgUnitId, isDemoPassword: true });
      done += 1;
      progress('演示账号', done, total);
    }
    return {
      districtId: ids.get(data.district.code) as string,
      units: plan.length,
      users: data.users.length,
    };
  });
}

interface PlannedUnit {
  parent: string | null;
  unit: Parameters<typeof createOrgUnit>[2];
}

/** Parents before children, in the file's order (which is also the display order). */
function unitPlan(data: DemoOrgData): PlannedUnit[] {
  const d = data.district;
  const plan: PlannedUnit[] = [
    { parent: null, unit: { code: d.code, name: d.name, shortName: d.shortName, type: 'district' } },
  ];
  data.departments.forEach((u, i) => {
    const { code, name, shortName, documentPrefix } = u;
    plan.push({
      parent: d.code,
      unit: { code, name, shortName, documentPrefix, type: 'department', sortOrder: i + 1 },
    });
  });
  data.streets.forEach((s, i) => {
    plan.push({ parent: d.code, unit: { code: s.code, name: s.name, type: 'street', sortOrder: 100 + i } });
    s.villages.forEach((v, j) => {
      plan.push({ parent: s.code, unit: { code: v.code, name: v.name, type: 'village', sortOrder: j + 1 } });
    });
  });
  data.grids.forEach((g, i) => {
    plan.push({ parent: g.parent, unit: { code: g.code, name: g.name, type: 'grid', sortOrder: i + 1 } });
  });
  return plan;
}

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  roleLabel: string;
  unit: string;
}

/** The published demo accounts (one per role, and the 信访局 officer), for the start banner and the README. */
export function demoAccounts(): DemoAccount[] {
  const data = demoOrgData();
  const names = new Map<string, string>([[data.district.code, data.district.name]]);
  for (const u of data.departments) names.set(u.code, u.name);
  for (const s of data.streets) {
    names.set(s.code, s.name);
    for (const v of s.villages) names.set(v.code, `${s.name}${v.name}`);
  }
  return data.users.map((u) => ({
    username: u.username,
    password: u.password,
    role: u.role,
    roleLabel: ROLE_LABELS[u.role],
    unit: names.get(u.unit) ?? u.unit,
  }));
}

/** The demo accounts that still have their published password (what the start banner should list). */
export async function activeDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const stillDemo = new Set(
    (await findUsersOfDistrict(db)).filter((u) => u.isDemoPassword && u.isActive).map((u) => u.username),
  );
  return demoAccounts().filter((a) => stillDemo.has(a.username));
}
