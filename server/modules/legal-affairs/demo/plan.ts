import { seededRandom } from '../../../../common/random.js';
import type { MatterLedgerRow, OpinionLedgerRow } from '../ledgers.js';
import { matterNumberOf } from '../service/records.js';
import { DEMO_ADVISERS, type DemoAdviser } from './roster.js';

/**
 * The demo's legal matters of one year, as the ledgers hold them (pure: the loader imports them). For 2020 the
 * counts are the seed's (一(二)二): 602 lawsuits, 45 non-litigation matters, 398 opinions, ¥180,000,000 avoided
 * through litigation; plus what must not count (requests returned or withdrawn) and the key projects the seed
 * names in 一(四): 大棚房, 集体土地征拆 for 苏宁小镇, key petition cases. The parties are pseudonymous (某).
 */
export const SEED_2020 = {
  litigation: { administrative: 380, civil: 190, arbitration: 32 },
  nonLitigation: { key_project: 18, petition_case: 12, negotiation: 10, historical_issue: 5 },
  /** Opinion documents: one per opinion / contract review / legality review, and one per non-litigation 研判. */
  opinionMatters: { legal_opinion: 240, contract_review: 120, legality_review: 13 },
  nonLitigationWithOpinion: 25,
  meetings: 36,
  lossAvoidedYuan: 180_000_000,
  lossMatters: 36,
} as const;

export const SEED_OPINIONS =
  SEED_2020.opinionMatters.legal_opinion +
  SEED_2020.opinionMatters.contract_review +
  SEED_2020.opinionMatters.legality_review +
  SEED_2020.nonLitigationWithOpinion;

type Counts = {
  litigation: Record<'administrative' | 'civil' | 'arbitration', number>;
  nonLitigation: Record<'key_project' | 'petition_case' | 'negotiation' | 'historical_issue', number>;
  opinionMatters: Record<'legal_opinion' | 'contract_review' | 'legality_review', number>;
  nonLitigationWithOpinion: number;
  meetings: number;
  lossAvoidedYuan: number;
  lossMatters: number;
};

export interface YearPlan {
  matters: MatterLedgerRow[];
  opinions: OpinionLedgerRow[];
}

/** Units that bring (or are brought into) each kind of matter, with the topics of their matters. */
const DEFENDANTS: readonly { unit: string; short: string; topics: string[] }[] = [
  { unit: '210114-D11', short: '区自然资源分局', topics: ['土地行政处罚', '征收补偿决定', '不动产登记'] },
  { unit: '210114-D13', short: '区住建局', topics: ['房屋征收补偿', '物业管理行政处罚', '建设工程行政处罚'] },
  { unit: '210114-D25', short: '区城管执法局', topics: ['违法建筑强制拆除', '市容环境行政处罚'] },
  { unit: '210114-D10', short: '区人社局', topics: ['工伤认定', '劳动保障监察处理决定'] },
  { unit: '210114', short: '区政府', topics: ['集体土地征收决定', '政府信息公开答复', '行政复议决定'] },
  { unit: '210114-D15', short: '区农业农村局', topics: ['“大棚房”整治拆除', '农村土地承包经营'] },
  { unit: '210114-D22', short: '区市场监管局', topics: ['食品安全行政处罚', '投诉举报处理'] },
  { unit: '210114-D12', short: '区生态环境分局', topics: ['环境行政处罚'] },
];
const CIVIL_UNITS = [
  '210114-D13',
  '210114-D09',
  '210114-D32',
  '210114-D35',
  '210114-D03',
  '210114',
  '210114-D14',
];
const CONTRACT_UNITS = [
  '210114-D09',
  '210114-D31',
  '210114-D32',
  '210114-D16',
  '210114-D13',
  '210114-D35',
  '210114-D03',
];
const OPINION_UNITS = [
  '210114',
  '210114-D01',
  '210114-D27',
  '210114-D11',
  '210114-D13',
  '210114-D15',
  '210114-D31',
  '210114-D22',
];
const PARTIES = [
  '沈阳某置业有限公司',
  '王某某',
  '李某某',
  '沈阳某建筑工程有限公司',
  '张某某',
  '辽宁某农业发展有限公司',
  '刘某某',
  '沈阳某物流有限公司',
  '赵某某',
  '某村股份经济合作社',
];
const COUNTERPARTIES = [
  '沈阳某建设集团有限公司',
  '辽宁某科技有限公司',
  '沈阳某物业服务有限公司',
  '某投资控股有限公司',
  '沈阳某信息技术有限公司',
  '辽宁某环保工程有限公司',
];

/** Working days of a year up to `last` (Monday–Friday; the demo's dates need no holiday precision). */
function weekdays(year: number, first: string, last: string): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${first}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= last;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6 && d.getUTCFullYear() === year) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

const plusDays = (on: string, n: number) => {
  const d = new Date(`${on}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const min = (a: string, b: string) => (a < b ? a : b);

/** Splits a total in yuan into `n` parts, multiples of 1,000, summing exactly to it (seeded). */
export function splitLoss(total: number, n: number, rnd: () => number): number[] {
  if (n === 0) return [];
  const units = Math.round(total / 1000);
  const weights = Array.from({ length: n }, (_, i) => (i === 0 ? 12 : 0.3 + rnd() * 2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((w / sum) * units)));
  parts[0]! += units - parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => p * 1000);
}

interface Draft extends Omit<MatterLedgerRow, 'matterNumber'> {
  opinion?: { title: string; body: string };
}

/**
 * Plans the concluded matters of a year: requested on weekdays between `first` and `last`, each concluded within
 * a month and by `closeBy`. Numbered in the order requested; opinions numbered in the order issued.
 */
export function planYear(
  year: number,
  counts: Counts,
  range: { first: string; last: string; closeBy: string },
): YearPlan {
  const rnd = seededRandom(year * 7919);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const days = weekdays(year, range.first, range.last);
  const dayAt = (i: number, n: number) =>
    days[Math.min(days.length - 1, Math.floor(((i + rnd()) / Math.max(n, 1)) * days.length))]!;
  const advisersFor = (field: string) => {
    const able = DEMO_ADVISERS.filter((a) => !a.endedIn || a.endedIn >= year).filter((a) =>
      a.fields.includes(field),
    );
    const lead = pick(able.length ? able : DEMO_ADVISERS);
    const second =
      rnd() < 0.3 ? pick(DEMO_ADVISERS.filter((a) => a !== lead && (!a.endedIn || a.endedIn >= year))) : null;
    return [lead, ...(second ? [second] : [])];
  };
  const timed = (requestedOn: string, span: number) => {
    const assignedOn = min(plusDays(requestedOn, 1 + Math.floor(rnd() * 2)), range.closeBy);
    return {
      requestedOn,
      assignedOn,
      concludedOn: min(plusDays(assignedOn, 3 + Math.floor(rnd() * span)), range.closeBy),
    };
  };
  const drafts: (Draft & { lead: DemoAdviser; all: DemoAdviser[] })[] = [];
  const push = (d: Omit<Draft, 'advisers'>, field: string) => {
    const all = advisersFor(field);
    drafts.push({ ...d, advisers: all.map((a) => a.name).join('、'), lead: all[0]!, all });
  };
  const base = {
    outcomeNote: null,
    lossAvoidedYuan: null,
    lossReckoning: null,
    closingReason: null,
    state: 'concluded',
    keyProject: null,
  } as const;

  // 涉诉: lawsuits and arbitrations, the government side a defendant in the administrative suits.
  const litigation = (Object.entries(counts.litigation) as [keyof Counts['litigation'], number][]).flatMap(
    ([category, n]) => Array.from({ length: n }, (_, i) => ({ category, i, n })),
  );
  const losses = splitLoss(counts.lossAvoidedYuan, counts.lossMatters, rnd);
  litigation.forEach(({ category, i, n }, k) => {
    const who = category === 'administrative' ? pick(DEFENDANTS) : null;
    const unit = who?.unit ?? pick(CIVIL_UNITS);
    const topic = who
      ? pick(who.topics)
      : pick(['建设工程施工合同纠纷', '房屋租赁合同纠纷', '国有资产转让纠纷', '劳动争议']);
    const party = pick(PARTIES);
    const subject = who
      ? `${party}诉${who.short}${topic}案`
      : `${party}与区属单位${topic}${category === 'arbitration' ? '仲裁' : ''}案`;
    const keyProject =
      topic === '“大棚房”整治拆除' ? '大棚房' : topic === '集体土地征收决定' ? '苏宁小镇集体土地征拆' : null;
    const t = timed(dayAt(i, n), 25);
    const loss = k < losses.length ? losses[k]! : 0;
    const paid = loss > 0 && rnd() < 0.4 ? Math.round((loss * (0.05 + rnd() * 0.2)) / 1000) * 1000 : 0;
    const claim = loss + paid;
    const outcome =
      loss > 0
        ? paid > 0
          ? 'partly_won'
          : 'won'
        : pick(['won', 'won', 'won', 'mediated', 'withdrawn_by_plaintiff', 'lost']);
    push(
      {
        ...base,
        kind: 'litigation',
        category,
        unit,
        subject,
        keyProject: k === 0 ? '苏宁小镇集体土地征拆' : keyProject,
        counterparty: party,
        partyRole: category === 'administrative' || rnd() < 0.7 ? 'defendant' : 'plaintiff',
        amountAtStake: claim > 0 ? claim : null,
        ...t,
        outcome,
        lossAvoidedYuan: loss > 0 ? loss : null,
        lossReckoning:
          loss > 0
            ? `对方诉请${claim}元，${paid > 0 ? `生效裁判确定支付${paid}元` : '生效裁判驳回全部诉讼请求'}，减损${claim}−${paid}=${loss}元`
            : null,
      },
      category === 'administrative' ? (keyProject ? 'land' : 'administrative') : 'civil',
    );
  });

  // 非诉: key projects (大棚房, 苏宁小镇), key petition cases, negotiations, historical issues (一(四), 一(七)三).
  const NON_LIT: Record<
    keyof Counts['nonLitigation'],
    { subjects: [string, string | null, string][]; field: string }
  > = {
    key_project: {
      field: 'land',
      subjects: [
        ['“大棚房”问题整治后续处置法律论证', '大棚房', '210114-D15'],
        ['苏宁小镇项目集体土地地上物强制征收程序法律服务', '苏宁小镇集体土地征拆', '210114-D35'],
        ['苏宁小镇项目集体土地征收补偿安置法律服务', '苏宁小镇集体土地征拆', '210114-D11'],
      ],
    },
    petition_case: {
      field: 'petition',
      subjects: [['重点信访案件责任认定和赔偿方式法律研判', null, '210114-D27']],
    },
    negotiation: { field: 'contract', subjects: [['招商引资项目合作条件谈判', null, '210114-D31']] },
    historical_issue: {
      field: 'administrative',
      subjects: [['重大历史遗留问题处置法律方案', null, '210114']],
    },
  };
  let nonLitOpinions = counts.nonLitigationWithOpinion;
  for (const [category, n] of Object.entries(counts.nonLitigation) as [
    keyof Counts['nonLitigation'],
    number,
  ][]) {
    const spec = NON_LIT[category];
    for (let i = 0; i < n; i++) {
      const [subject, keyProject, unit] = spec.subjects[i % spec.subjects.length]!;
      const withOpinion = nonLitOpinions > 0 && category !== 'negotiation';
      if (withOpinion) nonLitOpinions -= 1;
      push(
        {
          ...base,
          kind: 'non_litigation',
          category,
          unit,
          subject: `${subject}（${i + 1}）`,
          keyProject,
          counterparty: null,
          partyRole: null,
          amountAtStake: null,
          ...timed(dayAt(i, n), 25),
          outcome: withOpinion ? 'opinion_given' : 'resolved',
          ...(withOpinion
            ? { opinion: { title: `关于${subject}的法律意见书`, body: opinionBody(subject) } }
            : {}),
        },
        spec.field,
      );
    }
  }

  // 法律意见书: opinions on decisions, letters, petitions and investment projects; contract reviews; legality reviews.
  const OPINION_CATEGORIES = ['on_decision', 'on_letter', 'on_petition', 'on_investment'] as const;
  for (let i = 0; i < counts.opinionMatters.legal_opinion; i++) {
    const category = OPINION_CATEGORIES[i % OPINION_CATEGORIES.length]!;
    const what = {
      on_decision: '拟出台决策事项',
      on_letter: '来函事项',
      on_petition: '信访事项',
      on_investment: '招商引资项目',
    }[category];
    const subject = `${what}法律意见（${i + 1}）`;
    push(
      {
        ...base,
        kind: 'legal_opinion',
        category,
        unit: pick(OPINION_UNITS),
        subject,
        counterparty: null,
        partyRole: null,
        amountAtStake: null,
        ...timed(dayAt(i, counts.opinionMatters.legal_opinion), 5),
        outcome: 'opinion_given',
        opinion: { title: `关于${subject}的法律意见书`, body: opinionBody(subject) },
      },
      category === 'on_petition' ? 'petition' : 'administrative',
    );
  }
  const CONTRACT_CATEGORIES = ['procurement', 'investment', 'expropriation', 'lease'] as const;
  for (let i = 0; i < counts.opinionMatters.contract_review; i++) {
    const category = CONTRACT_CATEGORIES[i % CONTRACT_CATEGORIES.length]!;
    const what = {
      procurement: '政府采购合同',
      investment: '招商引资合作协议',
      expropriation: '征收补偿协议',
      lease: '国有资产租赁合同',
    }[category];
    const subject = `${what}合法性审查（${i + 1}）`;
    push(
      {
        ...base,
        kind: 'contract_review',
        category,
        unit: pick(CONTRACT_UNITS),
        subject,
        counterparty: pick(COUNTERPARTIES),
        partyRole: null,
        amountAtStake: (50 + Math.floor(rnd() * 5000)) * 1000,
        ...timed(dayAt(i, counts.opinionMatters.contract_review), 4),
        outcome: rnd() < 0.7 ? 'approved' : rnd() < 0.9 ? 'approved_with_changes' : 'not_approved',
        opinion: { title: `关于${what}的合法性审查意见书`, body: opinionBody(`${what}（${i + 1}）`) },
      },
      'contract',
    );
  }
  const REVIEW_CATEGORIES = ['major_decision', 'normative_document', 'major_enforcement'] as const;
  for (let i = 0; i < counts.opinionMatters.legality_review; i++) {
    const category = REVIEW_CATEGORIES[i % REVIEW_CATEGORIES.length]!;
    const what = {
      major_decision: '重大行政决策',
      normative_document: '行政规范性文件',
      major_enforcement: '重大执法决定',
    }[category];
    const subject = `${what}合法性审查（${i + 1}）`;
    push(
      {
        ...base,
        kind: 'legality_review',
        category,
        unit: pick(OPINION_UNITS),
        subject,
        counterparty: null,
        partyRole: null,
        amountAtStake: null,
        ...timed(dayAt(i, counts.opinionMatters.legality_review), 6),
        outcome: 'opinion_given',
        opinion: { title: `关于${subject}的法律意见书`, body: opinionBody(subject) },
      },
      'administrative',
    );
  }
  for (let i = 0; i < counts.meetings; i++) {
    const category = i % 3 === 0 ? 'coordination_meeting' : 'government_meeting';
    const subject =
      category === 'government_meeting'
        ? `列席区政府常务会议（${i + 1}）`
        : `列席重点项目专题协调会（${i + 1}）`;
    const on = dayAt(i, counts.meetings);
    push(
      {
        ...base,
        kind: 'meeting',
        category,
        unit: '210114',
        subject,
        counterparty: null,
        partyRole: null,
        amountAtStake: null,
        requestedOn: on,
        assignedOn: on,
        concludedOn: min(plusDays(on, 2), range.closeBy),
        outcome: 'attended',
      },
      'administrative',
    );
  }
  return finish(year, drafts);
}

function opinionBody(subject: string): string {
  return [
    `一、基本情况：申请单位就“${subject}”征求法律意见，提供了相关材料。`,
    '二、法律分析：经审查，该事项的主体、权限和程序应当符合法律、法规、规章和国家政策的规定。',
    '三、法律意见：建议在履行相应法定程序、完善相关条款后实施，并注意防范法律风险。',
  ].join('\n');
}

/** Numbers the matters in the order requested and the opinions in the order issued. */
function finish(year: number, drafts: (Draft & { lead: DemoAdviser })[]): YearPlan {
  const ordered = [...drafts].sort(
    (a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.subject.localeCompare(b.subject),
  );
  const matters: MatterLedgerRow[] = [];
  const pending: { on: string; row: Omit<OpinionLedgerRow, 'opinionNumber'> }[] = [];
  ordered.forEach((d, i) => {
    const { opinion, lead, ...row } = d as Draft & { lead: DemoAdviser; all?: unknown };
    delete (row as { all?: unknown }).all;
    const matterNumber = matterNumberOf(year, i + 1);
    matters.push({ ...(row as Omit<MatterLedgerRow, 'matterNumber'>), matterNumber });
    if (opinion)
      pending.push({
        on: d.concludedOn!,
        row: { matterNumber, issuedOn: d.concludedOn!, signer: lead.name, ...opinion },
      });
  });
  pending.sort((a, b) => a.on.localeCompare(b.on) || a.row.matterNumber.localeCompare(b.row.matterNumber));
  const opinions = pending.map((p, i) => ({ opinionNumber: opinionNumberOf(year, i + 1), ...p.row }));
  return { matters, opinions };
}

export const opinionNumberOf = (year: number, n: number) => `于法顾意〔${year}〕${n}号`;

/** 2020 as the seed states it, every matter concluded within the year. */
export function plan2020(): YearPlan {
  const plan = planYear(2020, SEED_2020, { first: '2020-01-02', last: '2020-11-30', closeBy: '2020-12-30' });
  return { matters: [...plan.matters, ...notCounted2020(plan.matters.length)], opinions: plan.opinions };
}

/** Requests of 2020 the advisers did not take on: returned (not a legal matter) or withdrawn by the unit. */
function notCounted2020(after: number): MatterLedgerRow[] {
  const common = {
    keyProject: null,
    counterparty: null,
    partyRole: null,
    amountAtStake: null,
    assignedOn: null,
    advisers: null,
    concludedOn: null,
    outcome: null,
    outcomeNote: null,
    lossAvoidedYuan: null,
    lossReckoning: null,
  } as const;
  return [
    {
      ...common,
      matterNumber: matterNumberOf(2020, after + 1),
      kind: 'litigation',
      category: 'civil',
      unit: '210114-D03',
      subject: '某培训学校与区教育局合同纠纷应诉（申请）',
      partyRole: 'defendant',
      requestedOn: '2020-12-14',
      state: 'returned',
      closingReason: '该案系单位自行委托律师代理，不属于法律顾问团承办范围',
    },
    {
      ...common,
      matterNumber: matterNumberOf(2020, after + 2),
      kind: 'litigation',
      category: 'administrative',
      unit: '210114-D22',
      subject: '某商户诉区市场监管局行政处罚案应诉（申请）',
      partyRole: 'defendant',
      requestedOn: '2020-12-15',
      state: 'withdrawn',
      closingReason: '原告已撤诉，单位撤回申请',
    },
    {
      ...common,
      matterNumber: matterNumberOf(2020, after + 3),
      kind: 'non_litigation',
      category: 'negotiation',
      unit: '210114-D16',
      subject: '商业综合体招商谈判法律服务（申请）',
      requestedOn: '2020-12-16',
      state: 'withdrawn',
      closingReason: '项目暂缓，单位撤回申请',
    },
  ];
}

/** This year's concluded matters at the 2020 pace, requested up to a month before `today`. */
export function planCurrentYear(year: number, today: string): YearPlan {
  const first = `${year}-01-02`;
  const last = plusDays(today, -30);
  if (last < first) return { matters: [], opinions: [] };
  const share = (Date.parse(last) - Date.parse(first)) / (365 * 86_400_000);
  const scale = (n: number) => Math.round(n * share);
  const scaleAll = <K extends string>(r: Record<K, number>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, scale(v as number)])) as Record<K, number>;
  const counts: Counts = {
    litigation: scaleAll(SEED_2020.litigation),
    nonLitigation: scaleAll(SEED_2020.nonLitigation),
    opinionMatters: scaleAll(SEED_2020.opinionMatters),
    nonLitigationWithOpinion: scale(SEED_2020.nonLitigationWithOpinion),
    meetings: scale(SEED_2020.meetings),
    lossAvoidedYuan: Math.round(scale(SEED_2020.lossAvoidedYuan) / 1000) * 1000,
    lossMatters: Math.min(scale(SEED_2020.lossMatters), scale(602)),
  };
  return planYear(year, counts, { first, last, closeBy: plusDays(today, -1) });
}
