/**
 * The demo's records, planned without a database (deterministic, seeded): 于洪区's leaders, their study sessions,
 * the two 普法 plans with their checklists, activities and 法律明白人 training per year. Everything here is
 * INVENTED in the seed's spirit (its 一(一) names the forms, not the figures); names are illustrative.
 */
import type { SessionBody } from '../../../common/contracts/legal-education.js';

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');

/** District leaders (区委、区政府) and the heads of the departments that enforce most: codes are the roster's. */
export const DISTRICT_LEADERS = [
  { code: 'L01', name: '张志远', post: '区委书记', principal: true },
  { code: 'L02', name: '刘国庆', post: '区长', principal: true },
  { code: 'L03', name: '赵宏伟', post: '常务副区长', principal: false },
  { code: 'L04', name: '李春梅', post: '副区长', principal: false },
  { code: 'L05', name: '王立新', post: '副区长', principal: false },
  { code: 'L06', name: '陈海涛', post: '副区长', principal: false },
  { code: 'L07', name: '周文静', post: '副区长（区公安分局局长）', principal: false },
] as const;

/** Department heads (each the principal leader of the unit): unit code → name. */
export const DEPARTMENT_HEADS: readonly { unit: string; name: string; post: string }[] = [
  { unit: '210114-D08', name: '孙立平', post: '区司法局局长' },
  { unit: '210114-D06', name: '郭建军', post: '区公安分局局长' },
  { unit: '210114-D12', name: '何晓东', post: '区生态环境分局局长' },
  { unit: '210114-D13', name: '高明', post: '区住建局局长' },
  { unit: '210114-D15', name: '马永利', post: '区农业农村局局长' },
  { unit: '210114-D18', name: '罗丽华', post: '区卫健局局长' },
  { unit: '210114-D20', name: '梁宇', post: '区应急局局长' },
  { unit: '210114-D22', name: '宋佳', post: '区市场监管局局长' },
  { unit: '210114-D25', name: '韩东', post: '区城管执法局局长' },
  { unit: '210114-D10', name: '唐雪', post: '区人社局局长' },
];

const TOPICS = [
  '《中华人民共和国民法典》',
  '《中华人民共和国宪法》',
  '《优化营商环境条例》',
  '《重大行政决策程序暂行条例》',
  '《中华人民共和国行政处罚法》',
  '《中华人民共和国政府信息公开条例》',
  '《中华人民共和国安全生产法》',
  '《中华人民共和国传染病防治法》',
  '《保障农民工工资支付条例》',
  '《中华人民共和国土地管理法》',
  '习近平法治思想',
  '《法治政府建设与责任落实督察工作规定》',
];

export interface PlannedSession {
  body: Omit<SessionBody, 'attendance'>;
  /** Leader codes absent (the rest of the invited attend). */
  invited: 'government' | 'all';
  absent: number;
}

/** A year's study: 会前学法 at most 常务会议 (about monthly), two lectures, a report meeting, the exam. */
export function planSessions(year: number, lastDay: string, rand: Rand): PlannedSession[] {
  const out: PlannedSession[] = [];
  let n = 0;
  const add = (
    kind: SessionBody['kind'],
    heldOn: string,
    topic: string,
    speaker: string | null,
    hours: number,
    invited: PlannedSession['invited'],
  ) => {
    if (heldOn > lastDay) return;
    n += 1;
    out.push({
      body: { code: `XF-${year}-${pad(n)}`, kind, heldOn, topic, speaker, hours },
      invited,
      absent: Math.floor(rand() * 3),
    });
  };
  for (let m = 1; m <= 12; m += 1) {
    if (m === 2) continue; // no 常务会议 in the Spring Festival month
    add(
      'standing_meeting',
      `${year}-${pad(m)}-${pad(8 + Math.floor(rand() * 15))}`,
      pick(rand, TOPICS),
      '区司法局局长',
      0.5,
      'government',
    );
  }
  add(
    'lecture',
    `${year}-06-18`,
    year === 2020 ? '《中华人民共和国民法典》专题讲座' : `${pick(rand, TOPICS)}专题讲座`,
    '辽宁大学法学院教授',
    2,
    'all',
  );
  add('lecture', `${year}-09-24`, `${pick(rand, TOPICS)}专题讲座`, '沈阳市中级人民法院法官', 2, 'all');
  add('report', `${year}-11-12`, '习近平法治思想专题报告会', '市委党校教授', 3, 'all');
  add('exam', `${year}-12-04`, `${year}年度领导干部学法考试`, null, 1.5, 'all');
  return out.sort((a, b) => a.body.heldOn.localeCompare(b.body.heldOn));
}

export const PLAN_TASKS = {
  qiwu: [
    { code: 'Q1', title: '深入学习宣传习近平总书记关于全面依法治国的重要论述' },
    { code: 'Q2', title: '突出学习宣传宪法' },
    { code: 'Q3', title: '深入宣传中国特色社会主义法律体系' },
    { code: 'Q4', title: '推进领导干部学法用法' },
    { code: 'Q5', title: '落实“谁执法谁普法”普法责任制' },
    { code: 'Q6', title: '推进多层次多领域依法治理' },
  ],
  bawu: [
    { code: 'B1', title: '深入学习宣传习近平法治思想' },
    { code: 'B2', title: '突出宣传宪法和民法典' },
    { code: 'B3', title: '深入宣传与推动高质量发展密切相关的法律法规' },
    { code: 'B4', title: '加强国家工作人员学法用法' },
    { code: 'B5', title: '落实普法责任制，推进“八五”普法精准化' },
    { code: 'B6', title: '培育农村学法用法示范户和法律明白人' },
  ],
} as const;

export const CHECKLIST = [
  { code: 'C1', title: '普法规划和年度计划制定、部署到位' },
  { code: 'C2', title: '普法责任清单健全并公开' },
  { code: 'C3', title: '领导干部学法制度落实' },
  { code: 'C4', title: '宪法宣传周等主题活动开展' },
  { code: 'C5', title: '普法阵地和普法队伍建设' },
  { code: 'C6', title: '法律明白人培养' },
  { code: 'C7', title: '普法工作台账和档案齐全' },
];

const VENUE_OF: Record<string, readonly string[]> = {
  department: ['enterprise', 'agency', 'public_place', 'school'],
  street: ['village', 'community', 'school', 'enterprise'],
};

export interface PlannedActivity {
  code: string;
  heldOn: string;
  theme: string;
  venue: string;
  title: string;
  audience: number;
  unitCode: string;
  kind: 'department' | 'street';
}

/** A year's activities up to the last day: themed weeks at their dates (宪法宣传周 4 Dec) and routine ones. */
export function planActivities(
  year: number,
  lastDay: string,
  units: readonly { code: string; kind: 'department' | 'street' }[],
  rand: Rand,
): PlannedActivity[] {
  const out: PlannedActivity[] = [];
  let n = 0;
  const add = (heldOn: string, theme: string, title: string, unit: (typeof units)[number]) => {
    if (heldOn > lastDay) return;
    n += 1;
    const venue = pick(rand, VENUE_OF[unit.kind]!);
    const audience = 40 + Math.floor(rand() * (venue === 'school' ? 600 : 300));
    out.push({
      code: `PF-${year}-${String(n).padStart(3, '0')}`,
      heldOn,
      theme,
      venue,
      title,
      audience,
      unitCode: unit.code,
      kind: unit.kind,
    });
  };
  for (const [i, unit] of units.entries()) {
    // 宪法宣传周 (12-01 to 12-07, 国家宪法日 12-04): every unit.
    add(`${year}-12-0${1 + (i % 7)}`, 'constitution_week', '“宪法宣传周”主题宣传活动', unit);
    // 民法典: from its adoption (2020-05-28) on.
    if (rand() < 0.6)
      add(
        `${year}-${pad(6 + Math.floor(rand() * 5))}-${pad(1 + Math.floor(rand() * 27))}`,
        'civil_code',
        '“美好生活·民法典相伴”宣传活动',
        unit,
      );
    if (rand() < 0.4) add(`${year}-04-15`, 'national_security', '全民国家安全教育日宣传', unit);
    if (rand() < 0.4)
      add(
        `${year}-${pad(3 + Math.floor(rand() * 8))}-${pad(1 + Math.floor(rand() * 27))}`,
        'anti_fraud',
        '防范电信网络诈骗宣传',
        unit,
      );
    if (rand() < 0.7)
      add(
        `${year}-${pad(1 + Math.floor(rand() * 11))}-${pad(1 + Math.floor(rand() * 27))}`,
        'other',
        '“谁执法谁普法”以案释法宣传',
        unit,
      );
  }
  return out.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.code.localeCompare(b.code));
}
