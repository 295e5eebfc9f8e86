import { randomUUID } from 'node:crypto';
import { ensureCalendarSeeded } from '../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx, type Role } from '../platform/context.js';
import { type Db, inTransaction } from '../platform/db/index.js';
import type { App } from '../platform/http/types.js';
import {
  actingUser,
  createUser,
  demoOrgData,
  findUsersOfDistrict,
  getOrgUnitByCode,
  loadDemoOrg,
  type OrgUnit,
} from '../platform/org/index.js';
import { loginAs, type TestSession } from './session.js';
import type { Fixture } from './test-db.js';

/**
 * The district every module test starts from (kernel only: modules add their parts on top, e.g.
 * enforcement's bodies and officers). It is the demo org of 于洪区 (data/demo/org-yuhong.yaml: one account
 * per role, known passwords) plus a second department officer, so scope can be tested across departments.
 */

/** The world's people: the demo accounts by role, and the housing officer the world adds. */
export type Member =
  | 'coordinator'
  | 'reviewer'
  | 'adviser'
  | 'leader'
  | 'mediator'
  | 'marketOfficer'
  | 'housingOfficer';

/** The account the world adds to 区住建局 (the demo has officers in 区市场监督管理局 only). */
export const HOUSING_OFFICER = {
  username: 'zjj_officer',
  password: 'Demo#Housing2020',
  displayName: '周建华',
};

const MARKET_CODE = '210114-D22';
const HOUSING_CODE = '210114-D13';

export interface DistrictWorld extends Record<Member, Actor> {
  db: Db;
  district: OrgUnit;
  /** 区市场监督管理局: the demo's department officer (scj_officer) works there. */
  market: OrgUnit;
  /** 区住房和城乡建设局: another department with its own officer, for scope tests. */
  housing: OrgUnit;
  /** A request context for the actor (or the public) on a day (default 2020-06-30), 10:00 China time. */
  as(actor: Actor | null, day?: string): Ctx;
  /** Signs in through the real login route as one of the world's members. */
  login(app: App, member: Member): Promise<TestSession>;
  /** A member's username and password, for tests that drive the login route themselves. */
  account(member: Member): { username: string; password: string };
}

export interface DistrictWorldOptions {
  /** Load the bundled holiday calendars (default true); a calendar test may want them absent. */
  calendar?: boolean;
}

const ROLE_OF: Record<Exclude<Member, 'marketOfficer' | 'housingOfficer'>, Role> = {
  coordinator: 'coordinator',
  reviewer: 'legal_reviewer',
  adviser: 'legal_adviser',
  leader: 'leader',
  mediator: 'mediator',
};

/** The demo account of a member, read from the demo data so the passwords are written down once. */
function demoAccount(member: Member): { username: string; password: string } {
  if (member === 'housingOfficer') return HOUSING_OFFICER;
  const users = demoOrgData().users;
  const user =
    member === 'marketOfficer'
      ? users.find((u) => u.role === 'department_officer' && u.unit === MARKET_CODE)
      : users.find((u) => u.role === ROLE_OF[member]);
  if (!user) throw new Error(`the demo org has no account for ${member}`);
  return { username: user.username, password: user.password };
}

/**
 * The district world as a template (built once per run and server): `createTestDatabase(DISTRICT_WORLD)` gives
 * a file its own copy in milliseconds, and `buildDistrictWorld` on it then only looks the members up.
 */
export const DISTRICT_WORLD: Fixture = {
  name: 'district',
  build: (db) => buildDistrictWorld(db),
};

/**
 * The district world on a database: loads it (demo org, calendars, the housing officer) where missing, and
 * returns its members. On a DISTRICT_WORLD clone it loads nothing.
 */
export async function buildDistrictWorld(db: Db, options: DistrictWorldOptions = {}): Promise<DistrictWorld> {
  const system = makeCtx(db, null, `test-${randomUUID()}`);
  const { districtId } = await loadDemoOrg(system);
  if (options.calendar ?? true) await ensureCalendarSeeded(db);
  const unit = async (code: string) => {
    const found = await getOrgUnitByCode(db, code);
    if (!found) throw new Error(`the demo org has no unit ${code}`);
    return found;
  };
  const [district, market, housing] = [
    await unit(demoOrgData().district.code),
    await unit(MARKET_CODE),
    await unit(HOUSING_CODE),
  ];
  // A database cloned from the DISTRICT_WORLD template has the officer already.
  const users = await findUsersOfDistrict(db, districtId);
  if (!users.some((u) => u.username === HOUSING_OFFICER.username)) {
    await inTransaction(db, (tx) =>
      createUser(tx, system, { ...HOUSING_OFFICER, role: 'department_officer', orgUnitId: housing.id }),
    );
  }
  const member = (m: Member) => actingUser(db, { username: demoAccount(m).username, districtId });
  return {
    db,
    district,
    market,
    housing,
    coordinator: await member('coordinator'),
    reviewer: await member('reviewer'),
    adviser: await member('adviser'),
    leader: await member('leader'),
    mediator: await member('mediator'),
    marketOfficer: await member('marketOfficer'),
    housingOfficer: await member('housingOfficer'),
    as: (actor, day = '2020-06-30') =>
      makeCtx(db, actor, `test-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`)),
    login: (app, m) => loginAs(app, demoAccount(m).username, demoAccount(m).password),
    account: demoAccount,
  };
}
