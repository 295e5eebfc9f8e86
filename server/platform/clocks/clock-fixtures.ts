import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { definePermissions } from '../authz/index.js';
import { type Actor, type Ctx, makeCtx, type Role } from '../context.js';
import type { Db } from '../db/client.js';
import { defineModule } from '../modules.js';
import { defineClock } from './define-clock.js';

// Fixtures for the clock and calendar database tests (not used by application code).

export const fixturePermissions = definePermissions({
  'fixture.approve_extension': { label: '批准延期（测试）', roles: ['leader'] },
});

/** 20 WD, one 20-WD extension approved by a leader, pausable: the 政府信息公开条例 第三十三条 shape. */
export const fixtureReplyClock = defineClock({
  key: 'fixture.reply',
  label: '答复期限',
  length: { amount: 20, unit: 'working_days' },
  basis: '《政府信息公开条例》第三十三条',
  startPhrase: '收到申请',
  extension: {
    amount: 20,
    unit: 'working_days',
    times: 1,
    permission: 'fixture.approve_extension',
  },
  pausable: true,
});

/** A window the organ may leave unused (like 告知补正): it lapses instead of going overdue. */
export const fixtureWindowClock = defineClock({
  key: 'fixture.window',
  label: '补正告知期限',
  length: { amount: 7, unit: 'working_days' },
  basis: '《政府信息公开条例》第三十条',
  startPhrase: '收到申请',
  lapses: true,
});

/** The fixtures' manifest, installed by the tests that start or extend the fixture clock. */
export const fixtureModule = defineModule({
  key: 'fixture',
  label: { 'zh-CN': '测试', 'en-US': 'Fixture' },
  nav: [],
  routes: () => {},
  permissions: fixturePermissions,
  clocks: [fixtureReplyClock, fixtureWindowClock],
  auditActions: [],
});

export interface FixtureOrg {
  districtId: string;
  deptA: string;
  deptB: string;
  actors: Record<'coordinator' | 'leader' | 'officerA1' | 'officerA2' | 'officerB', Actor>;
}

async function unit(
  db: Db,
  id: string,
  type: string,
  path: string,
  districtId: string,
  parentId: string | null,
) {
  await db.execute(sql`INSERT INTO org_units (id, code, name, type, parent_id, path, district_id)
    VALUES (${id}, ${`u-${id.slice(0, 8)}`}, ${`单位${id.slice(0, 4)}`}, ${type}, ${parentId}, ${path}, ${districtId})`);
}

async function user(
  db: Db,
  role: Role,
  orgUnitId: string,
  orgPath: string,
  districtId: string,
): Promise<Actor> {
  const userId = randomUUID();
  const username = `${role.slice(0, 4)}${userId.slice(0, 8)}`;
  await db.execute(sql`INSERT INTO users (id, username, display_name, role, org_unit_id, district_id, password_hash)
    VALUES (${userId}, ${username}, ${`测试${role}`}, ${role}, ${orgUnitId}, ${districtId}, 'x')`);
  return { userId, username, displayName: `测试${role}`, role, orgUnitId, orgPath, districtId };
}

/** A district with two departments, a coordinator, a leader, two officers in A and one in B. */
export async function buildFixtureOrg(db: Db): Promise<FixtureOrg> {
  const [districtId, deptA, deptB] = [randomUUID(), randomUUID(), randomUUID()];
  await unit(db, districtId, 'district', `/${districtId}/`, districtId, null);
  await unit(db, deptA, 'department', `/${districtId}/${deptA}/`, districtId, districtId);
  await unit(db, deptB, 'department', `/${districtId}/${deptB}/`, districtId, districtId);
  const [pA, pB, pD] = [`/${districtId}/${deptA}/`, `/${districtId}/${deptB}/`, `/${districtId}/`];
  return {
    districtId,
    deptA,
    deptB,
    actors: {
      coordinator: await user(db, 'coordinator', districtId, pD, districtId),
      leader: await user(db, 'leader', districtId, pD, districtId),
      officerA1: await user(db, 'department_officer', deptA, pA, districtId),
      officerA2: await user(db, 'department_officer', deptA, pA, districtId),
      officerB: await user(db, 'department_officer', deptB, pB, districtId),
    },
  };
}

/** A request context on a fixed China date (08:00 that morning). */
export function ctxOn(db: Db, actor: Actor | null, today: string): Ctx {
  return makeCtx(db, actor, randomUUID(), new Date(`${today}T00:00:00Z`));
}
