import { randomUUID } from 'node:crypto';
import { ensureCalendarSeeded } from '../../../../platform/calendar/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { makeCtx } from '../../../../platform/context.js';
import { type Db, inTransaction } from '../../../../platform/db/index.js';
import {
  createUser,
  findUsersOfDistrict,
  getOrgUnit,
  getOrgUnitByCode,
  loadDemoOrg,
  type OrgUnit,
} from '../../../../platform/org/index.js';
import type { RegisterItemInput } from './register-item.js';

export const HOUSING_OFFICER = { username: 'zjj_officer', password: 'Demo#Housing2020' };

export interface ProactiveWorld {
  db: Db;
  market: OrgUnit;
  housing: OrgUnit;
  coordinator: Actor;
  marketOfficer: Actor;
  housingOfficer: Actor;
  mediator: Actor;
  /** A request context for the actor on a day (default 2020-06-30, 09:00 China time). */
  as(actor: Actor | null, day?: string): Ctx;
}

async function actor(db: Db, districtId: string, match: (u: { username: string; role: string }) => boolean) {
  const user = (await findUsersOfDistrict(db, districtId)).find(match)!;
  const unit = await getOrgUnit(db, user.orgUnitId);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgPath: unit.path,
    districtId: user.districtId,
  };
}

/** The demo org, the calendar, and a second department officer (区住建局) to test scope across departments. */
export async function buildProactiveWorld(db: Db): Promise<ProactiveWorld> {
  const system = makeCtx(db, null, `test-${randomUUID()}`);
  await loadDemoOrg(system);
  await ensureCalendarSeeded(db);
  const market = (await getOrgUnitByCode(db, '210114-D22'))!;
  const housing = (await getOrgUnitByCode(db, '210114-D13'))!;
  await inTransaction(db, (tx) =>
    createUser(tx, system, {
      ...HOUSING_OFFICER,
      displayName: '周建华',
      role: 'department_officer',
      orgUnitId: housing.id,
    }),
  );
  const d = market.districtId;
  return {
    db,
    market,
    housing,
    coordinator: await actor(db, d, (u) => u.role === 'coordinator'),
    marketOfficer: await actor(db, d, (u) => u.username === 'scj_officer'),
    housingOfficer: await actor(db, d, (u) => u.username === HOUSING_OFFICER.username),
    mediator: await actor(db, d, (u) => u.role === 'mediator'),
    as: (a, day = '2020-06-30') => makeCtx(db, a, `test-${randomUUID()}`, new Date(`${day}T09:00:00+08:00`)),
  };
}

let serial = 0;

/** A sound entry of a unit: a normative document formed 2020-06-01 and published three days later. */
export function buildEntry(orgUnitId: string, over: Partial<RegisterItemInput> = {}): RegisterItemInput {
  serial += 1;
  return {
    orgUnitId,
    category: 'laws_and_documents',
    table2Kind: 'normative_docs',
    title: `关于加强食品安全监管工作的实施意见（${serial}）`,
    documentNumber: `于市监发〔2020〕${serial}号`,
    formedOn: '2020-06-01',
    publishedOn: '2020-06-04',
    channels: ['portal', 'gazette'],
    url: null,
    summary: null,
    ...over,
  };
}
