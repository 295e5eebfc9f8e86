import { randomUUID } from 'node:crypto';
import type { Actor, Ctx } from '../../platform/context.js';
import { makeCtx } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db/index.js';
import {
  actingUser,
  createUser,
  getOrgUnitByCode,
  loadDemoOrg,
  type OrgUnit,
} from '../../platform/org/index.js';
import type { CreatePowerItemBody } from '../../../common/contracts/powers.js';
import type { CreateItemInput } from './service/index.js';

export const HOUSING_OFFICER = { username: 'zjj_officer', password: 'Demo#Housing2020' };

export interface PowersWorld {
  db: Db;
  market: OrgUnit;
  housing: OrgUnit;
  coordinator: Actor;
  marketOfficer: Actor;
  housingOfficer: Actor;
  mediator: Actor;
  /** A request context for the actor, on a given day (default 2020-06-30, 09:00 China time). */
  as(actor: Actor, day?: string): Ctx;
}

/** The demo org plus a second department officer (区住建局), so scope can be tested across departments. */
export async function buildPowersWorld(db: Db): Promise<PowersWorld> {
  const system = makeCtx(db, null, `test-${randomUUID()}`);
  await loadDemoOrg(system);
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
  return {
    db,
    market,
    housing,
    coordinator: await actingUser(db, { role: 'coordinator' }),
    marketOfficer: await actingUser(db, { role: 'department_officer', orgUnitId: market.id }),
    housingOfficer: await actingUser(db, { username: HOUSING_OFFICER.username }),
    mediator: await actingUser(db, { role: 'mediator' }),
    as: (actor, day = '2020-06-30') =>
      makeCtx(db, actor, `test-${randomUUID()}`, new Date(`${day}T09:00:00+08:00`)),
  };
}

let serial = 0;

/** A complete item (ready to publish) of a department; override any field. */
export function buildItemInput(orgUnitId: string, over: Partial<CreatePowerItemBody> = {}): CreateItemInput {
  serial += 1;
  return {
    code: `T-${String(serial).padStart(4, '0')}`,
    name: `对未取得许可擅自从事食品经营活动的行政处罚（${serial}）`,
    subItemName: null,
    category: 'penalty',
    legalBasis: '《中华人民共和国食品安全法》有关规定',
    handlingUnit: '综合行政执法队',
    exerciseLevel: 'county',
    process: '立案→调查取证→审查→告知→决定→送达→执行',
    responsibility: '1.立案责任；2.调查责任；3.审查责任；4.告知责任；5.决定责任；6.送达责任；7.执行责任。',
    accountability: null,
    timeLimit: '自立案之日起九十日内',
    feeBasis: null,
    supervisionPhone: '024-25601234',
    remarks: null,
    orgUnitId,
    ...over,
  } as CreateItemInput;
}
