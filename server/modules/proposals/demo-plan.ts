/**
 * The demo's suggestions and proposals (pure, seeded): 于洪区 2020 — 83 NPC deputies' suggestions and 105
 * CPPCC members' proposals, all met, answered and rated 满意 (seed 一(六)一) — and this year's items to the
 * day the demo loads, in every state. Names, numbers, titles and texts are INVENTED; the counts are the seed's.
 */
import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../common/calendar/index.js';
import { fromDayNumber, toDayNumber } from '../../../common/calendar/index.js';
import { seededRandom } from '../../../common/random.js';
import type { ProposalLedgerRow } from './ledger.js';

export const SEED_NPC = 83;
export const SEED_CPPCC = 105;

/** Topic → the lead unit and a usual co-handler (by code, data/demo/org-yuhong.yaml). */
const TOPICS: readonly { category: string; lead: string; co: string; subjects: readonly string[] }[] = [
  {
    category: '城乡建设',
    lead: '210114-D13',
    co: '210114-D11',
    subjects: ['老旧小区改造', '背街小巷路面修缮', '农村危房改造', '物业管理规范化'],
  },
  {
    category: '教育',
    lead: '210114-D03',
    co: '210114-D09',
    subjects: ['城乡学校布局调整', '课后延时服务', '学前教育普惠学位', '校园周边交通安全'],
  },
  {
    category: '卫生健康',
    lead: '210114-D18',
    co: '210114-D24',
    subjects: ['社区卫生服务中心建设', '家庭医生签约服务', '基层医疗人才队伍'],
  },
  {
    category: '交通',
    lead: '210114-D14',
    co: '210114-D06',
    subjects: ['公交线路优化', '农村公路养护', '停车难问题治理'],
  },
  {
    category: '农业农村',
    lead: '210114-D15',
    co: '210114-D29',
    subjects: ['设施农业提质', '农村人居环境整治', '村集体经济发展'],
  },
  {
    category: '社会保障',
    lead: '210114-D10',
    co: '210114-D07',
    subjects: ['灵活就业人员参保', '高校毕业生就业', '居家养老服务'],
  },
  {
    category: '生态环境',
    lead: '210114-D12',
    co: '210114-D25',
    subjects: ['细河水环境治理', '秸秆禁烧', '扬尘污染防治'],
  },
  {
    category: '营商环境',
    lead: '210114-D26',
    co: '210114-D22',
    subjects: ['企业开办一网通办', '涉企检查减负', '中小企业融资'],
  },
  {
    category: '文化旅游',
    lead: '210114-D17',
    co: '210114-D02',
    subjects: ['公共文化设施开放', '乡村旅游发展'],
  },
  {
    category: '城市管理',
    lead: '210114-D25',
    co: '210114-D13',
    subjects: ['占道经营治理', '垃圾分类', '城市绿化养护'],
  },
  {
    category: '安全生产',
    lead: '210114-D20',
    co: '210114-D22',
    subjects: ['燃气安全排查', '小微企业安全生产'],
  },
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = [
  '建国',
  '秀兰',
  '志强',
  '丽华',
  '海涛',
  '春燕',
  '立新',
  '晓东',
  '玉梅',
  '德胜',
  '淑芬',
  '文博',
  '红梅',
  '国庆',
  '雅琴',
];

function nameOf(rand: () => number): string {
  return `${SURNAMES[Math.floor(rand() * SURNAMES.length)]}${GIVEN[Math.floor(rand() * GIVEN.length)]}`;
}

export const UNIT_NAMES: Record<string, string> = {
  '210114-D02': '区发展和改革局',
  '210114-D03': '区教育局',
  '210114-D06': '区公安分局',
  '210114-D07': '区民政局',
  '210114-D09': '区财政局',
  '210114-D10': '区人力资源和社会保障局',
  '210114-D11': '区自然资源分局',
  '210114-D12': '区生态环境分局',
  '210114-D13': '区住房和城乡建设局',
  '210114-D14': '区交通运输局',
  '210114-D15': '区农业农村局',
  '210114-D17': '区文化旅游和广播电视局',
  '210114-D18': '区卫生健康局',
  '210114-D20': '区应急管理局',
  '210114-D22': '区市场监督管理局',
  '210114-D24': '区医疗保障局',
  '210114-D25': '区城市管理和综合行政执法局',
  '210114-D26': '区营商环境建设局',
  '210114-D29': '区林业和水利局',
};

/** The working day on or before `day`. */
export function workingDayOnOrBefore(cal: WorkCalendar, day: IsoDate): IsoDate {
  let n = toDayNumber(day);
  while (!cal.isWorkingDayNumber(n)) n -= 1;
  return fromDayNumber(n);
}

export interface PlannedItem {
  kind: 'npc' | 'cppcc';
  session: string;
  meeting: string;
  number: string;
  title: string;
  leadAuthor: string;
  coSigners: string | null;
  category: string;
  receivedOn: IsoDate;
  leadCode: string;
  coCode: string | null;
}

export const SESSIONS = {
  npc: { 2020: '第十七届', current: '第十八届' },
  cppcc: { 2020: '第十届', current: '第十一届' },
} as const;

function planItems(
  rand: () => number,
  kind: 'npc' | 'cppcc',
  count: number,
  between: number,
  session: string,
  meetingReceivedOn: IsoDate,
  betweenReceivedOn: (k: number) => IsoDate,
): PlannedItem[] {
  const word = kind === 'npc' ? '建议' : '提案';
  return Array.from({ length: count }, (_, k) => {
    const topic = TOPICS[k % TOPICS.length]!;
    const subject = topic.subjects[Math.floor(k / TOPICS.length) % topic.subjects.length]!;
    const inSession = k < count - between;
    const author = nameOf(rand);
    return {
      kind,
      session,
      meeting: inSession ? '第四次会议' : '闭会期间',
      number: inSession
        ? String(k + 1).padStart(3, '0')
        : `BH${String(k - (count - between) + 1).padStart(2, '0')}`,
      title: `关于${subject}的${word}`,
      leadAuthor: author,
      coSigners: rand() < 0.4 ? [nameOf(rand), nameOf(rand)].join('、') : null,
      category: topic.category,
      receivedOn: inSession ? meetingReceivedOn : betweenReceivedOn(k),
      leadCode: topic.lead,
      coCode: rand() < 0.3 ? topic.co : null,
    };
  });
}

/** The 2020 session's items plus those raised between sessions (闭会期间), in a fixed order. */
export function plan2020Items(): PlannedItem[] {
  const rand = seededRandom(2020);
  return [
    ...planItems(rand, 'npc', SEED_NPC, 3, SESSIONS.npc[2020], '2020-01-08', (k) =>
      k % 2 ? '2020-06-10' : '2020-09-08',
    ),
    ...planItems(rand, 'cppcc', SEED_CPPCC, 4, SESSIONS.cppcc[2020], '2020-01-07', (k) =>
      k % 2 ? '2020-06-12' : '2020-08-20',
    ),
  ];
}

/** The CPPCC proposals of 2020 the member first rated 不满意 (re-handled, then 满意): loaded through the procedure. */
export const REHANDLED_2020 = new Set(['010', '030', '050', '070']);

const CLASS_OF = (r: number) => (r < 0.6 ? 'A' : r < 0.85 ? 'B' : r < 0.95 ? 'C' : 'D');

/**
 * The ledger rows of 2020: session items assigned on 2020-03-16 (after the spring's delay), the others a week
 * after receipt; met within about a month, answered well within three months, rated 满意.
 */
export function ledgerRows2020(cal: WorkCalendar, items: readonly PlannedItem[]): ProposalLedgerRow[] {
  const rand = seededRandom(2021);
  return items.map((p) => {
    const assignedOn = p.meeting === '闭会期间' ? addWorkingDays(cal, p.receivedOn, 5) : '2020-03-16';
    const meetingOn = addWorkingDays(cal, assignedOn, 10 + Math.floor(rand() * 15));
    const answeredOn = addWorkingDays(cal, meetingOn, 10 + Math.floor(rand() * 15));
    const resultClass = CLASS_OF(rand());
    const withheld = rand() < 0.03;
    return {
      kind: p.kind,
      session: p.session,
      meeting: p.meeting,
      number: p.number,
      title: p.title,
      leadAuthor: p.leadAuthor,
      coSigners: p.coSigners,
      category: p.category,
      receivedOn: p.receivedOn,
      assignedOn,
      leadUnit: UNIT_NAMES[p.leadCode]!,
      otherUnits: p.coCode ? UNIT_NAMES[p.coCode]! : null,
      difficult: false,
      meetingOn,
      meetingKind: 'meeting',
      meetingWho: `承办单位分管负责人、${p.leadAuthor}`,
      answeredOn,
      documentNumber: `于${p.kind === 'npc' ? '人建' : '政提'}复〔2020〕${p.number}号`,
      signer: '分管负责人',
      resultClass,
      disclosed: !withheld,
      withholdReason: withheld ? '涉及第三方商业秘密' : null,
      evaluation: 'satisfied',
      evaluatedOn: addWorkingDays(cal, answeredOn, 8),
      state: null,
    };
  });
}

/** One of this year's items: its age in days on the load day, and how far it has gone. */
export interface CurrentSpec {
  kind: 'npc' | 'cppcc';
  /** Days before today of the assignment (or of receipt, for `registered`). */
  age: number;
  path:
    | 'registered'
    | 'handling'
    | 'co_pending'
    | 'met'
    | 'difficult'
    | 'returned'
    | 'answered'
    | 'rehandling'
    | 'closed'
    | 'closed_basic'
    | 'follow_up_open'
    | 'follow_up_done';
}

/** This year's states (decision 0040 §8): an item is left out when its dates would fall before 1 January. */
export const CURRENT_SPECS: readonly CurrentSpec[] = [
  { kind: 'npc', age: 3, path: 'registered' },
  { kind: 'cppcc', age: 6, path: 'registered' },
  { kind: 'cppcc', age: 2, path: 'returned' },
  { kind: 'npc', age: 12, path: 'handling' },
  { kind: 'cppcc', age: 25, path: 'co_pending' },
  { kind: 'npc', age: 40, path: 'met' },
  { kind: 'cppcc', age: 86, path: 'met' },
  { kind: 'npc', age: 110, path: 'met' },
  { kind: 'cppcc', age: 130, path: 'difficult' },
  { kind: 'npc', age: 60, path: 'answered' },
  { kind: 'cppcc', age: 75, path: 'rehandling' },
  { kind: 'npc', age: 150, path: 'closed' },
  { kind: 'cppcc', age: 160, path: 'closed_basic' },
  { kind: 'npc', age: 200, path: 'follow_up_open' },
  { kind: 'cppcc', age: 220, path: 'follow_up_done' },
  { kind: 'cppcc', age: 240, path: 'closed' },
];

/** This year's items as planned items (numbered within this year's sessions; all raised between sessions). */
export function currentItems(
  today: IsoDate,
  cal: WorkCalendar,
): (PlannedItem & { spec: CurrentSpec; day0: IsoDate })[] {
  const rand = seededRandom(Number(today.slice(0, 4)));
  const jan1 = `${today.slice(0, 4)}-01-01`;
  const out: (PlannedItem & { spec: CurrentSpec; day0: IsoDate })[] = [];
  for (const [k, spec] of CURRENT_SPECS.entries()) {
    const day0 = workingDayOnOrBefore(cal, fromDayNumber(toDayNumber(today) - spec.age));
    const receivedOn =
      spec.path === 'registered' ? day0 : workingDayOnOrBefore(cal, fromDayNumber(toDayNumber(day0) - 7));
    if (receivedOn < jan1) continue;
    const topic = TOPICS[(k * 3) % TOPICS.length]!;
    out.push({
      kind: spec.kind,
      session: SESSIONS[spec.kind].current,
      meeting: '闭会期间',
      number: `BH${String(k + 1).padStart(2, '0')}`,
      title: `关于${topic.subjects[k % topic.subjects.length]}的${spec.kind === 'npc' ? '建议' : '提案'}`,
      leadAuthor: nameOf(rand),
      coSigners: null,
      category: topic.category,
      receivedOn,
      leadCode: topic.lead,
      coCode: spec.path === 'co_pending' || k % 4 === 0 ? topic.co : null,
      spec,
      day0,
    });
  }
  return out;
}
