import {
  addCalendarDays,
  addWorkingDays,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  type WorkCalendar,
} from '../../../common/calendar/index.js';
import type { CaseTransition, OutcomeCode } from '../../../common/contracts/reconsideration.js';
import { seededRandom } from '../../../common/random.js';

/** One demo case: who applied against whom, and the steps taken, each on its own day. */
export interface DemoCase {
  respondentCode: string;
  channel: 'in_person' | 'letter' | 'online' | 'oral';
  receivedOn: IsoDate;
  actType: 'penalty' | 'coercion' | 'licensing' | 'disclosure' | 'nonperformance' | 'expropriation' | 'other';
  act: string;
  actAmountYuan: number | null;
  steps: {
    transition: CaseTransition;
    on: IsoDate;
    body: Record<string, unknown>;
    role?: 'coordinator' | 'respondent';
  }[];
}

/** The n-th working day before `day` (the calendar counts forward only). */
function workingDayBefore(cal: WorkCalendar, day: IsoDate, n: number): IsoDate {
  let d = day;
  for (let left = n; left > 0; ) {
    d = fromDayNumber(toDayNumber(d) - 1);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

/** 2020's 31 endings (seed 一(七)二: 31 received, all concluded); two disclosure cases match table 四's import. */
const OUTCOMES_2020: OutcomeCode[] = [
  ...Array<OutcomeCode>(13).fill('WEICHI'),
  ...Array<OutcomeCode>(5).fill('CHEXIAO'),
  'BIANGENG',
  ...Array<OutcomeCode>(3).fill('QUERENWEIFA'),
  'LVXING',
  ...Array<OutcomeCode>(3).fill('BOHUIQINGQIU'),
  'HEJIE_ZHONGZHI',
  'HEJIE_ZHONGZHI',
  'ZHONGZHI',
  'BOHUISHENQING',
  'TIAOJIE',
];

/** The acts, by respondent (INVENTED; the 2020 count and "all concluded" are the seed's). */
const ACTS: { code: string; actType: DemoCase['actType']; act: string; amount: number | null }[] = [
  { code: '210114-D22', actType: 'penalty', act: '对销售过期食品作出的罚款决定', amount: 5000 },
  { code: '210114-D25', actType: 'coercion', act: '限期拆除违法建设的决定', amount: null },
  { code: '210114-D13', actType: 'licensing', act: '不予核发施工许可证的决定', amount: null },
  { code: '210114-D11', actType: 'expropriation', act: '集体土地地上物征收补偿决定', amount: 186000 },
  { code: '210114-D10', actType: 'nonperformance', act: '未对拖欠工资投诉作出处理', amount: null },
  { code: '210114-D12', actType: 'penalty', act: '对超标排放作出的罚款决定', amount: 100000 },
  { code: '210114-D06', actType: 'penalty', act: '治安管理处罚决定（罚款）', amount: 500 },
  { code: '210114-D18', actType: 'penalty', act: '对无证行医作出的罚款决定', amount: 20000 },
];

const CHANNELS_2020: DemoCase['channel'][] = [
  ...Array<DemoCase['channel']>(18).fill('in_person'),
  ...Array<DemoCase['channel']>(11).fill('letter'),
  'oral',
  'oral',
];

const SUMMARY: Partial<Record<OutcomeCode, string>> = {
  WEICHI: '认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当，决定维持。',
  CHEXIAO: '主要事实不清、证据不足，决定撤销，责令被申请人重新作出行政行为。',
  BIANGENG: '罚款数额明显不当，决定变更为较低数额。',
  QUERENWEIFA: '程序轻微违法，但对申请人权利不产生实际影响，确认该行政行为违法。',
  LVXING: '被申请人未履行法定职责，责令其在三十日内依法处理。',
  BOHUIQINGQIU: '被申请人在受理前已经履行法定职责，驳回行政复议请求。',
  BOHUISHENQING: '受理后发现申请人与该行政行为没有利害关系，驳回行政复议申请。',
  TIAOJIE: '经调解双方达成协议，制作行政复议调解书。',
};

/**
 * The 31 cases of 2020 under the 2017 text: received Jan–Oct on working days, accepted in the review period,
 * answered, some corrected first, one extended, some heard or put to the committee, all decided by year end.
 */
export function build2020Plan(cal: WorkCalendar): DemoCase[] {
  const random = seededRandom(20_200_731);
  const wd = (from: IsoDate, n: number) => addWorkingDays(cal, from, n);
  return OUTCOMES_2020.map((outcome, i) => {
    const disclosure = i === 0 || i === 26; // one 维持, one 和解终止: table 四's imported 2020 figures
    const act = disclosure
      ? {
          code: '210114-D01',
          actType: 'disclosure' as const,
          act: '政府信息公开申请答复（不予公开）',
          amount: null,
        }
      : ACTS[i % ACTS.length]!;
    const receivedOn = wd('2020-01-02', 4 + Math.floor((i * 190) / 31) + Math.floor(random() * 3));
    const steps: DemoCase['steps'] = [];
    let base = receivedOn;
    if (i % 10 === 3) {
      const asked = wd(base, 2);
      steps.push({
        transition: 'request_correction',
        on: asked,
        body: { items: '请补充被申请复议的行政行为的决定书复印件及申请人身份证明。' },
      });
      base = wd(asked, 5);
      steps.push({ transition: 'receive_correction', on: base, body: {} });
    }
    const acceptedOn = wd(base, 2 + Math.floor(random() * 3));
    steps.push({ transition: 'accept', on: acceptedOn, body: { procedureKind: 'ordinary' } });
    const copyOn = wd(acceptedOn, 3 + Math.floor(random() * 4));
    steps.push({ transition: 'send_copy', on: copyOn, body: {} });
    steps.push({
      transition: 'receive_answer',
      on: addWorkingDays(cal, copyOn, 5),
      body: { evidence: '书面答复一份，证据材料及作出行政行为的依据目录一份。' },
      role: 'respondent',
    });
    if (i % 7 === 2) {
      const hearingOn = wd(copyOn, 15);
      steps.push({
        transition: 'hold_hearing',
        on: hearingOn,
        body: { noticeOn: wd(copyOn, 8), headAttended: true, attendee: '被申请人分管副局长' },
      });
    }
    if (i % 9 === 4)
      steps.push({
        transition: 'consult_committee',
        on: wd(copyOn, 18),
        body: { opinion: '委员会多数意见认为原行政行为认定事实不清。' },
      });
    const extended = i === 12;
    if (extended)
      steps.push({
        transition: 'extend_decision',
        on: addCalendarDays(cal, acceptedOn, 50),
        body: { reason: '案情复杂，需要进一步调查取证' },
      });
    const decideOn = wd(addCalendarDays(cal, acceptedOn, extended ? 72 : 30 + Math.floor(random() * 20)), 1);
    if (outcome === 'HEJIE_ZHONGZHI' || outcome === 'ZHONGZHI')
      steps.push({
        transition: 'terminate',
        on: decideOn,
        body: {
          outcome,
          reason:
            outcome === 'ZHONGZHI'
              ? '申请人自愿撤回行政复议申请。'
              : '双方达成和解，申请人撤回行政复议申请。',
        },
      });
    else
      steps.push({
        transition: 'decide',
        on: decideOn,
        body: {
          outcome,
          summary: SUMMARY[outcome],
          ...(outcome === 'CHEXIAO' ? { redoWithinDays: 30 } : {}),
        },
      });
    if (outcome === 'CHEXIAO' && i % 2 === 0) {
      const issued = wd(decideOn, 3);
      steps.push({
        transition: 'issue_advice',
        on: issued,
        body: { kind: 'opinion', addressee: 'respondent', content: '建议规范调查取证程序，完善证据链。' },
      });
      steps.push({
        transition: 'receive_advice_report',
        on: addCalendarDays(cal, issued, 40),
        body: { report: '已组织执法人员专题培训，修订调查取证工作规范。' },
        role: 'respondent',
      });
    }
    return {
      respondentCode: act.code,
      channel: CHANNELS_2020[(i * 7) % 31]!,
      receivedOn,
      actType: act.actType,
      act: act.act,
      actAmountYuan: act.amount,
      steps,
    };
  });
}

/**
 * This year's cases to the load day under the 2023 text, one or more in every stage: under review for
 * acceptance, awaiting a correction, accepted (ordinary and simplified), answered, heard, suspended for an
 * incidental review, deemed accepted, not answered, and concluded every way — with an advice letter waiting
 * for its report. Dates count back from `today` in working days.
 */
export function buildCurrentPlan(cal: WorkCalendar, today: IsoDate): DemoCase[] {
  const back = (n: number) => workingDayBefore(cal, today, n);
  const wd = (from: IsoDate, n: number) => addWorkingDays(cal, from, n);
  const penalty = {
    respondentCode: '210114-D22',
    actType: 'penalty' as const,
    act: '对销售不合格商品作出的罚款决定',
    actAmountYuan: 2000,
  };
  const disclosureAct = {
    respondentCode: '210114-D01',
    actType: 'disclosure' as const,
    act: '政府信息公开申请答复（部分公开）',
    actAmountYuan: null,
  };
  const building = {
    respondentCode: '210114-D25',
    actType: 'coercion' as const,
    act: '限期拆除违法建设的决定',
    actAmountYuan: null,
  };
  const labour = {
    respondentCode: '210114-D10',
    actType: 'nonperformance' as const,
    act: '未对工伤认定申请作出决定',
    actAmountYuan: null,
  };
  const answer = { evidence: '书面答复一份，证据材料及依据目录一份。' };
  const accept = (on: IsoDate, simplified = false) => ({
    transition: 'accept' as const,
    on,
    body: simplified
      ? { procedureKind: 'simplified', simplifiedGround: 'small_amount' }
      : { procedureKind: 'ordinary' },
  });
  const flow = (receivedOn: IsoDate, upTo: 'accepted' | 'copy' | 'answered') => {
    const steps: DemoCase['steps'] = [accept(wd(receivedOn, 2))];
    if (upTo === 'accepted') return steps;
    steps.push({ transition: 'send_copy', on: wd(receivedOn, 4), body: {} });
    if (upTo === 'answered')
      steps.push({ transition: 'receive_answer', on: wd(receivedOn, 9), body: answer, role: 'respondent' });
    return steps;
  };
  const r = (n: number) => back(n);
  return [
    { ...penalty, channel: 'online', receivedOn: r(1), steps: [] },
    {
      ...building,
      channel: 'in_person',
      receivedOn: r(3),
      steps: [
        { transition: 'request_correction', on: r(2), body: { items: '请补充限期拆除决定书复印件。' } },
      ],
    },
    { ...labour, channel: 'letter', receivedOn: r(5), steps: flow(r(5), 'accepted') },
    {
      ...penalty,
      channel: 'in_person',
      receivedOn: r(8),
      steps: [accept(r(7), true), { transition: 'send_copy', on: r(6), body: {} }],
    },
    {
      ...building,
      channel: 'letter',
      receivedOn: r(30),
      steps: [
        ...flow(r(30), 'answered'),
        {
          transition: 'hold_hearing',
          on: r(12),
          body: { noticeOn: r(19), headAttended: true, attendee: '区城管执法局局长' },
        },
        { transition: 'consult_committee', on: r(8), body: { opinion: '委员会建议进一步核实建设时间。' } },
      ],
    },
    {
      ...disclosureAct,
      channel: 'online',
      receivedOn: r(28),
      steps: [
        ...flow(r(28), 'answered'),
        {
          transition: 'refer_normative_document',
          on: r(15),
          body: { document: '于洪区政府信息公开工作规程（示例）' },
        },
      ],
    },
    {
      ...labour,
      channel: 'in_person',
      receivedOn: r(9),
      steps: [{ transition: 'deem_accepted', on: r(2), body: {} }],
    },
    {
      ...penalty,
      channel: 'letter',
      receivedOn: r(40),
      steps: [...flow(r(40), 'copy'), { transition: 'record_no_answer', on: r(20), body: {} }],
    },
    {
      ...penalty,
      channel: 'in_person',
      receivedOn: r(60),
      steps: [
        ...flow(r(60), 'answered'),
        {
          transition: 'decide',
          on: r(30),
          body: {
            outcome: 'CHEXIAO',
            summary: '主要事实不清、证据不足，决定撤销，责令重新作出。',
            redoWithinDays: 30,
          },
        },
        {
          transition: 'issue_advice',
          on: r(27),
          body: { kind: 'opinion', addressee: 'respondent', content: '建议完善现场检查笔录的制作。' },
        },
      ],
    },
    {
      ...building,
      channel: 'oral',
      receivedOn: r(70),
      steps: [
        ...flow(r(70), 'answered'),
        {
          transition: 'decide',
          on: r(40),
          body: { outcome: 'WEICHI', summary: '认定事实清楚，证据确凿，决定维持。' },
        },
      ],
    },
    {
      ...disclosureAct,
      channel: 'online',
      receivedOn: r(50),
      steps: [
        ...flow(r(50), 'answered'),
        {
          transition: 'decide',
          on: r(35),
          body: { outcome: 'WEICHI', summary: '答复内容符合规定，决定维持。' },
        },
      ],
    },
    {
      ...labour,
      channel: 'letter',
      receivedOn: r(45),
      steps: [
        {
          transition: 'reject',
          on: r(42),
          body: { reason: '申请事项不属于本机关的管辖范围', competentOrgan: '沈阳市人力资源和社会保障局' },
        },
      ],
    },
    {
      ...penalty,
      channel: 'in_person',
      receivedOn: r(48),
      steps: [
        { transition: 'request_correction', on: r(47), body: { items: '请补充申请人身份证明。' } },
        { transition: 'lapse_correction', on: r(30), body: {} },
      ],
    },
    {
      ...building,
      channel: 'in_person',
      receivedOn: r(95),
      steps: [
        ...flow(r(95), 'answered'),
        { transition: 'extend_decision', on: r(55), body: { reason: '案情复杂，需要现场勘验' } },
        {
          transition: 'decide',
          on: r(50),
          body: { outcome: 'QUERENWEIFA', summary: '程序违法但撤销会给公共利益造成重大损害，确认违法。' },
        },
      ],
    },
    {
      ...penalty,
      channel: 'online',
      receivedOn: r(110),
      steps: [
        ...flow(r(110), 'answered'),
        {
          transition: 'decide',
          on: r(85),
          body: { outcome: 'BIANGENG', summary: '罚款数额明显不当，变更为一千元。' },
        },
        {
          transition: 'issue_advice',
          on: r(83),
          body: { kind: 'suggestion', addressee: 'respondent', content: '建议细化行政处罚裁量基准。' },
        },
        {
          transition: 'receive_advice_report',
          on: r(60),
          body: { report: '已修订本局行政处罚裁量基准。' },
          role: 'respondent',
        },
      ],
    },
    {
      ...penalty,
      channel: 'online',
      receivedOn: r(2),
      steps: [{ transition: 'withdraw', on: r(1), body: {} }],
    },
  ];
}
