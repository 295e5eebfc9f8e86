import { fromDayNumber, type IsoDate, toDayNumber } from '../../../common/calendar/index.js';
import type {
  PetitionCategory,
  PetitionChannel,
  PetitionTransition,
} from '../../../common/contracts/petitions.js';
import { seededRandom } from '../../../common/random.js';

/** One step of a demo petition on its own day (never after the day the demo loads). */
export interface DemoStep {
  transition: PetitionTransition | 'legal_support';
  on: IsoDate;
  body: Record<string, unknown>;
}

export interface DemoPetition {
  receivedOn: IsoDate;
  channel: PetitionChannel;
  category: PetitionCategory;
  petitionerName: string;
  representatives: number;
  peopleCount: number;
  subject: string;
  content: string;
  /** The department it is routed to (org code). */
  unitCode: string;
  steps: DemoStep[];
}

const plus = (day: IsoDate, n: number): IsoDate => fromDayNumber(toDayNumber(day) + n);

/** Invented matters a district's petitions office sees (demo data, not real cases). */
const TOPICS: readonly { subject: string; category: PetitionCategory; unit: string }[] = [
  { subject: '小区冬季供暖温度不达标', category: 'appeal', unit: '210114-D13' },
  { subject: '农民工工资拖欠', category: 'appeal', unit: '210114-D10' },
  { subject: '集体土地征收补偿标准', category: 'appeal', unit: '210114-D11' },
  { subject: '建议增设公交线路站点', category: 'suggestion', unit: '210114-D16' },
  { subject: '举报餐馆无证经营', category: 'accusation', unit: '210114-D22' },
  { subject: '举报企业夜间排放异味', category: 'accusation', unit: '210114-D12' },
  { subject: '低保申请未获批准', category: 'appeal', unit: '210114-D07' },
  { subject: '建议完善社区养老服务', category: 'suggestion', unit: '210114-D07' },
  { subject: '学区划分调整意见', category: 'suggestion', unit: '210114-D03' },
  { subject: '物业服务纠纷', category: 'appeal', unit: '210114-D13' },
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';
const CHANNELS: readonly PetitionChannel[] = [
  'letter',
  'visit',
  'online',
  'phone',
  'online',
  'letter',
  'visit',
  'fax',
];

function intake(rand: () => number, i: number, receivedOn: IsoDate): Omit<DemoPetition, 'steps'> {
  const topic = TOPICS[i % TOPICS.length]!;
  const channel = CHANNELS[Math.floor(rand() * CHANNELS.length)]!;
  const group = channel === 'visit' && rand() < 0.3;
  const name = `${SURNAMES[Math.floor(rand() * SURNAMES.length)]}某${'甲乙丙丁戊'[i % 5]}`;
  return {
    receivedOn,
    channel,
    category: topic.category,
    petitionerName: name,
    representatives: group ? 3 + Math.floor(rand() * 3) : 0,
    peopleCount: group ? 8 + Math.floor(rand() * 20) : 1,
    subject: topic.subject,
    content: `信访人反映${topic.subject}问题，请求有关部门依法处理。（演示数据）`,
    unitCode: topic.unit,
  };
}

const step = (
  transition: DemoStep['transition'],
  on: IsoDate,
  body: Record<string, unknown> = {},
): DemoStep => ({
  transition,
  on,
  body: { on, ...body },
});
const OUTCOME_CYCLE = ['explain', 'support', 'explain', 'reject', 'support'] as const;

/**
 * The whole life of one petition from its receipt: routed in 2–8 days, accepted, answered in 20–55 days
 * (a few late, a few extended), and in one case in five a 复查, half of those a 复核; the rest closed once
 * the petitioner's 30 days to ask have passed (45 days, past any holiday roll).
 */
function fullLife(
  rand: () => number,
  i: number,
  p: Omit<DemoPetition, 'steps'>,
  route: (unitCode: string) => unknown,
): DemoStep[] {
  const routed = plus(p.receivedOn, 2 + Math.floor(rand() * 7));
  const steps = [
    step('route', routed, { handlingUnitId: route(p.unitCode), mode: i % 3 ? 'transfer' : 'assign' }),
  ];
  if (p.category === 'appeal' && i % 11 === 5)
    return [
      ...steps,
      step('divert', plus(routed, 5), {
        diversion: 'reconsideration',
        link: { module: 'reconsideration', note: '告知信访人依法申请行政复议' },
      }),
    ];
  if (i % 17 === 9)
    return [
      ...steps,
      step('not_accept', plus(routed, 6), { reason: '同一事项已在办理期限内，向上级机关重复提出（演示）' }),
    ];
  const accepted = plus(routed, i % 13 === 4 ? 18 : 3 + Math.floor(rand() * 9));
  steps.push(step('accept', accepted));
  let answered = plus(accepted, 20 + Math.floor(rand() * 35));
  if (i % 19 === 7) answered = plus(accepted, 66);
  if (i % 23 === 3) {
    steps.push(step('extend', plus(accepted, 50), { reason: '情况复杂，需多部门会商（演示）' }));
    answered = plus(accepted, 82);
  }
  const outcome = OUTCOME_CYCLE[i % OUTCOME_CYCLE.length]!;
  steps.push(
    step('answer', answered, {
      outcome,
      opinionNumber: `于信访意〔${answered.slice(0, 4)}〕${i + 1}号`,
      summary: '经调查核实，依法作出处理意见（演示）',
    }),
  );
  if (i % 5 !== 2) return [...steps, step('close', plus(answered, 45))];
  const reviewAsked = plus(answered, 8 + Math.floor(rand() * 15));
  const reviewed = plus(reviewAsked, 15 + Math.floor(rand() * 12));
  steps.push(step('request_review', reviewAsked), step('decide_review', reviewed, { result: 'upheld' }));
  if (i % 10 !== 2) return [...steps, step('close', plus(reviewed, 45))];
  const reexamAsked = plus(reviewed, 10);
  return [
    ...steps,
    step('request_reexam', reexamAsked),
    step('decide_reexam', plus(reexamAsked, 25), { result: 'upheld' }),
  ];
}

/** The 2020 set: 52 petitions, one a week, all concluded by the end of the first quarter of 2021. */
export function plan2020(route: (unitCode: string) => unknown): DemoPetition[] {
  const rand = seededRandom(2020_16);
  return Array.from({ length: 52 }, (_, i) => {
    const p = intake(rand, i, plus('2020-01-03', i * 7));
    const steps = fullLife(rand, i, p, route);
    if (i === 2 || i === 30)
      steps.splice(
        1,
        0,
        step('legal_support', plus(p.receivedOn, 10), {
          // The number is the legal-affairs demo's matter, found when the demo loads (demo.ts).
          module: 'legal_affairs',
          note: '法律顾问研判分析，提出责任认定和赔偿方式意见',
        }),
      );
    return { ...p, steps };
  });
}

/** A petition received 2022-04-20, under the 2005 信访条例 to its end (law by date, decision 0046 §1). */
export function plan2005Text(route: (unitCode: string) => unknown): DemoPetition {
  const rand = seededRandom(2005);
  const p = intake(rand, 0, '2022-04-20');
  return { ...p, steps: fullLife(rand, 2, p, route) };
}

/**
 * This year to the load day: one petition every nine days (their steps cut at `today`, so the recent ones
 * stand registered, routed or in handling), plus one petition in each state that timing alone may miss.
 */
export function planCurrentYear(today: IsoDate, route: (unitCode: string) => unknown): DemoPetition[] {
  const rand = seededRandom(Number(today.slice(0, 4)) * 16);
  const start = `${today.slice(0, 4)}-01-04`;
  const regular: DemoPetition[] = [];
  for (let i = 0, day = start; day < plus(today, -3); i++, day = plus(day, 9)) {
    const p = intake(rand, i, day);
    regular.push({ ...p, steps: fullLife(rand, i, p, route).filter((s) => s.on <= today) });
  }
  const at = (n: number) => plus(today, -n);
  const special = (i: number, received: number, steps: DemoStep[]): DemoPetition => ({
    ...intake(rand, i, at(received)),
    steps,
  });
  const routeTo = (i: number, n: number) =>
    step('route', at(n), { handlingUnitId: route(TOPICS[i % TOPICS.length]!.unit), mode: 'assign' });
  const answer = (n: number) =>
    step('answer', at(n), { outcome: 'explain', summary: '解释说明有关政策（演示）' });
  return [
    ...regular,
    special(0, 2, []),
    special(1, 9, [routeTo(1, 6)]),
    special(2, 90, [routeTo(2, 87), step('accept', at(85))]),
    special(3, 28, [
      routeTo(3, 24),
      step('object_assignment', at(22), { reason: '该事项属于区住建局职权范围（演示）' }),
      routeTo(0, 20),
      step('accept', at(15)),
    ]),
    special(4, 60, [routeTo(4, 57), step('accept', at(55)), answer(12)]),
    special(5, 75, [routeTo(5, 72), step('accept', at(70)), answer(30), step('request_review', at(8))]),
    special(6, 110, [
      routeTo(6, 107),
      step('accept', at(105)),
      answer(70),
      step('request_review', at(60)),
      step('decide_review', at(40), { result: 'upheld' }),
    ]),
    special(7, 150, [
      routeTo(7, 147),
      step('accept', at(145)),
      answer(110),
      step('request_review', at(100)),
      step('decide_review', at(75), { result: 'changed' }),
      step('request_reexam', at(60)),
      step('decide_reexam', at(40), { result: 'upheld' }),
    ]),
    special(8, 100, [
      routeTo(8, 97),
      step('accept', at(95)),
      answer(70),
      step('request_review', at(60)),
      step('decide_review', at(35), { result: 'upheld' }),
      step('request_reexam', at(20)),
    ]),
    special(9, 40, [
      routeTo(9, 37),
      step('not_accept', at(30), { reason: '已经或者依法应当通过诉讼途径解决（演示）' }),
    ]),
    special(0, 20, [
      routeTo(0, 17),
      step('divert', at(12), {
        diversion: 'reconsideration',
        link: { module: 'reconsideration', note: '告知信访人依法申请行政复议' },
      }),
    ]),
  ];
}
