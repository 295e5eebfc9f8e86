import { randomUUID } from 'node:crypto';
import type { RegisterRequestInput } from '../../../../../common/contracts/disclosure/requests.js';
import { RegisterRequestBody } from '../../../../../common/contracts/disclosure/requests.js';
import { ensureCalendarSeeded } from '../../../../platform/calendar/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { makeCtx } from '../../../../platform/context.js';
import { type Db, inTransaction } from '../../../../platform/db/index.js';
import {
  actingUser,
  createUser,
  getOrgUnitByCode,
  loadDemoOrg,
  type OrgUnit,
} from '../../../../platform/org/index.js';

export const HOUSING_OFFICER = { username: 'zjj_disclosure', password: 'Demo#Housing2020' };

export interface RequestsWorld {
  db: Db;
  market: OrgUnit;
  housing: OrgUnit;
  coordinator: Actor;
  marketOfficer: Actor;
  housingOfficer: Actor;
  leader: Actor;
  mediator: Actor;
  /** A request context for the actor (or the public) on a given day, 10:00 China time. */
  as(actor: Actor | null, day?: string): Ctx;
}

/** The demo org, the 2020– calendars, and a second department officer (区住建局) for scope tests. */
export async function buildRequestsWorld(db: Db): Promise<RequestsWorld> {
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
  return {
    db,
    market,
    housing,
    coordinator: await actingUser(db, { role: 'coordinator' }),
    marketOfficer: await actingUser(db, { role: 'department_officer', orgUnitId: market.id }),
    housingOfficer: await actingUser(db, { username: HOUSING_OFFICER.username }),
    leader: await actingUser(db, { role: 'leader' }),
    mediator: await actingUser(db, { role: 'mediator' }),
    as: (actor, day = '2020-06-30') =>
      makeCtx(db, actor, `test-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`)),
  };
}

/** A complete staff intake (a registered letter, natural person); override any field. */
export function buildRequestInput(
  orgUnitId: string,
  over: Record<string, unknown> = {},
): RegisterRequestInput {
  return RegisterRequestBody.parse({
    orgUnitId,
    channel: 'letter',
    mailKind: 'registered',
    arrivedOn: '2020-06-01',
    signedOn: '2020-06-01',
    applicantType: 'natural_person',
    applicantName: '张三丰',
    applicantIdType: 'resident_id',
    applicantIdNumber: '210114199001011234',
    applicantPhone: '13812345678',
    applicantAddress: '沈阳市于洪区示例路1号',
    informationDescription: '某小区维修资金使用审批材料',
    deliveryMethod: 'paper_mail',
    ...over,
  });
}
