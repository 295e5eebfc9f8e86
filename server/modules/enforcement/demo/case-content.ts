import type { CaseKind, DecisionOutcome } from '../../../../common/contracts/enforcement/dictionaries.js';
import { pick, type Rand } from './random.js';
import { violationOf } from './registry.js';
import type { DemoPower } from './world.js';

/** 案由 from the power exercised. */
export function causeOf(kind: CaseKind, power: DemoPower): string {
  if (kind === 'penalty') return `涉嫌${violationOf(power)}`;
  if (kind === 'licensing') return `申请${power.name}`;
  return power.name;
}

const yuan = (n: number) => `${n.toLocaleString('en-US')}元`;

/** What the decision says (决定内容), in the words of a decision document. */
export function decisionTextOf(
  outcome: DecisionOutcome,
  basis: string,
  amounts: { fine: number | null; confiscation: number | null },
): string {
  const by = `依据《${basis}》有关规定，`;
  switch (outcome) {
    case 'fine':
      return `${by}决定对当事人处以罚款${yuan(amounts.fine ?? 0)}的行政处罚。`;
    case 'confiscation':
      return `${by}决定没收当事人违法所得${yuan(amounts.confiscation ?? 0)}，并处罚款${yuan(amounts.fine ?? 0)}。`;
    case 'warning':
      return `${by}决定对当事人给予警告的行政处罚，责令立即改正违法行为。`;
    case 'licence_sanction':
      return `${by}决定暂扣当事人相关许可证件三个月。`;
    case 'business_restriction':
      return `${by}决定责令当事人停产停业整顿一个月。`;
    case 'detention':
      return `${by}决定对当事人处以行政拘留五日。`;
    case 'no_penalty':
      return '当事人违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第二十七条第二款，决定不予行政处罚。';
    case 'licence_granted':
      return '申请材料齐全、符合法定形式，经审查符合法定条件、标准，决定准予行政许可。';
    case 'licence_refused':
      return '经审查，申请人不符合法定条件，决定不予行政许可，申请人如不服可依法申请行政复议或者提起行政诉讼。';
    case 'coercive_measure':
      return `${by}决定对涉案物品、场所依法实施查封、扣押，期限三十日。`;
    case 'coercive_execution':
      return `当事人在法定期限内未履行生效决定，${by}依法实施强制执行。`;
    default:
      return `${by}作出处理决定。`;
  }
}

/** The intended penalty told to the party (告知, 处罚法 2017 第三十一条). */
export function intendedPenaltyOf(
  outcome: DecisionOutcome,
  amounts: { fine: number | null; confiscation: number | null },
): string {
  switch (outcome) {
    case 'fine':
      return `拟处罚款${yuan(amounts.fine ?? 0)}`;
    case 'confiscation':
      return `拟没收违法所得${yuan(amounts.confiscation ?? 0)}，并处罚款${yuan(amounts.fine ?? 0)}`;
    case 'licence_sanction':
      return '拟暂扣相关许可证件三个月';
    case 'business_restriction':
      return '拟责令停产停业整顿一个月';
    case 'detention':
      return '拟处行政拘留五日';
    case 'no_penalty':
      return '拟不予行政处罚';
    default:
      return '拟给予警告';
  }
}

const EVIDENCE: Record<CaseKind, readonly (readonly [string, string])[]> = {
  penalty: [
    ['现场笔录', '现场检查笔录'],
    ['询问笔录', '对当事人的询问笔录'],
    ['书证', '营业执照、许可证件复印件'],
    ['视听资料', '执法记录仪视频说明'],
    ['电子数据', '交易记录导出清单'],
    ['物证', '涉案物品照片及清单'],
  ],
  licensing: [
    ['书证', '许可申请书及申请材料'],
    ['勘验笔录', '现场核查笔录'],
  ],
  coercion: [
    ['现场笔录', '查封、扣押现场笔录'],
    ['视听资料', '全程音像记录说明'],
    ['书证', '查封、扣押物品清单'],
  ],
};

/** 1–3 pieces of evidence of the kinds a case of this kind gathers. */
export function evidenceKinds(rand: Rand, kind: CaseKind, count: number): (readonly [string, string])[] {
  const list = EVIDENCE[kind];
  return [list[0]!, ...Array.from({ length: count - 1 }, () => pick(rand, list.slice(1)))];
}

export const SOURCES = [
  ['日常检查发现', 30],
  ['双随机抽查', 15],
  ['投诉举报', 32],
  ['上级交办', 10],
  ['部门移送', 8],
  ['媒体曝光', 5],
] as const;
