import { randomUUID } from 'node:crypto';
import type { PowerCategory } from '../../../common/contracts/powers.js';
import { ensureCalendarSeeded } from '../../platform/calendar/index.js';
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
import { powers } from '../powers/index.js';
import { enforcementBodies, enforcementOfficers } from './schema/registry.js';

export const HOUSING_OFFICER = { username: 'zjj_enforcer', password: 'Demo#Housing2020' };

/** The powers each test body holds, one per category a case or an inspection may exercise. */
export interface BodyPowers {
  penalty: string;
  penalty2: string;
  inspection: string;
  licensing: string;
  coercion: string;
}

export interface EnforcementWorld {
  db: Db;
  /** 区市场监督管理局 (a confirmed body with officers scj_officer can act for). */
  market: OrgUnit;
  /** 区住房和城乡建设局 (another body, for scope tests). */
  housing: OrgUnit;
  marketPowers: BodyPowers;
  housingPowers: BodyPowers;
  /** Two officers of each body, certificates valid 2019-01-01 … 2025-12-31; and one expired in 2020-03-31. */
  marketOfficerIds: [string, string];
  housingOfficerIds: [string, string];
  expiredMarketOfficerId: string;
  coordinator: Actor;
  reviewer: Actor;
  leader: Actor;
  marketOfficer: Actor;
  housingOfficer: Actor;
  mediator: Actor;
  /** A request context for the actor (or the public) on a given day, 10:00 China time. */
  as(actor: Actor | null, day?: string): Ctx;
}

/** The demo org and calendars, both bodies confirmed with powers in force and certified officers. */
export async function buildEnforcementWorld(db: Db): Promise<EnforcementWorld> {
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
  const coordinator = await actingUser(db, { role: 'coordinator' });
  const seeded = await inTransaction(db, async (tx) => {
    const ctx = makeCtx(db, coordinator, `test-${randomUUID()}`, new Date('2020-01-02T10:00:00+08:00'));
    const marketPowers = await seedPowers(tx, ctx, market, 'SC');
    const housingPowers = await seedPowers(tx, ctx, housing, 'ZJ');
    for (const unit of [market, housing]) {
      await tx.insert(enforcementBodies).values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        authorityKind: 'statutory',
        legalBasis: '《中华人民共和国行政处罚法》及有关法律法规',
        scope: `${unit.name}法定职责范围内的行政执法`,
        confirmedOn: '2020-03-20',
        confirmationDocument: '于政办发〔2020〕8号',
      });
    }
    const officer = (unit: OrgUnit, name: string, cert: string, validUntil = '2025-12-31') =>
      tx
        .insert(enforcementOfficers)
        .values({
          districtId: unit.districtId,
          orgUnitId: unit.id,
          name,
          idNumber: '210114198001011234',
          phone: '13800001234',
          certificateNumber: cert,
          certificateIssuer: '沈阳市人民政府',
          certificateIssuedOn: '2019-01-01',
          certificateValidUntil: validUntil,
          hasLegalQualification: false,
        })
        .returning({ id: enforcementOfficers.id })
        .then((rows) => rows[0]!.id);
    return {
      marketPowers,
      housingPowers,
      marketOfficerIds: [
        await officer(market, '王强', 'LN-SC-0001'),
        await officer(market, '李娜', 'LN-SC-0002'),
      ] as [string, string],
      housingOfficerIds: [
        await officer(housing, '刘伟', 'LN-ZJ-0001'),
        await officer(housing, '陈静', 'LN-ZJ-0002'),
      ] as [string, string],
      expiredMarketOfficerId: await officer(market, '赵刚', 'LN-SC-0003', '2020-03-31'),
    };
  });
  return {
    db,
    market,
    housing,
    ...seeded,
    coordinator,
    reviewer: await actingUser(db, { role: 'legal_reviewer' }),
    leader: await actingUser(db, { role: 'leader' }),
    marketOfficer: await actingUser(db, { role: 'department_officer', orgUnitId: market.id }),
    housingOfficer: await actingUser(db, { username: HOUSING_OFFICER.username }),
    mediator: await actingUser(db, { role: 'mediator' }),
    as: (actor, day = '2020-06-30') =>
      makeCtx(db, actor, `test-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`)),
  };
}

async function seedPowers(
  tx: Parameters<typeof powers.registerItems>[0],
  ctx: Ctx,
  unit: OrgUnit,
  prefix: string,
): Promise<BodyPowers> {
  const items: [keyof BodyPowers, PowerCategory, string][] = [
    ['penalty', 'penalty', '对未取得食品经营许可从事食品经营活动的行政处罚'],
    ['penalty2', 'penalty', '对销售不符合食品安全标准的食品的行政处罚'],
    ['inspection', 'inspection', '对食品经营者遵守食品安全法律法规情况的监督检查'],
    ['licensing', 'licensing', '食品经营许可'],
    ['coercion', 'coercion', '查封、扣押不符合食品安全标准的食品'],
  ];
  const codes = items.map(([key]) => `${prefix}-T-${key}`);
  await powers.registerItems(
    tx,
    ctx,
    items.map(([key, category, name]) => ({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      code: `${prefix}-T-${key}`,
      publishedOn: '2020-01-02',
      content: {
        name,
        subItemName: null,
        category,
        legalBasis: '《中华人民共和国食品安全法》',
        handlingUnit: null,
        exerciseLevel: 'county',
        process: null,
        responsibility: null,
        accountability: null,
        timeLimit: null,
        feeBasis: null,
        supervisionPhone: null,
        remarks: null,
      },
    })),
    'test',
  );
  const idOf = async (code: string, category: PowerCategory) =>
    (await powers.findUnitPowers(tx, unit.id, category)).find((p) => p.code === code)!.id;
  const held: Partial<BodyPowers> = {};
  // One statement at a time: a transaction's connection runs its queries in sequence.
  for (const [i, [key, category]] of items.entries()) held[key] = await idOf(codes[i]!, category);
  return held as BodyPowers;
}
