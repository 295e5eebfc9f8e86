/**
 * The mediation demo as plain data (no database): who staffs each point, the committees, a year's cases and
 * 说事 log. `rand` is seeded, so the same day always plans the same records.
 */
import type { NamedPerson } from './schema.js';
import {
  addDays,
  addYears,
  CASE_CATEGORIES,
  COMMITTEE_RULES,
  type LogHandling,
  type LogKind,
} from './rules.js';
import type { CaseState } from './procedure.js';
import type { NewCase, NewCommittee, NewLogEntry, NewPoint, NewRoster } from './service.js';

export interface DemoUnit {
  id: string;
  code: string;
  name: string;
  districtId: string;
}
type Rand = () => number;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const GIVEN = [
  '秀英',
  '桂兰',
  '玉兰',
  '淑珍',
  '丽华',
  '建国',
  '建华',
  '国庆',
  '志强',
  '永刚',
  '海燕',
  '红梅',
  '德胜',
  '春生',
  '明',
  '伟',
  '静',
  '敏',
  '军',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '平',
];
const FEMALE = new Set([
  '秀英',
  '桂兰',
  '玉兰',
  '淑珍',
  '丽华',
  '海燕',
  '红梅',
  '静',
  '敏',
  '艳',
  '娟',
  '霞',
]);
const LAW_FIRMS = ['辽宁同方律师事务所', '辽宁金建律师事务所', '辽宁恒信律师事务所', '辽宁华夏律师事务所'];

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function person(rand: Rand, role?: string, gender?: 'female'): NamedPerson {
  const given = gender ? pick(rand, [...FEMALE]) : pick(rand, GIVEN);
  const phone = `139${String(between(rand, 0, 99_999_999)).padStart(8, '0')}`;
  return {
    name: `${pick(rand, [...SURNAMES])}${given}`,
    gender: FEMALE.has(given) ? 'female' : 'male',
    phone,
    ...(role ? { role } : {}),
  };
}

/** Each village's point, established between 2020-01-15 and 2020-04-30 (seed: 100 % by the end of April). */
export function planPoints(villages: readonly DemoUnit[], rand: Rand): NewPoint[] {
  return villages.map((v) => ({
    districtId: v.districtId,
    orgUnitId: v.id,
    establishedOn: addDays('2020-01-15', between(rand, 0, 106)),
    hasSign: true,
    hasNoticeBoard: true,
    hasContactCards: rand() < 0.9,
    hasLogBook: true,
    hasWechatGroup: true,
    lawyerName: `${person(rand).name}（${pick(rand, LAW_FIRMS)}）`,
    head: person(rand, '负责人'),
    speakers: Array.from({ length: between(rand, 2, 4) }, () => person(rand, '说事员')),
    informants: Array.from({ length: between(rand, 1, 2) }, () => person(rand, '信息员')),
  }));
}

/** The current 3-year term (terms from 2018-07-01); three street committees' terms end within the reminder lead. */
export function planCommittees(
  streets: readonly (DemoUnit & { villages: DemoUnit[] })[],
  today: string,
  rand: Rand,
): NewCommittee[] {
  let start = '2018-07-01';
  while (addYears(start, COMMITTEE_RULES.termYears) <= today)
    start = addYears(start, COMMITTEE_RULES.termYears);
  const committee = (u: DemoUnit, level: string, termStartOn: string): NewCommittee => {
    const n = between(rand, COMMITTEE_RULES.minMembers, 7);
    const members = [person(rand, '主任'), person(rand, '委员', 'female')];
    while (members.length < n) members.push(person(rand, '委员'));
    return {
      districtId: u.districtId,
      orgUnitId: u.id,
      number: `TWH-${u.code}`,
      name: `${u.name}人民调解委员会`,
      level,
      members,
      termStartOn,
      termEndOn: addDays(addYears(termStartOn, COMMITTEE_RULES.termYears), -1),
    };
  };
  const endingSoon = addDays(addYears(addDays(today, 45), -COMMITTEE_RULES.termYears), 1);
  return streets.flatMap((s, i) => [
    committee(s, 'street', i < 3 ? endingSoon : start),
    ...s.villages.map((v) => committee(v, v.name.endsWith('社区') ? 'community' : 'village', start)),
  ]);
}

const CATEGORY_WEIGHTS: [keyof typeof CASE_CATEGORIES, number][] = [
  ['neighbourhood', 26],
  ['marriage_family', 18],
  ['housing_homestead', 10],
  ['property_management', 8],
  ['damages', 7],
  ['contract', 6],
  ['labour', 5],
  ['land_contract', 5],
  ['village_affairs', 4],
  ['traffic', 3],
  ['business', 2],
  ['land_acquisition', 2],
  ['environment', 1],
  ['medical', 1],
  ['other', 2],
];
function weighted<T>(rand: Rand, xs: readonly [T, number][]): T {
  let r = rand() * xs.reduce((a, [, w]) => a + w, 0);
  for (const [x, w] of xs) {
    r -= w;
    if (r < 0) return x;
  }
  return xs[xs.length - 1]![0];
}

export interface PlannedCase {
  row: NewCase;
  unit: DemoUnit;
}

/**
 * About three cases per village in 2020, all concluded; this year to `today`, cases in every state: the
 * recent ones still registered or in mediation, agreements inside their confirmation window, the older ones
 * revisited and closed.
 */
export function planCases(
  villages: readonly DemoUnit[],
  year: number,
  today: string,
  rand: Rand,
): PlannedCase[] {
  const yearEnd = year === 2020 ? '2020-12-15' : today;
  const span = Math.max(0, Math.round((Date.parse(yearEnd) - Date.parse(`${year}-01-02`)) / 86_400_000));
  const perVillage = year === 2020 ? 3 : Math.max(1, Math.round((3 * span) / 365));
  const planned: PlannedCase[] = [];
  for (const unit of villages)
    for (let k = 0; k < perVillage; k++) {
      const registeredOn = addDays(`${year}-01-02`, between(rand, 0, span));
      planned.push({ unit, row: caseRow(unit, registeredOn, today, rand) });
    }
  planned.sort((a, b) => a.row.registeredOn.localeCompare(b.row.registeredOn));
  for (const [i, p] of planned.entries()) p.row.number = `TJ${year}-${String(i + 1).padStart(4, '0')}`;
  return planned;
}

function caseRow(unit: DemoUnit, registeredOn: string, today: string, rand: Rand): NewCase {
  const category = weighted(rand, CATEGORY_WEIGHTS);
  const many = rand() < 0.04;
  const parties = Array.from({ length: many ? between(rand, 5, 12) : 2 }, () => person(rand));
  const base: NewCase = {
    districtId: unit.districtId,
    orgUnitId: unit.id,
    number: '',
    source: weighted(rand, [
      ['application', 60],
      ['initiative', 25],
      ['court_referral', 6],
      ['police_referral', 6],
      ['petition_referral', 3],
    ]),
    category,
    summary: `${unit.name}${CASE_CATEGORIES[category]}`,
    parties,
    mediators: [person(rand).name],
    registeredOn,
    state: 'registered',
    amountYuan: rand() < 0.5 ? between(rand, 1, 200) * 500 : 0,
    peopleInvolved: parties.length,
    atRisk: rand() < 0.03,
    preventedEscalation: rand() < 0.02 ? pick(rand, ['criminal', 'mass_incident']) : null,
    courtTransfer: null,
  };
  if (base.source === 'court_referral')
    Object.assign(base, { courtTransfer: 'from_court', courtTransferOn: registeredOn });
  return progressed(base, today, rand);
}

/** Moves a case along its procedure as far as the days since registration allow (never past `today`). */
function progressed(c: NewCase, today: string, rand: Rand): NewCase {
  const concludedOn = addDays(c.registeredOn, between(rand, 1, 10));
  if (concludedOn > today) return { ...c, state: rand() < 0.5 ? 'registered' : 'mediating' };
  const r = rand();
  if (r >= 0.9) {
    const result = r < 0.97 ? 'failure' : 'ended';
    const state: CaseState =
      addDays(concludedOn, 5) <= today ? 'closed' : result === 'failure' ? 'failed' : 'ended';
    return {
      ...c,
      state,
      result,
      concludedOn,
      closedOn: state === 'closed' ? addDays(concludedOn, 5) : null,
    };
  }
  const written = rand() < 0.7;
  const agreed: NewCase = {
    ...c,
    state: 'agreed',
    result: 'success',
    concludedOn,
    agreementForm: written ? 'written' : 'oral',
    agreementTerms: written ? '双方自愿达成协议，按约定期限履行。' : null,
    agreementEffectiveOn: concludedOn,
  };
  if (written && rand() < 0.25) {
    agreed.confirmationAppliedOn = addDays(concludedOn, between(rand, 3, 20));
    const confirmedOn = addDays(agreed.confirmationAppliedOn, between(rand, 7, 15));
    if (agreed.confirmationAppliedOn > today) agreed.confirmationAppliedOn = null;
    else if (confirmedOn <= today) agreed.confirmedOn = confirmedOn;
  }
  const revisitedOn = addDays(concludedOn, between(rand, 15, 40));
  if (revisitedOn > today) return agreed;
  const closedOn = addDays(revisitedOn, between(rand, 1, 10));
  return {
    ...agreed,
    performedOn: revisitedOn,
    revisitedOn,
    ...(closedOn <= today ? { state: 'closed', closedOn } : { state: 'revisited' }),
  };
}

const KIND_WEIGHTS: [LogKind, number][] = [
  ['appeal', 30],
  ['dispute', 25],
  ['consultation', 30],
  ['suggestion', 15],
];
const HANDLING_WEIGHTS: [LogHandling, number][] = [
  ['answered', 55],
  ['mediated', 25],
  ['street', 10],
  ['department', 10],
];

/** The 说事 log: each case's first telling (handed to the committee) and the other matters of the days. */
export function planLog(
  villages: readonly DemoUnit[],
  year: number,
  today: string,
  rand: Rand,
  cases: (PlannedCase & { id: string })[],
): NewLogEntry[] {
  const last = year === 2020 ? '2020-12-31' : today;
  const span = Math.max(0, Math.round((Date.parse(last) - Date.parse(`${year}-01-02`)) / 86_400_000));
  const rows: NewLogEntry[] = cases
    .filter(() => rand() < 0.5)
    .map((c) => ({
      districtId: c.unit.districtId,
      orgUnitId: c.unit.id,
      number: '',
      occurredOn: c.row.registeredOn,
      kind: 'dispute',
      raisedBy: (c.row.parties as NamedPerson[])[0]!.name,
      summary: c.row.summary,
      handling: 'committee',
      result: '转人民调解委员会受理',
      closedOn: c.row.registeredOn,
      caseId: c.id,
    }));
  const perVillage = Math.round((12 * span) / 365);
  for (const v of villages)
    for (let k = 0; k < perVillage; k++) {
      const occurredOn = addDays(`${year}-01-02`, between(rand, 0, span));
      const handling = weighted(rand, HANDLING_WEIGHTS);
      const closedOn = addDays(occurredOn, handling === 'answered' ? 0 : between(rand, 1, 7));
      rows.push({
        districtId: v.districtId,
        orgUnitId: v.id,
        number: '',
        occurredOn,
        kind: weighted(rand, KIND_WEIGHTS),
        raisedBy: person(rand).name,
        summary: `${v.name}村（居）民${pick(rand, ['反映道路照明', '咨询赡养义务', '反映邻里噪音', '建议增设健身器材', '咨询土地承包合同', '反映垃圾清运'])}`,
        handling,
        result: closedOn <= today ? '已办结' : null,
        closedOn: closedOn <= today ? closedOn : null,
        revisitOn: handling === 'mediated' && addDays(closedOn, 14) <= today ? addDays(closedOn, 14) : null,
      });
    }
  rows.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  for (const [i, r] of rows.entries()) r.number = `SS${year}-${String(i + 1).padStart(5, '0')}`;
  return rows;
}

const COURT = '沈阳市于洪区人民法院';
const TERMS: Partial<Record<keyof typeof CASE_CATEGORIES, [string, string, string]>> = {
  neighbourhood: [
    '双方因排水、通行问题产生争执，甲方修建的排水沟影响乙方通行，双方均有不当言行。',
    '甲方于协议生效后十日内将排水沟改道至自家院墙一侧，乙方不再主张其他费用。',
    '甲方自行施工，调解员现场查看',
  ],
  marriage_family: [
    '子女间因老人赡养费用分担发生争执，各方对赡养义务无异议，对分担比例有分歧。',
    '子女每人每月向老人支付赡养费六百元，老人医疗费用凭票据按人数平均分担。',
    '每月五日前通过银行转账支付',
  ],
  housing_homestead: [
    '双方因宅基地边界围栏位置发生争执，经村委会核对宅基地使用证，甲方围栏越界约零点五米。',
    '以村委会确认的界桩为界，甲方拆除越界围栏并恢复原状，乙方不再追究。',
    '甲方自行拆除，村委会见证',
  ],
  property_management: [
    '业主以电梯长期故障为由拒交物业费，物业公司对维修不及时负有责任。',
    '物业公司于三十日内完成电梯维修，业主在维修完成后补交欠缴物业费的百分之八十。',
    '分两期支付，社区居委会监督',
  ],
  damages: [
    '一方饲养的犬只咬伤另一方，饲养人未尽管理义务，应承担主要责任。',
    '饲养人一次性赔偿医疗费、误工费等共计三千元。',
    '当场以现金或转账方式一次性支付',
  ],
};

/**
 * What the demo's cases carry beyond their steps (a second seeded stream, so the steps and the figures stay
 * as before): the parties' basic facts, a written agreement's 第二十九条 contents, and 诉调对接 with the court.
 */
export function enrichCase(c: NewCase, unit: DemoUnit, rand: Rand): NewCase {
  const parties = (c.parties as NamedPerson[]).map((p) => ({
    ...p,
    birthYear: between(rand, 1950, 1998),
    address: `${unit.name}${between(rand, 1, 9)}组${between(rand, 1, 80)}号`,
  }));
  const out: NewCase = { ...c, parties };
  if (c.agreementForm === 'written') {
    const [, terms, manner] = TERMS[c.category as keyof typeof CASE_CATEGORIES] ?? [
      '',
      '双方自愿达成协议：一方向另一方支付补偿款，双方就本纠纷不再有其他争议。',
      '一次性支付',
    ];
    const facts = TERMS[c.category as keyof typeof CASE_CATEGORIES]?.[0];
    Object.assign(out, {
      agreementTerms: terms,
      responsibility: facts ?? '经调解员查明事实，双方对各自过错均予认可。',
      performanceManner: manner,
      performanceDueOn: addDays(c.agreementEffectiveOn!, between(rand, 10, 30)),
    });
  }
  if (c.courtTransfer === 'from_court') {
    const back = c.concludedOn ? addDays(c.concludedOn, between(rand, 1, 5)) : null;
    Object.assign(out, {
      courtName: COURT,
      courtResult: back
        ? c.result === 'success'
          ? '诉前调解成功，法院出具司法确认裁定'
          : '调解不成，退回法院立案'
        : null,
      courtResultOn: back,
    });
  } else if (c.result === 'failure' && c.concludedOn && rand() < 0.4) {
    // 调解不成 (第二十六条): the parties are told of the court; some file, and the court's answer comes back.
    const transferredOn = addDays(c.concludedOn, between(rand, 1, 6));
    const back = addDays(transferredOn, between(rand, 20, 60));
    Object.assign(out, {
      courtTransfer: 'to_court',
      courtTransferOn: transferredOn,
      courtName: COURT,
      courtResult: back <= (c.closedOn ?? c.concludedOn) || rand() < 0.6 ? '法院立案受理' : null,
      courtResultOn: back,
    });
  }
  return out;
}

const DEMO_LEVELS: [string, number][] = [
  ['national', 1],
  ['provincial', 3],
  ['city', 6],
  ['district', 10],
];

/** The village 法治 roster: 法律明白人, 法治带头人, adviser (the point's lawyer), grid workers, 示范村 titles. */
export function planRosters(points: readonly NewPoint[], rand: Rand): NewRoster[] {
  return points.map((p) => {
    const titled = rand() < 0.18;
    return {
      districtId: p.districtId,
      orgUnitId: p.orgUnitId,
      lawUnderstanders: Array.from({ length: between(rand, 2, 5) }, () => person(rand, '法律明白人')),
      ruleOfLawLeaders: Array.from({ length: between(rand, 1, 2) }, () => person(rand, '法治带头人')),
      adviserName: p.lawyerName ?? null,
      gridWorkers: Array.from({ length: between(rand, 1, 3) }, () => person(rand, '网格员')),
      demoVillageLevel: titled ? weighted(rand, DEMO_LEVELS) : null,
      demoVillageYear: titled ? between(rand, 2012, 2025) : null,
    };
  });
}
