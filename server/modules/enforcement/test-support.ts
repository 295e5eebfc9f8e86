import { inTransaction } from '../../platform/db/index.js';
import type { OrgUnit } from '../../platform/org/index.js';
import { givePowersInForce, type UnitPowers } from '../../test/powers-in-force.js';
import { buildDistrictWorld, type DistrictWorld } from '../../test/world.js';
import { enforcementBodies, enforcementOfficers } from './registry/schema.js';

/** The powers each test body holds, one per category a case or an inspection may exercise. */
export type BodyPowers = UnitPowers;

/** The district world with enforcement's part: both departments confirmed bodies with powers and officers. */
export interface EnforcementWorld extends DistrictWorld {
  marketPowers: BodyPowers;
  housingPowers: BodyPowers;
  /** Two officers of each body, certificates valid 2019-01-01 … 2025-12-31; and one expired in 2020-03-31. */
  marketOfficerIds: [string, string];
  housingOfficerIds: [string, string];
  expiredMarketOfficerId: string;
}

/** The demo org and calendars, both bodies confirmed with powers in force and certified officers. */
export async function buildEnforcementWorld(db: DistrictWorld['db']): Promise<EnforcementWorld> {
  const world = await buildDistrictWorld(db);
  const { market, housing } = world;
  const ctx = world.as(world.coordinator, '2020-01-02');
  const seeded = await inTransaction(db, async (tx) => {
    const marketPowers = await givePowersInForce(tx, ctx, market, 'SC');
    const housingPowers = await givePowersInForce(tx, ctx, housing, 'ZJ');
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
          idNumber: '210114198001011238',
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
  return { ...world, ...seeded };
}
