import { fromDayNumber, toDayNumber } from '../../../../common/calendar/index.js';
import type { JudgmentType } from '../../../../common/contracts/litigation.js';

/**
 * The demo's lawsuits as data (INVENTED BUT PLAUSIBLE: the seed names 行政应诉 without a figure, 一(七)一).
 * 2020: twelve suits filed and decided, exactly one against a disclosure reply (direct, claims rejected — the
 * 2020 disclosure report's table 四 imported figures say so). The current year: a case in every stage, dated
 * back from the load day. Every step is fired through the procedure on its own day.
 */
export interface PlannedHearing {
  on: string;
  head: { name: string; position: string; level: 'principal' | 'deputy' | 'other_leader' } | null;
  courtRequested?: boolean;
  staff?: string;
}

export interface PlannedLawsuit {
  caseNumber: string;
  court: string;
  unit: string;
  plaintiffName: string;
  plaintiffKind: 'person' | 'organisation';
  cause: string;
  actChallenged: string;
  actKind:
    | 'disclosure'
    | 'penalty'
    | 'coercion'
    | 'licensing'
    | 'expropriation'
    | 'inaction'
    | 'agreement'
    | 'other';
  actRef?: string;
  afterReconsideration?: { number: string; result: 'upheld' | 'changed' | 'silent' };
  filedOn: string;
  servedOn: string;
  answeredOn?: string;
  hearings?: PlannedHearing[];
  judgment?: { type: JudgmentType; on: string; servedOn: string; summary?: string; performBy?: string };
  appeal?: { on: string; by: 'plaintiff' | 'defendant'; number: string };
  second?: { result: 'appeal_dismissed' | 'amended' | 'appeal_withdrawn'; on: string; type?: JudgmentType };
  effectiveOn?: string;
  closedOn?: string;
  performance?: string;
  suggestion?: { on: string; content: string; reply?: { on: string; text: string } };
  /** The corrective task's rectification (submitted; accepted when `acceptedOn`). */
  rectification?: { on: string; text: string; acceptedOn?: string };
}

const COURT = '沈阳市于洪区人民法院';
const HEADS = {
  D25: { name: '赵立群', position: '区城管执法局副局长', level: 'deputy' as const },
  D13: { name: '孙国庆', position: '区住建局局长', level: 'principal' as const },
  D22: { name: '周明', position: '区市场监管局副局长', level: 'deputy' as const },
  D11: { name: '吴海涛', position: '区自然资源分局副局长', level: 'deputy' as const },
  D10: { name: '郑丽', position: '区人社局副局长', level: 'deputy' as const },
  D01: { name: '王建', position: '区政府办公室副主任', level: 'other_leader' as const },
};

const first = (n: number, year: number) => `（${year}）辽0114行初${n}号`;

/** 2020's suits: filed, heard and decided in the year; two decisions correct the act and their tasks close. */
export const SUITS_2020: readonly PlannedLawsuit[] = [
  {
    caseNumber: first(9, 2020),
    court: COURT,
    unit: '区政府办公室',
    plaintiffName: '刘某某',
    plaintiffKind: 'person',
    cause: '政府信息公开答复',
    actChallenged: '区政府办公室政府信息公开申请答复书',
    actKind: 'disclosure',
    filedOn: '2020-03-16',
    servedOn: '2020-03-19',
    answeredOn: '2020-03-31',
    hearings: [{ on: '2020-05-12', head: HEADS.D01 }],
    judgment: {
      type: 'reject_claims',
      on: '2020-06-08',
      servedOn: '2020-06-10',
      summary: '答复内容和程序合法',
    },
    effectiveOn: '2020-06-26',
    closedOn: '2020-06-26',
  },
  {
    caseNumber: first(14, 2020),
    court: COURT,
    unit: '区城市管理和综合行政执法局',
    plaintiffName: '沈阳某某商贸有限公司',
    plaintiffKind: 'organisation',
    cause: '行政处罚',
    actChallenged: '于城管罚〔2020〕8号行政处罚决定',
    actKind: 'penalty',
    actRef: '于城管罚〔2020〕8号',
    filedOn: '2020-04-07',
    servedOn: '2020-04-10',
    answeredOn: '2020-04-22',
    hearings: [{ on: '2020-05-26', head: HEADS.D25 }],
    judgment: {
      type: 'revoke',
      on: '2020-06-30',
      servedOn: '2020-07-03',
      summary: '未告知听证权利，违反法定程序',
    },
    effectiveOn: '2020-07-19',
    closedOn: '2020-08-20',
    performance: '已撤销原处罚决定',
    rectification: {
      on: '2020-08-14',
      text: '已撤销原处罚决定；修订听证告知文书格式，组织全局执法人员程序培训',
      acceptedOn: '2020-08-20',
    },
  },
  {
    caseNumber: first(21, 2020),
    court: COURT,
    unit: '区住房和城乡建设局',
    plaintiffName: '陈某某',
    plaintiffKind: 'person',
    cause: '房屋征收补偿决定',
    actChallenged: '于住建征补〔2020〕4号房屋征收补偿决定',
    actKind: 'expropriation',
    filedOn: '2020-05-11',
    servedOn: '2020-05-14',
    answeredOn: '2020-05-27',
    hearings: [{ on: '2020-06-23', head: HEADS.D13, courtRequested: true }],
    judgment: { type: 'reject_claims', on: '2020-07-28', servedOn: '2020-07-30' },
    effectiveOn: '2020-08-15',
    closedOn: '2020-08-15',
  },
  {
    caseNumber: first(26, 2020),
    court: COURT,
    unit: '区住房和城乡建设局',
    plaintiffName: '于某',
    plaintiffKind: 'person',
    cause: '强制拆除',
    actChallenged: '强制拆除违法建筑行为',
    actKind: 'coercion',
    filedOn: '2020-05-25',
    servedOn: '2020-05-28',
    answeredOn: '2020-06-10',
    hearings: [{ on: '2020-07-14', head: null, staff: '区住建局法规科 刘洋' }],
    judgment: {
      type: 'confirm_illegal',
      on: '2020-08-25',
      servedOn: '2020-08-27',
      summary: '未履行催告程序',
    },
    effectiveOn: '2020-09-12',
    closedOn: '2020-10-30',
    performance: '判决确认违法，无需履行',
    rectification: {
      on: '2020-10-23',
      text: '修订强制拆除工作规程，增加催告、陈述申辩环节；对承办人员约谈',
      acceptedOn: '2020-10-30',
    },
  },
  {
    caseNumber: first(33, 2020),
    court: COURT,
    unit: '区人力资源和社会保障局',
    plaintiffName: '沈阳某某机械制造有限公司',
    plaintiffKind: 'organisation',
    cause: '工伤认定',
    actChallenged: '认定工伤决定书',
    actKind: 'other',
    filedOn: '2020-06-15',
    servedOn: '2020-06-18',
    answeredOn: '2020-06-30',
    hearings: [{ on: '2020-08-04', head: HEADS.D10 }],
    judgment: { type: 'reject_claims', on: '2020-09-01', servedOn: '2020-09-03' },
    effectiveOn: '2020-09-19',
    closedOn: '2020-09-19',
  },
  {
    caseNumber: first(40, 2020),
    court: COURT,
    unit: '区自然资源分局',
    plaintiffName: '张某某',
    plaintiffKind: 'person',
    cause: '集体土地征收',
    actChallenged: '集体土地地上物强制征收决定',
    actKind: 'expropriation',
    filedOn: '2020-07-06',
    servedOn: '2020-07-09',
    answeredOn: '2020-07-21',
    hearings: [{ on: '2020-08-18', head: HEADS.D11, courtRequested: true }],
    judgment: { type: 'reject_claims', on: '2020-09-22', servedOn: '2020-09-24' },
    effectiveOn: '2020-10-16',
    closedOn: '2020-10-16',
  },
  {
    caseNumber: first(47, 2020),
    court: COURT,
    unit: '区市场监督管理局',
    plaintiffName: '沈阳某某餐饮管理有限公司',
    plaintiffKind: 'organisation',
    cause: '行政处罚',
    actChallenged: '于市监罚〔2020〕31号行政处罚决定',
    actKind: 'penalty',
    filedOn: '2020-07-20',
    servedOn: '2020-07-23',
    answeredOn: '2020-08-04',
    judgment: { type: 'withdrawn', on: '2020-08-28', servedOn: '2020-08-31' },
    effectiveOn: '2020-09-11',
    closedOn: '2020-09-11',
  },
  {
    caseNumber: first(52, 2020),
    court: COURT,
    unit: '区城市管理和综合行政执法局',
    plaintiffName: '高某',
    plaintiffKind: 'person',
    cause: '行政强制',
    actChallenged: '暂扣物品行为',
    actKind: 'coercion',
    filedOn: '2020-08-10',
    servedOn: '2020-08-13',
    answeredOn: '2020-08-25',
    hearings: [{ on: '2020-09-22', head: null, staff: '区城管执法局法制科 王磊' }],
    judgment: { type: 'reject_claims', on: '2020-10-27', servedOn: '2020-10-29' },
    effectiveOn: '2020-11-14',
    closedOn: '2020-11-14',
  },
  {
    caseNumber: first(58, 2020),
    court: COURT,
    unit: '区重点项目建设服务中心',
    plaintiffName: '沈阳某某置业有限公司',
    plaintiffKind: 'organisation',
    cause: '行政协议',
    actChallenged: '项目投资协议履行',
    actKind: 'agreement',
    filedOn: '2020-08-24',
    servedOn: '2020-08-27',
    answeredOn: '2020-09-08',
    judgment: { type: 'mediated', on: '2020-10-20', servedOn: '2020-10-20' },
    effectiveOn: '2020-10-20',
    closedOn: '2020-11-30',
    performance: '按调解书约定履行完毕',
  },
  {
    caseNumber: first(63, 2020),
    court: COURT,
    unit: '区住房和城乡建设局',
    plaintiffName: '马某某',
    plaintiffKind: 'person',
    cause: '房屋征收补偿决定',
    actChallenged: '于住建征补〔2020〕11号房屋征收补偿决定',
    actKind: 'expropriation',
    afterReconsideration: { number: '于政复〔2020〕12号', result: 'upheld' },
    filedOn: '2020-09-07',
    servedOn: '2020-09-10',
    answeredOn: '2020-09-22',
    hearings: [{ on: '2020-10-20', head: HEADS.D13 }],
    judgment: { type: 'reject_claims', on: '2020-11-17', servedOn: '2020-11-19' },
    effectiveOn: '2020-12-05',
    closedOn: '2020-12-05',
  },
  {
    caseNumber: first(71, 2020),
    court: COURT,
    unit: '区人力资源和社会保障局',
    plaintiffName: '孙某',
    plaintiffKind: 'person',
    cause: '不履行法定职责',
    actChallenged: '未对劳动保障监察投诉作出处理',
    actKind: 'inaction',
    filedOn: '2020-09-28',
    servedOn: '2020-10-09',
    answeredOn: '2020-10-21',
    judgment: {
      type: 'dismiss_suit',
      on: '2020-11-10',
      servedOn: '2020-11-12',
      summary: '已依法处理，起诉不符合条件',
    },
    effectiveOn: '2020-11-23',
    closedOn: '2020-11-23',
  },
  {
    caseNumber: first(78, 2020),
    court: COURT,
    unit: '区城市管理和综合行政执法局',
    plaintiffName: '沈阳某某广告有限公司',
    plaintiffKind: 'organisation',
    cause: '行政处罚',
    actChallenged: '于城管罚〔2020〕45号行政处罚决定',
    actKind: 'penalty',
    filedOn: '2020-10-19',
    servedOn: '2020-10-22',
    answeredOn: '2020-11-03',
    hearings: [{ on: '2020-11-24', head: HEADS.D25 }],
    judgment: { type: 'reject_claims', on: '2020-12-15', servedOn: '2020-12-17' },
    effectiveOn: '2021-01-05',
    closedOn: '2021-01-05',
  },
];

/** A day `n` days before `today`. */
export function daysBefore(today: string, n: number): string {
  return fromDayNumber(toDayNumber(today) - n);
}

/**
 * The current year's suits, dated back from the load day: every stage of the procedure, an open corrective
 * task for the 区市场监督管理局 (the department the demo officer works in), one awaiting acceptance, an
 * unanswered judicial suggestion.
 */
export function currentSuits(today: string): PlannedLawsuit[] {
  const d = (n: number) => daysBefore(today, n);
  const year = Number(today.slice(0, 4));
  const n = (k: number) => first(k, year);
  const base = { court: COURT, plaintiffKind: 'person' as const };
  return [
    {
      ...base,
      caseNumber: n(101),
      unit: '区城市管理和综合行政执法局',
      plaintiffName: '黄某某',
      cause: '行政处罚',
      actChallenged: '责令限期拆除决定',
      actKind: 'penalty',
      filedOn: d(6),
      servedOn: d(3),
    },
    {
      ...base,
      caseNumber: n(97),
      unit: '区住房和城乡建设局',
      plaintiffName: '沈阳某某房地产开发有限公司',
      plaintiffKind: 'organisation',
      cause: '行政许可',
      actChallenged: '不予核发施工许可决定',
      actKind: 'licensing',
      filedOn: d(15),
      servedOn: d(12),
    },
    {
      ...base,
      caseNumber: n(92),
      unit: '区市场监督管理局',
      plaintiffName: '沈阳某某食品有限公司',
      plaintiffKind: 'organisation',
      cause: '行政处罚',
      actChallenged: `于市监罚〔${year}〕18号行政处罚决定`,
      actKind: 'penalty',
      actRef: `于市监罚〔${year}〕18号`,
      filedOn: d(34),
      servedOn: d(30),
      answeredOn: d(20),
    },
    {
      ...base,
      caseNumber: n(85),
      unit: '区自然资源分局',
      plaintiffName: '李某某',
      cause: '集体土地征收',
      actChallenged: '地上物补偿决定',
      actKind: 'expropriation',
      filedOn: d(74),
      servedOn: d(70),
      answeredOn: d(58),
      hearings: [{ on: d(20), head: HEADS.D11, courtRequested: true }],
    },
    {
      ...base,
      caseNumber: n(81),
      unit: '区人力资源和社会保障局',
      plaintiffName: '何某',
      cause: '工伤认定',
      actChallenged: '不予认定工伤决定',
      actKind: 'other',
      filedOn: d(80),
      servedOn: d(77),
      answeredOn: d(66),
      hearings: [{ on: d(15), head: null, staff: '区人社局法规科 陈晨' }],
    },
    {
      ...base,
      caseNumber: n(72),
      unit: '区城市管理和综合行政执法局',
      plaintiffName: '冯某某',
      cause: '行政强制',
      actChallenged: '强制拆除行为',
      actKind: 'coercion',
      filedOn: d(95),
      servedOn: d(90),
      answeredOn: d(78),
      hearings: [{ on: d(45), head: HEADS.D25 }],
      judgment: { type: 'reject_claims', on: d(8), servedOn: d(6) },
    },
    {
      ...base,
      caseNumber: n(60),
      unit: '区住房和城乡建设局',
      plaintiffName: '曹某某',
      cause: '房屋征收补偿决定',
      actChallenged: `于住建征补〔${year}〕2号房屋征收补偿决定`,
      actKind: 'expropriation',
      filedOn: d(200),
      servedOn: d(196),
      answeredOn: d(184),
      hearings: [{ on: d(110), head: HEADS.D13 }],
      judgment: { type: 'revoke_redo', on: d(60), servedOn: d(57), summary: '补偿标准适用错误' },
      appeal: { on: d(50), by: 'defendant', number: `（${year}）辽01行终12号` },
    },
    {
      ...base,
      caseNumber: n(55),
      unit: '区市场监督管理局',
      plaintiffName: '沈阳某某药房连锁有限公司',
      plaintiffKind: 'organisation',
      cause: '行政处罚',
      actChallenged: `于市监罚〔${year}〕7号行政处罚决定`,
      actKind: 'penalty',
      actRef: `于市监罚〔${year}〕7号`,
      filedOn: d(150),
      servedOn: d(147),
      answeredOn: d(136),
      hearings: [{ on: d(90), head: HEADS.D22, courtRequested: true }],
      judgment: {
        type: 'confirm_illegal',
        on: d(40),
        servedOn: d(38),
        summary: '现场检查笔录未经当事人签字确认，违反法定程序',
      },
      effectiveOn: d(22),
    },
    {
      ...base,
      caseNumber: n(41),
      unit: '区住房和城乡建设局',
      plaintiffName: '邓某',
      cause: '行政强制',
      actChallenged: '查封施工现场决定',
      actKind: 'coercion',
      filedOn: d(170),
      servedOn: d(166),
      answeredOn: d(155),
      hearings: [{ on: d(120), head: HEADS.D13 }],
      judgment: { type: 'revoke', on: d(80), servedOn: d(78), summary: '超越职权' },
      effectiveOn: d(62),
      closedOn: d(30),
      performance: '已解除查封',
      rectification: { on: d(28), text: '已解除查封，明确查封扣押须经局法制审核后实施' },
    },
    {
      ...base,
      caseNumber: n(33),
      unit: '区城市管理和综合行政执法局',
      plaintiffName: '任某某',
      cause: '行政处罚',
      actChallenged: '罚款决定',
      actKind: 'penalty',
      filedOn: d(185),
      servedOn: d(181),
      answeredOn: d(170),
      hearings: [{ on: d(130), head: HEADS.D25 }],
      judgment: { type: 'reject_claims', on: d(100), servedOn: d(98) },
      effectiveOn: d(80),
      closedOn: d(80),
      suggestion: { on: d(75), content: '建议完善违法建设认定标准，加强执法文书说理' },
    },
    {
      ...base,
      caseNumber: n(21),
      unit: '区人力资源和社会保障局',
      plaintiffName: '魏某',
      cause: '不履行法定职责',
      actChallenged: '未答复投诉',
      actKind: 'inaction',
      filedOn: d(190),
      servedOn: d(186),
      answeredOn: d(175),
      judgment: { type: 'withdrawn', on: d(140), servedOn: d(138) },
      effectiveOn: d(126),
      suggestion: {
        on: d(130),
        content: '建议规范劳动保障监察投诉受理告知',
        reply: { on: d(110), text: '已修订投诉受理告知书，明确办理时限' },
      },
    },
  ];
}
