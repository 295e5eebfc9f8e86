import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../common/calendar/index.js';
import type { Actor } from '../../platform/context.js';
import { availableActions, type ProcedureFacts } from '../../platform/procedures/index.js';
import { installModules } from '../../platform/install-modules.js';
import { enforcementModule } from './index.js';
import { caseProcedure, type EnforcementCaseFacts, type EnforcementCaseRecord } from './procedure.js';
import { penaltyPeriodsOn } from './rules/periods.js';

installModules([enforcementModule]);

const file = load(readFileSync(new URL('../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'), {
  schema: CORE_SCHEMA,
}) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});

const actor = (role: Actor['role']): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role,
  orgUnitId: 'o',
  orgPath: '/d/o/',
  districtId: 'd',
});

const record = (over: Partial<EnforcementCaseRecord> = {}): EnforcementCaseRecord => ({
  id: 'c',
  state: 'ready',
  version: 1,
  orgUnitId: 'o',
  districtId: 'd',
  kind: 'penalty',
  caseNumber: '于市监立〔2020〕1号',
  openedOn: '2020-05-06',
  isMajor: false,
  hearingRight: false,
  partyType: 'legal_person',
  notifiedOn: '2020-06-01',
  notice: null,
  noticeServedOn: null,
  statementReceivedOn: null,
  statementWaivedOn: null,
  hearingRequestedOn: null,
  hearingOn: null,
  hearingHeldOn: null,
  collectiveRequired: false,
  collectiveDiscussedOn: null,
  decidedOn: null,
  hasFine: true,
  stepOn: '2020-06-20',
  ...over,
});

/** Reviewed lawful by default: the 2020 decisions here fall under 2017 第三十八条第三款 (every decision reviewed). */
const facts = (over: Partial<ProcedureFacts<EnforcementCaseFacts>> = {}) => ({
  steps: [],
  evidenceCount: 1,
  latestReviewConclusion: 'lawful',
  hearingRequestEndsOn: null,
  statementEndsOn: null,
  decision: null,
  thresholds: {
    majorAmountPerson: 10_000,
    majorAmountOrganisation: 100_000,
    hearingAmountPerson: 5_000,
    hearingAmountOrganisation: 50_000,
  },
  hearingRequest: null,
  majorByAmount: false,
  ...over,
});

/** What the procedure says of each transition: 'ok' or the code that blocks it. */
const why = (r: EnforcementCaseRecord, f = facts(), role: Actor['role'] = 'department_officer') =>
  Object.fromEntries(
    availableActions(caseProcedure, { actor: actor(role), record: r, facts: f }).map((a) => [
      a.key,
      a.allowed ? 'ok' : a.reason?.code,
    ]),
  );

/** The last day to ask for a hearing, as procedure.ts computes it for the text in force on the notice day. */
function hearingRequestEndsOn(notifiedOn: string): string {
  const period = penaltyPeriodsOn(notifiedOn).hearingRequest;
  return period.unit === 'working_days'
    ? addWorkingDays(cal, notifiedOn, period.amount)
    : addCalendarDays(cal, notifiedOn, period.amount);
}

describe('every gate of 决定', () => {
  it('lets a ready case with its notice given be decided', () => {
    expect(why(record()).decide).toBe('ok');
  });

  it.each([
    ['a step dated before 立案', record({ stepOn: '2020-05-01' }), facts(), 'STEP_BEFORE_OPENING'],
    [
      'a penalty without 告知',
      record({ state: 'investigating', notifiedOn: null }),
      facts(),
      'NOTICE_REQUIRED',
    ],
    [
      'the hearing-request window still open',
      record({ hearingRight: true, stepOn: '2020-06-03' }),
      facts({ hearingRequestEndsOn: '2020-06-04' }),
      'HEARING_WINDOW_OPEN',
    ],
    [
      'a requested hearing not yet held',
      record({ hearingRight: true, hearingRequestedOn: '2020-06-02' }),
      facts({ hearingRequestEndsOn: '2020-06-04' }),
      'HEARING_NOT_HELD',
    ],
    [
      'a major case never reviewed',
      record({ isMajor: true }),
      facts({ latestReviewConclusion: null }),
      'LEGAL_REVIEW_REQUIRED',
    ],
    [
      'a decision major by its amount, never reviewed',
      record({ isMajor: false }),
      facts({ majorByAmount: true, latestReviewConclusion: null }),
      'LEGAL_REVIEW_REQUIRED',
    ],
    [
      'a major case whose latest review said amend',
      record({ isMajor: true }),
      facts({ latestReviewConclusion: 'amend' }),
      'LEGAL_REVIEW_REQUIRED',
    ],
    [
      'collective discussion required, not held',
      record({ collectiveRequired: true }),
      facts(),
      'COLLECTIVE_DISCUSSION_REQUIRED',
    ],
  ])('refuses %s', (_what, r, f, code) => {
    expect(why(r, f).decide).toBe(code);
  });

  it('lets a major case be decided once the latest review concluded lawful, and after collective discussion', () => {
    const r = record({ isMajor: true, collectiveRequired: true, collectiveDiscussedOn: '2020-06-15' });
    expect(why(r, facts({ latestReviewConclusion: 'lawful' })).decide).toBe('ok');
  });

  it('lets a written waiver of the hearing close the window early (处罚法 第六十四条)', () => {
    const r = record({ hearingRight: true, stepOn: '2020-06-02' });
    const waived = facts({
      hearingRequestEndsOn: '2020-06-04',
      steps: [
        {
          id: 1,
          transition: 'waive_hearing',
          fromState: 'notified',
          toState: 'ready',
          actorUserId: null,
          occurredAt: '2020-06-02T02:00:00.000Z',
          input: {},
        },
      ],
    });
    expect(why(r, waived).decide).toBe('ok');
    expect(why(r, waived).submit_review).toBe('ok');
  });

  it('lets a held hearing open the way to 决定', () => {
    const r = record({
      hearingRight: true,
      hearingRequestedOn: '2020-06-02',
      hearingOn: '2020-06-12',
      hearingHeldOn: '2020-06-12',
    });
    expect(why(r, facts({ hearingRequestEndsOn: '2020-06-04' })).decide).toBe('ok');
  });

  it('decides a licensing case without 告知 (许可 decisions skip the notice)', () => {
    expect(why(record({ kind: 'licensing', state: 'investigating', notifiedOn: null })).decide).toBe('ok');
  });

  it('tells a legal reviewer that 决定 is not theirs, and offers them the review steps only under review', () => {
    expect(why(record(), facts(), 'legal_reviewer').decide).toBe('FORBIDDEN');
    const underReview = why(record({ state: 'under_review' }), facts(), 'legal_reviewer');
    expect(underReview).toMatchObject({ approve_review: 'ok', return_review: 'ok' });
  });

  it('needs evidence before 告知', () => {
    const r = record({ state: 'investigating', notifiedOn: null });
    expect(why(r, facts({ evidenceCount: 0 })).notify).toBe('EVIDENCE_REQUIRED');
    expect(why(r).notify).toBe('ok');
  });

  it('closes a served case only once the fine is settled', () => {
    expect(why(record({ state: 'served' })).close).toBe('FINE_NOT_SETTLED');
    expect(why(record({ state: 'executed' })).close).toBe('ok');
  });
});

describe('the hearing-request window by the text in force on the notice day', () => {
  it('runs 3 calendar days under the 2017 text (notice Mon 2020-06-01 → Thu 2020-06-04)', () => {
    const endsOn = hearingRequestEndsOn('2020-06-01');
    expect(endsOn).toBe('2020-06-04');
    const r = (stepOn: string, extra: Partial<EnforcementCaseRecord> = {}) =>
      record({ hearingRight: true, state: 'notified', stepOn, ...extra });
    const f = facts({ hearingRequestEndsOn: endsOn, hearingRequest: { postedOn: null } });
    expect(why(r('2020-06-04'), f)).toMatchObject({ request_hearing: 'ok', decide: 'HEARING_WINDOW_OPEN' });
    expect(why(r('2020-06-05'), f)).toMatchObject({ request_hearing: 'HEARING_REQUEST_LATE', decide: 'ok' });
  });

  it('runs 5 working days under the 2021 text (notice Mon 2021-09-13 → Sat 2021-09-18, a make-up working day)', () => {
    // 中秋节 2021: 09-19 (Sun) … 09-21 (Tue) off, Sat 09-18 a make-up working day. Day 1 Tue 09-14, 2 Wed 09-15,
    // 3 Thu 09-16, 4 Fri 09-17, 5 Sat 09-18 (make-up working day) → the window closes on 2021-09-18.
    const endsOn = hearingRequestEndsOn('2021-09-13');
    expect(endsOn).toBe('2021-09-18');
    const f = facts({ hearingRequestEndsOn: endsOn, hearingRequest: { postedOn: null } });
    const r = (stepOn: string) =>
      record({
        openedOn: '2021-08-02',
        notifiedOn: '2021-09-13',
        hearingRight: true,
        state: 'notified',
        stepOn,
      });
    expect(why(r('2021-09-18'), f)).toMatchObject({ request_hearing: 'ok', decide: 'HEARING_WINDOW_OPEN' });
    expect(why(r('2021-09-22'), f)).toMatchObject({ request_hearing: 'HEARING_REQUEST_LATE', decide: 'ok' });
  });

  it('judges a request by its own day and postmark, so the step stays on offer after the window', () => {
    // Received on 06-08 but posted on 06-04 (民事诉讼法 第八十五条第四款), or recorded days after it came in:
    // only the form knows, so the list of next steps cannot refuse it; the request itself is checked.
    const r = record({ hearingRight: true, state: 'notified', stepOn: '2020-06-08' });
    const endsOn = hearingRequestEndsOn('2020-06-01');
    expect(why(r, facts({ hearingRequestEndsOn: endsOn })).request_hearing).toBe('ok');
    const posted = (postedOn: string | null) =>
      facts({ hearingRequestEndsOn: endsOn, hearingRequest: { postedOn } });
    expect(why(r, posted('2020-06-04')).request_hearing).toBe('ok');
    expect(why(r, posted('2020-06-05')).request_hearing).toBe('HEARING_REQUEST_LATE');
    expect(why(r, posted(null)).request_hearing).toBe('HEARING_REQUEST_LATE');
  });

  it('has no window when the notice gave no right to a hearing', () => {
    const r = record({ state: 'notified', stepOn: '2020-06-02' });
    expect(why(r)).toMatchObject({
      decide: 'ok',
      request_hearing: 'NO_HEARING_RIGHT',
      waive_hearing: 'NO_HEARING_RIGHT',
    });
  });
});

describe('法制审核 by the text of 行政处罚法 in force on the decision day (issue #9 rule 5)', () => {
  const lawful = facts({ latestReviewConclusion: 'lawful' });
  const unreviewed = (over: Partial<ProcedureFacts<EnforcementCaseFacts>> = {}) =>
    facts({ latestReviewConclusion: null, ...over });
  const on = (stepOn: string, over: Partial<EnforcementCaseRecord> = {}) =>
    record({ openedOn: '2017-06-01', notifiedOn: '2017-06-05', stepOn, ...over });

  it.each([
    ['2018-01-01, the first day of the 2017 text', '2018-01-01'],
    ['2020-06-20, under the 2017 text', '2020-06-20'],
    ['2021-07-14, the last day of the 2017 text', '2021-07-14'],
  ])(
    'needs a lawful review of every ordinary-procedure penalty decision on %s (2017 第三十八条第三款)',
    (_w, day) => {
      expect(why(on(day), unreviewed()).decide).toBe('LEGAL_REVIEW_REQUIRED');
      expect(why(on(day), facts({ latestReviewConclusion: 'amend' })).decide).toBe('LEGAL_REVIEW_REQUIRED');
      expect(why(on(day), lawful).decide).toBe('ok');
    },
  );

  it('needs it from 2021-07-15 only for the cases of 第五十八条 (major), not for an ordinary penalty', () => {
    expect(why(on('2021-07-15'), unreviewed()).decide).toBe('ok');
    expect(why(on('2021-07-15', { isMajor: true }), unreviewed()).decide).toBe('LEGAL_REVIEW_REQUIRED');
    expect(why(on('2021-07-15'), unreviewed({ majorByAmount: true })).decide).toBe('LEGAL_REVIEW_REQUIRED');
  });

  it('asks nothing of an ordinary decision before 2018-01-01 (no statutory review), nor of licensing in 2020', () => {
    expect(why(on('2017-12-29'), unreviewed()).decide).toBe('ok');
    expect(why(on('2017-12-29', { isMajor: true }), unreviewed()).decide).toBe('LEGAL_REVIEW_REQUIRED');
    expect(
      why(record({ kind: 'licensing', state: 'investigating', notifiedOn: null }), unreviewed()).decide,
    ).toBe('ok');
  });
});
