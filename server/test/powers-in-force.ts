import type { PowerCategory } from '../../common/contracts/powers.js';
import type { Ctx } from '../platform/context.js';
import type { OrgUnit } from '../platform/org/index.js';
import { powers } from '../modules/powers/index.js';

/**
 * The powers module's part of a test world: items in force for a unit, registered through the module's
 * public interface (`powers.registerItems`), as another module's demo data does. Kept here, not in
 * powers/test-support.ts, because a module reaches another only through its index.ts.
 */

/** The powers a test body holds, one per category a case or an inspection may exercise. */
export interface UnitPowers {
  penalty: string;
  penalty2: string;
  inspection: string;
  licensing: string;
  coercion: string;
}

type Tx = Parameters<typeof powers.registerItems>[0];

const ITEMS: [keyof UnitPowers, PowerCategory, string][] = [
  ['penalty', 'penalty', '对未取得食品经营许可从事食品经营活动的行政处罚'],
  ['penalty2', 'penalty', '对销售不符合食品安全标准的食品的行政处罚'],
  ['inspection', 'inspection', '对食品经营者遵守食品安全法律法规情况的监督检查'],
  ['licensing', 'licensing', '食品经营许可'],
  ['coercion', 'coercion', '查封、扣押不符合食品安全标准的食品'],
];

/** Registers the five items in force (published 2020-01-02) for the unit, coded `<prefix>-T-<key>`. */
export async function givePowersInForce(
  tx: Tx,
  ctx: Ctx,
  unit: OrgUnit,
  prefix: string,
): Promise<UnitPowers> {
  const code = (key: keyof UnitPowers) => `${prefix}-T-${key}`;
  await powers.registerItems(
    tx,
    ctx,
    ITEMS.map(([key, category, name]) => ({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      code: code(key),
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
  const held: Partial<UnitPowers> = {};
  // One statement at a time: a transaction's connection runs its queries in sequence.
  for (const [key, category] of ITEMS) {
    held[key] = (await powers.findUnitPowers(tx, unit.id, category)).find((p) => p.code === code(key))!.id;
  }
  return held as UnitPowers;
}
