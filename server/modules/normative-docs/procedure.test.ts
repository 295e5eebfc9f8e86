import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { normativeDocsModule } from './index.js';
import { type DocRecord, docProcedure } from './procedure.js';
import { DEFAULT_SETTINGS, isInForce, shiftMonths, validUntil } from './rules.js';

installModules([normativeDocsModule]);

const TODAY = '2026-11-16';

function doc(over: Partial<DocRecord> = {}): DocRecord {
  return {
    id: 'n1',
    state: 'reviewed',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    title: '于洪区农贸市场管理规定',
    issuerLevel: 'department',
    commentUntil: null,
    reviewConclusion: 'lawful',
    drafterResponse: 'adopted',
    publishedOn: null,
    settings: DEFAULT_SETTINGS,
    today: TODAY,
    stepOn: TODAY,
    form: {},
    ...over,
  };
}

const actor = (role: Role): Actor => ({
  userId: 'x',
  username: 'x',
  displayName: 'x',
  role,
  orgUnitId: 'u1',
  orgPath: '/d1/u1/',
  districtId: 'd1',
});

type Case = [string, string, Partial<DocRecord>, Role, string | undefined];
// [what, transition, record, role, the blocking code or undefined when allowed]
const CASES: Case[] = [
  ['a lawful opinion, answered, goes to 集体审议', 'deliberate', {}, 'department_officer', undefined],
  [
    'an unlawful opinion blocks 集体审议 even when answered',
    'deliberate',
    { reviewConclusion: 'unlawful' },
    'department_officer',
    'LEGALITY_REVIEW_REQUIRED',
  ],
  [
    'an amend opinion adopted must be resubmitted, not deliberated',
    'deliberate',
    { reviewConclusion: 'amend' },
    'department_officer',
    'LEGALITY_REVIEW_REQUIRED',
  ],
  [
    'an amend opinion answered with reasons may go to 集体审议',
    'deliberate',
    { reviewConclusion: 'amend', drafterResponse: 'explained' },
    'coordinator',
    undefined,
  ],
  [
    'the opinion must be answered first',
    'deliberate',
    { drafterResponse: null },
    'department_officer',
    'DRAFTER_RESPONSE_REQUIRED',
  ],
  [
    'a unit cannot review its own document',
    'review',
    { state: 'legality_review' },
    'department_officer',
    'FORBIDDEN',
  ],
  ['the 司法局 reviewer reviews', 'review', { state: 'legality_review' }, 'legal_reviewer', undefined],
  [
    'a review cannot be dated after today',
    'review',
    { state: 'legality_review', stepOn: '2026-11-17' },
    'legal_reviewer',
    'STEP_DATE_IN_FUTURE',
  ],
  [
    'comment for 30 days is enough',
    'open_comment',
    { state: 'evaluation', form: { until: '2026-12-16' } },
    'department_officer',
    undefined,
  ],
  [
    'comment for 29 days is too short',
    'open_comment',
    { state: 'evaluation', form: { until: '2026-12-15' } },
    'department_officer',
    'COMMENT_PERIOD_TOO_SHORT',
  ],
  [
    'no review while the comment period runs',
    'submit_review',
    { state: 'public_comment', commentUntil: '2026-11-16', form: { commentSummary: '无' } },
    'department_officer',
    'COMMENT_PERIOD_OPEN',
  ],
  [
    'after the period, with the account of the comments',
    'submit_review',
    { state: 'public_comment', commentUntil: '2026-11-15', form: { commentSummary: '无' } },
    'department_officer',
    undefined,
  ],
  [
    'without comment, only with a reason',
    'submit_review',
    { state: 'evaluation', form: {} },
    'department_officer',
    'COMMENT_ACCOUNT_REQUIRED',
  ],
  [
    'five years is the limit',
    'publish',
    { state: 'registered', form: { validYears: 5, effectiveOn: TODAY } },
    'coordinator',
    undefined,
  ],
  [
    '暂行 documents are valid at most two years',
    'publish',
    { state: 'registered', title: '于洪区停车管理暂行办法', form: { validYears: 3, effectiveOn: TODAY } },
    'coordinator',
    'VALIDITY_TOO_LONG',
  ],
  [
    'no effect before publication',
    'publish',
    { state: 'registered', form: { validYears: 5, effectiveOn: '2026-11-15' } },
    'coordinator',
    'EFFECTIVE_BEFORE_PUBLICATION',
  ],
  [
    'the buttons offer the review before the form says why there was no comment',
    'submit_review',
    { state: 'evaluation', form: null },
    'department_officer',
    undefined,
  ],
  [
    'the buttons offer publication before its form',
    'publish',
    { state: 'registered', form: null },
    'coordinator',
    undefined,
  ],
  ['a draft cannot be repealed', 'repeal', { state: 'drafting' }, 'coordinator', 'TRANSITION_NOT_ALLOWED'],
];

describe('the 规范性文件 procedure’s gates', () => {
  it.each(CASES)('%s', (_what, transition, record, role, code) => {
    const reason = blockedReason(docProcedure, transition, {
      actor: actor(role),
      record: doc(record),
      facts: { steps: [] },
    });
    expect(reason?.code).toBe(code);
  });
});

describe('validity', () => {
  it('ends the day before the anniversary, clipped to a month’s end', () => {
    expect(validUntil('2020-03-01', 5)).toBe('2025-02-28');
    expect(validUntil('2024-02-29', 1)).toBe('2025-02-27');
    expect(shiftMonths('2026-08-31', -6)).toBe('2026-02-28');
  });
  it('is in force from publication until the earlier of its end and its validity', () => {
    const d = { status: 'filed', publishedOn: '2020-05-01', validUntil: '2025-04-30', endedOn: null };
    expect(isInForce(d, '2020-04-30')).toBe(false);
    expect(isInForce(d, '2025-04-30')).toBe(true);
    expect(isInForce(d, '2025-05-01')).toBe(false);
    expect(isInForce({ ...d, endedOn: '2022-01-01' }, '2022-01-01')).toBe(false);
  });
});
