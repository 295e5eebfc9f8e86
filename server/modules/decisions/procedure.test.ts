import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { legalAffairsModule } from '../legal-affairs/index.js';
import { decisionsModule } from './index.js';
import { type DecisionFacts, type DecisionRecord, decisionProcedure } from './procedure.js';
import { commentPeriodLawful, hearingNoticeLawful, procedureRuleOn } from './rules.js';

installModules([legalAffairsModule, decisionsModule]);

const TODAY = '2026-06-15';
const CONCLUDED = {
  matterId: 'm1',
  matterNumber: 'FW2026-001',
  state: 'concluded',
  opinions: [
    { opinionNumber: '于司法审〔2026〕1号', issuedOn: '2026-06-10', signer: '陈志远', title: '意见' },
  ],
};

function decision(over: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: 'd1',
    state: 'consulted',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'x',
    today: TODAY,
    stepOn: TODAY,
    form: {},
    technical: false,
    riskRelevant: false,
    hasExplanation: true,
    commentClosesOn: '2026-06-01',
    reviewConclusion: null,
    review: null,
    partyReportedOn: null,
    caption: '重大决策〔2026〕1号 城市更新',
    ...over,
  };
}

const actor = (role: Role): Actor => ({
  userId: 'x',
  username: 'x',
  displayName: 'x',
  role,
  orgUnitId: 'u1',
  orgPath: '/x/u1/',
  districtId: 'x',
});

const facts = (over: Partial<DecisionFacts> = {}) => ({
  steps: [],
  clauses: 3,
  undisposed: 0,
  hearings: 0,
  experts: 0,
  risks: 0,
  assessors: [],
  ...over,
});

type Case = [string, string, Partial<DecisionRecord>, Partial<DecisionFacts>, Role, string | undefined];

// [what, transition, record, facts, role, the blocking code or undefined when allowed]
const CASES: Case[] = [
  [
    'no call for comment without a draft',
    'open_comment',
    { state: 'drafting' },
    { clauses: 0 },
    'department_officer',
    'DRAFT_REQUIRED',
  ],
  [
    '29 days are too short without a reason (第十五条)',
    'open_comment',
    { state: 'drafting', form: { on: '2026-06-01', closesOn: '2026-06-29' } },
    {},
    'department_officer',
    'COMMENT_PERIOD_TOO_SHORT',
  ],
  [
    '30 days, the opening day counted, are enough',
    'open_comment',
    { state: 'drafting', form: { on: '2026-06-01', closesOn: '2026-06-30' } },
    {},
    'department_officer',
    undefined,
  ],
  [
    'a shorter period explained in the notice',
    'open_comment',
    { state: 'drafting', form: { on: '2026-06-01', closesOn: '2026-06-10', shorterReason: '紧急' } },
    {},
    'department_officer',
    undefined,
  ],
  [
    'not closed before its last day',
    'close_comment',
    { state: 'commenting', commentClosesOn: '2026-06-16' },
    {},
    'coordinator',
    'COMMENT_PERIOD_RUNNING',
  ],
  [
    'closed on its last day',
    'close_comment',
    { state: 'commenting', commentClosesOn: TODAY },
    {},
    'coordinator',
    undefined,
  ],
  [
    'not reviewed with comments undisposed (第十八条)',
    'submit_review',
    {},
    { undisposed: 1 },
    'department_officer',
    'COMMENTS_UNDISPOSED',
  ],
  [
    'a technical matter needs experts (第十九条)',
    'submit_review',
    { technical: true },
    {},
    'department_officer',
    'EXPERT_ARGUMENT_REQUIRED',
  ],
  [
    'a risky matter needs the assessment (第二十二条)',
    'submit_review',
    { riskRelevant: true },
    {},
    'department_officer',
    'RISK_ASSESSMENT_REQUIRED',
  ],
  [
    'with both on file it goes to review',
    'submit_review',
    { technical: true, riskRelevant: true },
    { experts: 1, risks: 1 },
    'department_officer',
    undefined,
  ],
  [
    'hearing materials 6 days before are too late (第十七条)',
    'hearing',
    { form: { on: '2026-06-15', materialsSentOn: '2026-06-09' } },
    {},
    'department_officer',
    'HEARING_NOTICE_TOO_SHORT',
  ],
  [
    '7 days before are in time',
    'hearing',
    { form: { on: '2026-06-15', materialsSentOn: '2026-06-08' } },
    {},
    'department_officer',
    undefined,
  ],
  [
    'only the review office sends the review',
    'assign_review',
    { state: 'reviewing' },
    {},
    'coordinator',
    'FORBIDDEN',
  ],
  [
    'no conclusion on a matter still open',
    'record_review',
    { state: 'reviewing', review: { ...CONCLUDED, state: 'in_progress' } },
    {},
    'legal_reviewer',
    'REVIEW_NOT_CONCLUDED',
  ],
  [
    'the conclusion cites the matter’s own opinion',
    'record_review',
    { state: 'reviewing', review: CONCLUDED, form: { conclusion: 'lawful', opinionNumber: '别的意见书' } },
    {},
    'legal_reviewer',
    'OPINION_NOT_IN_REVIEW',
  ],
  [
    'no meeting without a review (第二十五条)',
    'decide',
    { state: 'reviewing' },
    {},
    'coordinator',
    'LEGALITY_REVIEW_REQUIRED',
  ],
  [
    'nor with the matter concluded but no lawful conclusion recorded',
    'decide',
    { state: 'reviewing', review: CONCLUDED },
    {},
    'coordinator',
    'LEGALITY_REVIEW_REQUIRED',
  ],
  [
    'nor with a lawful conclusion while the matter was reopened',
    'decide',
    { state: 'reviewing', reviewConclusion: 'lawful', review: { ...CONCLUDED, state: 'in_progress' } },
    {},
    'coordinator',
    'LEGALITY_REVIEW_REQUIRED',
  ],
  [
    'the materials checklist (第二十九条)',
    'decide',
    { state: 'reviewing', reviewConclusion: 'lawful', review: CONCLUDED, riskRelevant: true },
    {},
    'coordinator',
    'MATERIALS_INCOMPLETE',
  ],
  [
    'the meeting decides after a lawful review',
    'decide',
    { state: 'reviewing', reviewConclusion: 'lawful', review: CONCLUDED },
    {},
    'coordinator',
    undefined,
  ],
  [
    'published only after the Party report (第三十一条)',
    'publish',
    { state: 'decided' },
    {},
    'coordinator',
    'PARTY_REPORT_REQUIRED',
  ],
  [
    'published after it',
    'publish',
    { state: 'decided', partyReportedOn: '2026-06-12' },
    {},
    'coordinator',
    undefined,
  ],
  [
    'not evaluated by the pre-decision assessor (第三十六条)',
    'post_evaluate',
    { state: 'published', form: { evaluator: '第三方评估中心' } },
    { assessors: ['第三方评估中心'] },
    'coordinator',
    'EVALUATOR_NOT_INDEPENDENT',
  ],
  [
    'a decided decision is not drafted again',
    'draft',
    { state: 'decided' },
    {},
    'department_officer',
    'TRANSITION_NOT_ALLOWED',
  ],
  [
    'no step dated after today',
    'risk',
    { stepOn: '2026-06-16' },
    {},
    'department_officer',
    'STEP_DATE_IN_FUTURE',
  ],
];

describe('重大行政决策 procedure gates', () => {
  it.each(CASES)('%s', (_what, transition, record, f, role, code) => {
    const reason = blockedReason(decisionProcedure, transition, {
      actor: actor(role),
      record: decision(record),
      facts: facts(f),
    });
    expect(reason?.code).toBe(code);
  });
});

describe('the 条例 by date', () => {
  it('holds the 2019 periods from 2019-09-01', () => {
    expect(procedureRuleOn('2026-01-01')).toMatchObject({
      key: 'order_713',
      commentDays: 30,
      hearingNoticeDays: 7,
    });
    expect(commentPeriodLawful('2026-02-01', '2026-03-02', null)).toBe(true);
    expect(commentPeriodLawful('2026-02-01', '2026-03-01', null)).toBe(false);
    expect(hearingNoticeLawful('2026-03-01', '2026-03-08')).toBe(true);
    expect(hearingNoticeLawful('2026-03-02', '2026-03-08')).toBe(false);
  });
});
