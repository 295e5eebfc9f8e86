import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';
import type { ConcludeInput } from '../../../../common/contracts/legal-affairs/matters.js';
import type {
  MatterCategory,
  MatterKind,
  PartyRole,
} from '../../../../common/contracts/legal-affairs/dictionaries.js';
import type { MatterTransitionKey } from '../procedure.js';

/** One step of a live demo matter: who fires it and on which day. */
export interface LiveStep {
  transition: MatterTransitionKey;
  on: IsoDate;
  by: 'coordinator' | 'adviser' | 'requester';
  conclusion?: Partial<Omit<ConcludeInput, 'concludedOn'>> & { outcome: ConcludeInput['outcome'] };
  reason?: string;
}

export interface LiveMatter {
  stage: string;
  unit: string;
  kind: MatterKind;
  category: MatterCategory;
  subject: string;
  keyProject?: string;
  counterparty?: string;
  partyRole?: PartyRole;
  amountAtStake?: number;
  requestedOn: IsoDate;
  advisers: string[];
  steps: LiveStep[];
  /** Asked for by another module's review office (legalAffairs.requestLegalityReview). */
  legalityReview?: boolean;
}

type D = (n: number) => IsoDate;

/**
 * The matters open or recently closed on the day the demo loads. `age` is the working days since the request;
 * each step is at a working-day offset from it, at most `age`, so no step lies after today. The stages cover
 * the assignment clock (3 WD) and the opinion clocks (5 WD) on time, due soon and overdue. The district
 * government's own requests are filed by its office (区政府办公室), the unit whose work the screens rate.
 */
const LIVE: readonly { age: number; make: (d: D) => Omit<LiveMatter, 'requestedOn'> }[] = [
  {
    age: 1,
    make: () => ({
      stage: 'awaiting assignment',
      unit: '210114-D13',
      kind: 'legal_opinion',
      category: 'on_letter',
      subject: '关于老旧小区改造项目业主来函的法律意见',
      advisers: ['郑永强'],
      steps: [],
    }),
  },
  {
    age: 5,
    make: () => ({
      stage: 'assignment overdue',
      unit: '210114-D27',
      kind: 'non_litigation',
      category: 'petition_case',
      subject: '重点信访案件责任认定法律研判',
      advisers: ['周海涛'],
      steps: [],
    }),
  },
  {
    age: 3,
    make: (d) => ({
      stage: 'assigned, on time',
      unit: '210114-D22',
      kind: 'contract_review',
      category: 'procurement',
      subject: '食品快检设备采购合同合法性审查',
      counterparty: '辽宁某科技有限公司',
      amountAtStake: 860000,
      advisers: ['陈志远'],
      steps: [{ transition: 'assign', on: d(1), by: 'coordinator' }],
    }),
  },
  {
    age: 6,
    make: (d) => ({
      stage: 'assigned, due soon',
      unit: '210114-D01',
      kind: 'legal_opinion',
      category: 'on_decision',
      subject: '关于区属国有企业改制方案的法律意见',
      advisers: ['陈志远', '高雅琴'],
      steps: [{ transition: 'assign', on: d(2), by: 'coordinator' }],
    }),
  },
  {
    age: 10,
    make: (d) => ({
      stage: 'in progress, overdue',
      unit: '210114-D31',
      kind: 'contract_review',
      category: 'investment',
      subject: '智能制造产业园招商引资合作协议合法性审查',
      counterparty: '某投资控股有限公司',
      amountAtStake: 300000000,
      advisers: ['陈志远'],
      steps: [
        { transition: 'assign', on: d(1), by: 'coordinator' },
        { transition: 'start', on: d(2), by: 'adviser' },
      ],
    }),
  },
  {
    age: 8,
    make: (d) => ({
      stage: 'lawsuit in progress',
      unit: '210114-D01',
      kind: 'litigation',
      category: 'administrative',
      subject: '某村民诉区政府集体土地征收决定案',
      keyProject: '苏宁小镇集体土地征拆',
      counterparty: '王某某',
      partyRole: 'defendant',
      amountAtStake: 2400000,
      advisers: ['陈志远', '孙立新'],
      steps: [
        { transition: 'assign', on: d(1), by: 'coordinator' },
        { transition: 'start', on: d(2), by: 'adviser' },
      ],
    }),
  },
  {
    age: 12,
    make: (d) => ({
      stage: 'key project in progress',
      unit: '210114-D15',
      kind: 'non_litigation',
      category: 'key_project',
      subject: '“大棚房”问题整治后续处置法律论证',
      keyProject: '大棚房',
      advisers: ['陈志远'],
      steps: [
        { transition: 'assign', on: d(2), by: 'coordinator' },
        { transition: 'start', on: d(3), by: 'adviser' },
      ],
    }),
  },
  {
    age: 9,
    make: (d) => ({
      stage: 'opinion issued',
      unit: '210114-D09',
      kind: 'contract_review',
      category: 'lease',
      subject: '国有资产租赁合同合法性审查',
      counterparty: '沈阳某物流有限公司',
      amountAtStake: 1200000,
      advisers: ['陈志远'],
      steps: [
        { transition: 'assign', on: d(1), by: 'coordinator' },
        { transition: 'start', on: d(1), by: 'adviser' },
        { transition: 'issue_opinion', on: d(4), by: 'adviser' },
      ],
    }),
  },
  {
    age: 12,
    make: (d) => ({
      stage: 'concluded, contract',
      unit: '210114-D32',
      kind: 'contract_review',
      category: 'procurement',
      subject: '政务云服务采购合同合法性审查',
      counterparty: '沈阳某信息技术有限公司',
      amountAtStake: 2600000,
      advisers: ['陈志远'],
      steps: [
        { transition: 'assign', on: d(1), by: 'coordinator' },
        { transition: 'start', on: d(2), by: 'adviser' },
        { transition: 'issue_opinion', on: d(5), by: 'adviser' },
        {
          transition: 'conclude',
          on: d(6),
          by: 'adviser',
          conclusion: { outcome: 'approved_with_changes', outcomeNote: '按意见修改违约责任条款后签订' },
        },
      ],
    }),
  },
  {
    age: 20,
    make: (d) => ({
      stage: 'concluded, lawsuit won',
      unit: '210114-D13',
      kind: 'litigation',
      category: 'civil',
      subject: '某建筑工程公司诉区住建局建设工程施工合同纠纷案',
      counterparty: '沈阳某建筑工程有限公司',
      partyRole: 'defendant',
      amountAtStake: 3200000,
      advisers: ['陈志远'],
      steps: [
        { transition: 'assign', on: d(1), by: 'coordinator' },
        { transition: 'start', on: d(2), by: 'adviser' },
        {
          transition: 'conclude',
          on: d(18),
          by: 'adviser',
          conclusion: {
            outcome: 'partly_won',
            amountAtStake: 3200000,
            lossAvoidedYuan: 2700000,
            lossReckoning: '对方诉请3200000元，一审判决支付500000元，减损3200000−500000=2700000元',
          },
        },
      ],
    }),
  },
  {
    age: 4,
    make: (d) => ({
      stage: 'returned',
      unit: '210114-D03',
      kind: 'litigation',
      category: 'civil',
      subject: '某培训机构与区教育局合同纠纷应诉',
      partyRole: 'defendant',
      advisers: [],
      steps: [
        {
          transition: 'return',
          on: d(1),
          by: 'coordinator',
          reason: '该案由单位常年法律顾问代理，不属于法律顾问团承办范围',
        },
      ],
    }),
  },
  {
    age: 7,
    make: (d) => ({
      stage: 'withdrawn',
      unit: '210114-D22',
      kind: 'legal_opinion',
      category: 'on_letter',
      subject: '关于某商户投诉处理答复函的法律意见',
      advisers: ['冯振宇'],
      steps: [
        { transition: 'assign', on: d(1), by: 'coordinator' },
        { transition: 'withdraw', on: d(3), by: 'requester', reason: '投诉人已撤回投诉，无需出具意见' },
      ],
    }),
  },
  {
    age: 2,
    make: () => ({
      stage: 'legality review',
      unit: '210114-D13',
      kind: 'legality_review',
      category: 'major_decision',
      subject: '《于洪区老旧小区改造三年行动方案》合法性审查',
      advisers: ['许文博', '陈志远'],
      steps: [],
      legalityReview: true,
    }),
  },
];

/** The working day `n` WD before `today` (0: today if it is a working day, else the last one before it). */
function workingDaysBefore(cal: WorkCalendar, today: IsoDate, n: number): IsoDate {
  let day = today;
  const back = (d: IsoDate) => {
    const x = new Date(`${d}T00:00:00Z`);
    x.setUTCDate(x.getUTCDate() - 1);
    return x.toISOString().slice(0, 10);
  };
  while (!cal.isWorkingDay(day)) day = back(day);
  for (let k = 0; k < n; k++) {
    day = back(day);
    while (!cal.isWorkingDay(day)) day = back(day);
  }
  return day;
}

/** The live matters for a load day; a matter whose request would fall before 1 January is left out. */
export function liveMatters(cal: WorkCalendar, today: IsoDate): LiveMatter[] {
  const yearStart = `${today.slice(0, 4)}-01-01`;
  return LIVE.flatMap(({ age, make }) => {
    const requestedOn = workingDaysBefore(cal, today, age);
    if (requestedOn < yearStart) return [];
    const d: D = (n) => addWorkingDays(cal, requestedOn, n);
    return [{ ...make(d), requestedOn }];
  });
}
