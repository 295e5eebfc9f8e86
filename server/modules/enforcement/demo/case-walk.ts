import {
  addCalendarDays,
  addWorkingDays,
  type IsoDate,
  type WorkCalendar,
} from '../../../../common/calendar/index.js';
import type { CaseState } from '../../../../common/contracts/enforcement/dictionaries.js';
import type { CaseTransitionKey } from '../procedure.js';
import { penaltyPeriodsOn } from '../rules/periods.js';
import { intIn, type Rand } from './random.js';

/** One procedure step as the engine would have recorded it. */
export interface PlannedStep {
  transition: CaseTransitionKey;
  from: CaseState;
  to: CaseState;
  on: IsoDate;
  input: Record<string, unknown>;
  by: 'handler' | 'reviewer';
}

/** A 法制审核 row: submitted, concluded, and whether it carried a benchmark deviation. */
export interface PlannedReview {
  submittedOn: IsoDate;
  /** Null while the review is still with the reviewer (a current-year case waiting for 法制审核). */
  concludedOn: IsoDate | null;
  conclusion: 'lawful' | 'amend' | null;
  opinion: string | null;
  deviationFlagged: boolean;
}

export type HearingPath = 'none' | 'requested' | 'waived' | 'lapsed';

/** What a case's walk through the procedure depends on. */
export interface WalkPlan {
  kind: 'penalty' | 'licensing' | 'coercion';
  openedOn: IsoDate;
  /** Last day evidence was collected: the notice comes after it. */
  evidenceUntil: IsoDate;
  hearing: HearingPath;
  /** Goes to 法制审核 (major, or a benchmark deviation put to the reviewer). */
  reviewed: boolean;
  /** Returned once by the reviewer for more investigation before approval. */
  returnedOnce: boolean;
  collective: boolean;
  /** There is something to execute (罚没款 paid, licence surrendered, the measure lifted). */
  executes: boolean;
  intendedPenalty: string;
  deviation: boolean;
}

/** The dates the walk fixed, for the case row. */
export interface WalkDates {
  notifiedOn?: IsoDate;
  hearingRequestedOn?: IsoDate;
  hearingNoticeOn?: IsoDate;
  hearingOn?: IsoDate;
  hearingHeldOn?: IsoDate;
  collectiveDiscussedOn?: IsoDate;
  decidedOn: IsoDate;
  servedOn: IsoDate;
  executedOn?: IsoDate;
  closedOn: IsoDate;
}

/** What the demo's parties say when the notice is served (告知书送达时当场陈述、申辩). */
export const STATEMENT = '当事人当场陈述、申辩，对违法事实无异议，请求从轻处罚';

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/** Walks a case from 立案 to 结案 under the 2017 text of 行政处罚法 (the law in force in 2020). */
export class CaseWalk {
  readonly steps: PlannedStep[] = [];
  readonly reviews: PlannedReview[] = [];
  readonly dates: Partial<WalkDates> = {};
  private state: CaseState = 'investigating';

  constructor(
    private readonly cal: WorkCalendar,
    private readonly rand: Rand,
  ) {}

  private wd = (from: IsoDate, lo: number, hi = lo) =>
    addWorkingDays(this.cal, from, intIn(this.rand, lo, hi));
  private cd = (from: IsoDate, n: number) => addCalendarDays(this.cal, from, n);

  private go(
    transition: CaseTransitionKey,
    to: CaseState,
    on: IsoDate,
    input: object = {},
    by: PlannedStep['by'] = 'handler',
  ) {
    this.steps.push({ transition, from: this.state, to, on, input: { on, ...input }, by });
    this.state = to;
  }

  /** The whole walk; returns the dates for the case row. */
  run(p: WalkPlan): WalkDates {
    let day = p.kind === 'penalty' ? this.notifyAndHear(p) : p.openedOn;
    if (p.reviewed) day = this.review(p, day);
    if (p.collective) {
      day = this.wd(day, 1, 4);
      this.dates.collectiveDiscussedOn = day;
      this.go('discuss_collectively', 'ready', day, { conclusion: '经负责人集体讨论，同意拟作出的处理决定' });
    }
    const decidedOn = this.decideOn(p, day);
    this.go('decide', 'decided', decidedOn);
    const servedOn = earlier(
      this.wd(decidedOn, 0, 2),
      this.cd(decidedOn, penaltyPeriodsOn(decidedOn).service.amount),
    );
    const method = this.rand() < 0.8 ? 'direct' : 'mail';
    this.go('serve', 'served', servedOn, { method, ...(method === 'mail' ? { signedForOn: servedOn } : {}) });
    let last = servedOn;
    if (p.executes) {
      last =
        p.kind === 'coercion'
          ? this.wd(servedOn, 5, 18)
          : earlier(this.wd(servedOn, 1, 9), this.cd(servedOn, 15));
      this.dates.executedOn = last;
      this.go('record_execution', 'executed', last, {
        note: p.kind === 'coercion' ? '已依法作出处理决定，解除查封、扣押' : '当事人已履行处罚决定',
      });
    }
    const closedOn = this.wd(last, 1, 8);
    this.go('close', 'closed', closedOn, { note: '执行完毕，案卷归档' });
    return { ...this.dates, decidedOn, servedOn, closedOn } as WalkDates;
  }

  /** 告知, then the hearing request window (3 days, 2017 text 第四十二条) and what the party did with it. */
  private notifyAndHear(p: WalkPlan): IsoDate {
    const quick = p.hearing !== 'none' || p.reviewed;
    const notifiedOn = later(
      this.wd(p.openedOn, quick ? 5 : 8, quick ? 15 : 28),
      this.wd(p.evidenceUntil, 1),
    );
    this.dates.notifiedOn = notifiedOn;
    this.go('notify', 'notified', notifiedOn, {
      intendedPenalty: p.intendedPenalty,
      hearingRight: p.hearing !== 'none',
    });
    // Served in person and answered on the spot (decision 0014): the 陈述、申辩 window closes that day.
    // No random draw here, so the seeded figures stay as they were.
    this.go('serve_notice', 'notified', notifiedOn, { method: 'direct' });
    this.go('record_statement', 'notified', notifiedOn, { summary: STATEMENT });
    if (p.hearing === 'none') return notifiedOn;
    const period = penaltyPeriodsOn(notifiedOn).hearingRequest;
    const windowEnd = this.cd(notifiedOn, period.amount);
    if (p.hearing === 'lapsed') return windowEnd;
    const answered = earlier(this.wd(notifiedOn, 1), windowEnd);
    if (p.hearing === 'waived') {
      this.go('waive_hearing', 'ready', answered, { note: '当事人书面放弃听证' });
      return answered;
    }
    this.dates.hearingRequestedOn = answered;
    this.go('request_hearing', 'hearing', answered, { note: '当事人书面申请听证' });
    const noticeOn = this.wd(answered, 1, 2);
    // The notice at least 7 days before the hearing (2017 text 第四十二条第一款第（二）项).
    const hearingOn = this.cd(
      noticeOn,
      penaltyPeriodsOn(noticeOn).hearingNotice.amount + intIn(this.rand, 0, 4),
    );
    this.dates.hearingNoticeOn = noticeOn;
    this.dates.hearingOn = hearingOn;
    this.dates.hearingHeldOn = hearingOn;
    this.go('schedule_hearing', 'hearing', noticeOn, { hearingOn });
    this.go('hold_hearing', 'ready', hearingOn, {
      record: '听证会依法公开举行，当事人进行了陈述和申辩，案件调查人员出示了证据',
    });
    return hearingOn;
  }

  /** 法制审核: submitted after the hearing stage; a few go back once for more investigation. */
  private review(p: WalkPlan, after: IsoDate): IsoDate {
    let submittedOn = this.wd(after, 1, 3);
    this.go('submit_review', 'under_review', submittedOn, { note: '报请法制审核' });
    if (p.returnedOnce) {
      const returnedOn = this.wd(submittedOn, 2, 5);
      const opinion = '证据链不完整，建议补充调查当事人违法所得的计算依据后重新送审';
      this.reviews.push({
        submittedOn,
        concludedOn: returnedOn,
        conclusion: 'amend',
        opinion,
        deviationFlagged: p.deviation,
      });
      this.go('return_review', 'investigating', returnedOn, { conclusion: 'amend', opinion }, 'reviewer');
      submittedOn = this.wd(returnedOn, 3, 8);
      this.go('submit_review', 'under_review', submittedOn, { note: '补充调查后重新报请法制审核' });
    }
    const concludedOn = this.wd(submittedOn, 1, 8);
    const opinion = p.deviation
      ? '经审核，偏离裁量基准的理由充分，符合从轻处罚的规定，同意'
      : '经审核，执法主体合法，事实清楚，证据确凿，程序合法，适用依据正确，同意';
    this.reviews.push({
      submittedOn,
      concludedOn,
      conclusion: 'lawful',
      opinion,
      deviationFlagged: p.deviation,
    });
    this.go('approve_review', 'ready', concludedOn, { opinion }, 'reviewer');
    return concludedOn;
  }

  private decideOn(p: WalkPlan, day: IsoDate): IsoDate {
    if (p.kind === 'licensing') return this.wd(p.openedOn, 3, 18);
    if (p.kind === 'coercion') return this.wd(p.openedOn, 0, 1);
    if (p.reviewed || p.collective) return this.wd(day, 0, 2);
    if (p.hearing === 'none') return this.wd(day, 3, 10);
    return this.wd(day, 1, 5);
  }
}
