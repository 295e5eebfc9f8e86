import type { CreatePowerItemBody } from '../../../common/contracts/powers.js';
import type { CreateItemInput } from './service/index.js';

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
