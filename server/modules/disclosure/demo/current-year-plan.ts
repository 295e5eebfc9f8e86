import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';
import type { RequestOutcome } from '../../../../common/contracts/disclosure/outcomes.js';
import type { RequestTransitionKey } from '../procedure.js';
import {
  applicantOf,
  DEMO_TOTAL,
  type DemoRequest,
  groundsOf,
  OUTCOMES,
  TOPICS,
  UNITS,
} from './requests-plan.js';

/** One step of a demo request, on its own date (never after the day the demo loads). */
export interface DemoStep {
  transition: RequestTransitionKey;
  on: IsoDate;
  body: Record<string, unknown>;
}

/** A request of this year: intake as in 2020, then the steps taken so far. */
export interface CurrentYearRequest
  extends Omit<DemoRequest, 'outcome' | 'replyAfter' | 'special' | 'grounds'> {
  /** Where the request stands on the day the demo loads, for the tests and the reader. */
  stage: CurrentStage;
  steps: DemoStep[];
}

export const CURRENT_STAGES = [
  'concluded',
  'on_time',
  'due_soon',
  'overdue',
  'extended',
  'awaiting_correction',
  'consulting_third_party',
  'consulting_organ',
] as const;
export type CurrentStage = (typeof CURRENT_STAGES)[number];

/**
 * The open requests on the day the demo loads. `age` is the working days since receipt; the reply period
 * is 20 WD (条例 第三十三条第二款), due soon in its last 3 WD, overdue after it. Step offsets are working
 * days from receipt, each at most `age`, so no step lies after today.
 */
const OPEN: readonly {
  stage: CurrentStage;
  age: number;
  steps: (d: (n: number) => IsoDate, cal: WorkCalendar) => DemoStep[];
}[] = [
  { stage: 'on_time', age: 0, steps: () => [] },
  { stage: 'awaiting_correction', age: 1, steps: (d, cal) => [correction(d(1), cal)] },
  { stage: 'on_time', age: 4, steps: () => [] },
  { stage: 'consulting_organ', age: 6, steps: (d) => [organ(d(2))] },
  { stage: 'awaiting_correction', age: 5, steps: (d, cal) => [correction(d(3), cal)] },
  { stage: 'consulting_third_party', age: 8, steps: (d) => [thirdParty(d(3)), thirdPartyReceipt(d(5))] },
  { stage: 'on_time', age: 10, steps: () => [] },
  { stage: 'due_soon', age: 17, steps: () => [] },
  { stage: 'due_soon', age: 19, steps: () => [] },
  { stage: 'overdue', age: 23, steps: () => [] },
  { stage: 'extended', age: 26, steps: (d) => [extension(d(18))] },
  { stage: 'overdue', age: 31, steps: () => [] },
];

const correction = (on: IsoDate, cal: WorkCalendar): DemoStep => ({
  transition: 'request_correction',
  on,
  body: {
    // A correction deadline is a date given to the applicant, not a step: it may lie after today (条例 第三十条).
    deadlineOn: addWorkingDays(cal, on, 15),
    note: '请补充所需信息的具体名称、文号或者形成时间，以便检索。',
  },
});
const organ = (on: IsoDate): DemoStep => ({
  transition: 'consult_organ',
  on,
  body: { organName: '沈阳市于洪区人民政府办公室（虚构）', note: '所申请信息系与区政府办公室共同制作' },
});
const thirdParty = (on: IsoDate): DemoStep => ({
  transition: 'consult_third_party',
  on,
  body: { thirdPartyName: '沈阳示例房地产开发有限公司（虚构）' },
});
const thirdPartyReceipt = (on: IsoDate): DemoStep => ({
  transition: 'record_third_party_receipt',
  on,
  body: { note: '第三方已签收征求意见书' },
});
const extension = (on: IsoDate): DemoStep => ({
  transition: 'extend_reply',
  on,
  body: { reason: '所需信息涉及多个科室历年档案，需调档汇总，延长答复期限', notifiedOn: on },
});

/** Replies of the concluded requests: mostly granted, the rest as the 2020 mix (table 三 outcomes). */
function concludedSteps(cal: WorkCalendar, i: number, age: number, d: (n: number) => IsoDate): DemoStep[] {
  const k = (i * 7 + 3) % DEMO_TOTAL;
  const outcome: RequestOutcome = OUTCOMES[k] ?? 'granted';
  const reply = (at: number): DemoStep =>
    outcome === 'other'
      ? { transition: 'withdraw', on: d(at), body: { reason: '申请人书面撤回申请' } }
      : { transition: 'reply', on: d(at), body: { outcome, ...groundsOf(k, outcome) } };
  // One in nine went through a correction, one in eleven through a third party, when time allowed.
  if (i % 9 === 4 && age >= 14) {
    return [
      correction(d(2), cal),
      { transition: 'receive_correction', on: d(5), body: { note: '申请人补充了文件名称' } },
      reply(Math.min(age, 14)),
    ];
  }
  if (i % 11 === 6 && age >= 18) {
    return [
      thirdParty(d(3)),
      thirdPartyReceipt(d(4)),
      { transition: 'receive_consultation', on: d(12), body: { opinion: 'consent', note: '第三方同意公开' } },
      reply(Math.min(age, 18)),
    ];
  }
  return [reply(Math.min(age, 3 + ((i * 5) % 13)))];
}

/**
 * This year's requests to the day the demo loads (`days`: the year's working days up to today): at the 2020
 * pace of 43 a year, concluded ones spread over the year, and open ones in every state — on time, due soon,
 * overdue, extended, waiting for 补正, consulting a third party or another organ. A state needing more
 * working days than the year has had so far (on January 5, say) is left out. All names INVENTED.
 */
export function buildCurrentYearPlan(
  cal: WorkCalendar,
  days: readonly IsoDate[],
  yearLength = 250,
): CurrentYearRequest[] {
  const last = days.length - 1;
  if (last < 0) return [];
  const year = Number(days[0]!.slice(0, 4));
  const at = (received: number) => (n: number) => days[Math.min(received + n, last)]!;
  const planned: { stage: CurrentStage; received: number; steps: DemoStep[] }[] = [];
  const concluded = Math.max(1, Math.round((DEMO_TOTAL * days.length) / yearLength));
  // Concluded ones are received before the open ones began to pile up, evenly over the year so far.
  const span = Math.max(1, last - 10);
  for (let i = 0; i < concluded; i++) {
    const received = Math.min(last, Math.floor((i * span) / concluded));
    planned.push({
      stage: 'concluded',
      received,
      steps: concludedSteps(cal, i, last - received, at(received)),
    });
  }
  for (const open of OPEN) {
    if (open.age > last) continue;
    const received = last - open.age;
    planned.push({ stage: open.stage, received, steps: open.steps(at(received), cal) });
  }
  return planned
    .sort((a, b) => a.received - b.received)
    .map((p, i) => requestOf(i, year, days[p.received]!, p.stage, p.steps));
}

/** Mostly new natural persons; some companies and law firms that asked in 2020 come back (their 2020 index). */
const applicantIndex = (i: number) =>
  i % 5 === 2 ? [5, 19, 33, 40][i % 4]! : i % 7 === 5 ? [12, 27, 36][i % 3]! : 100 + i;

function requestOf(
  i: number,
  year: number,
  receivedOn: IsoDate,
  stage: CurrentStage,
  steps: DemoStep[],
): CurrentYearRequest {
  const unitCode = UNITS[(i + 3) % UNITS.length]!;
  const topics = TOPICS[unitCode]!;
  // Online requests have grown since 2020: one in four; one in six in person, the rest by letter.
  const channel = i % 4 === 1 ? 'online' : i % 6 === 3 ? 'in_person' : 'letter';
  return {
    unitCode,
    channel,
    mailKind: channel === 'letter' ? (i % 3 === 0 ? 'ordinary' : 'registered') : null,
    receivedOn,
    applicant: applicantOf(applicantIndex(i)),
    description: `${topics[i % topics.length]!.replace('2019', String(year - 1))}（演示数据）`,
    deliveryMethod: channel === 'online' ? 'email' : i % 4 === 0 ? 'paper_pickup' : 'paper_mail',
    stage,
    steps,
  };
}
