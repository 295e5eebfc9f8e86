import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { availableActions } from '../../platform/procedures/index.js';
import { reconsiderationModule } from './index.js';
import { type CaseFacts, type CaseRecord, caseProcedure } from './procedure.js';

installModules([reconsiderationModule]);

const actor = (role: Actor['role']): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role,
  orgUnitId: 'o',
  orgPath: '/d/o/',
  districtId: 'd',
});
const record = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  id: 'c',
  state: 'received',
  version: 1,
  orgUnitId: 'o',
  districtId: 'd',
  caseNumber: '于洪复〔2024〕1号',
  lawText: '2023',
  receivedOn: '2024-09-27',
  reviewFromOn: '2024-09-27',
  correctionRequestedOn: null,
  correctionDeadlineOn: null,
  procedureKind: null,
  acceptedOn: null,
  copySentOn: null,
  answerReceivedOn: null,
  noAnswer: false,
  extendedOn: null,
  adviceIssuedOn: null,
  adviceReportedOn: null,
  stepOn: '2024-10-08',
  ...over,
});
const facts = (over: Partial<CaseFacts> = {}): CaseFacts & { steps: [] } => ({
  steps: [],
  reviewEndsOn: '2024-10-10',
  correctionNoticeEndsOn: '2024-10-10',
  answerEndsOn: null,
  ...over,
});
const why = (role: Actor['role'], r: CaseRecord, f = facts()) =>
  Object.fromEntries(
    availableActions(caseProcedure, { actor: actor(role), record: r, facts: f }).map((a) => [
      a.key,
      a.allowed ? 'ok' : a.reason?.code,
    ]),
  );

const accepted = { state: 'under_review', procedureKind: 'ordinary' as const, acceptedOn: '2024-10-08' };

describe('the reconsideration procedure as data', () => {
  it.each([
    // [what, record, facts, transition, expected]
    ['in the review period: accept, reject, ask for a correction', {}, {}, 'reject', 'ok'],
    ['in the review period: accept', {}, {}, 'accept', 'ok'],
    ['in the review period: not yet deemed accepted', {}, {}, 'deem_accepted', 'ACCEPTANCE_REVIEW_OPEN'],
    ['after it: deemed accepted', { stepOn: '2024-10-11' }, {}, 'deem_accepted', 'ok'],
    ['after it: no rejection any more', { stepOn: '2024-10-11' }, {}, 'reject', 'ACCEPTANCE_REVIEW_PASSED'],
    ['a correction within 5 WD', {}, {}, 'request_correction', 'ok'],
    [
      'no correction after 5 WD',
      { stepOn: '2024-10-11' },
      {},
      'request_correction',
      'CORRECTION_WINDOW_PASSED',
    ],
    [
      'one correction only',
      { correctionRequestedOn: '2024-09-30' },
      {},
      'request_correction',
      'CORRECTION_ALREADY_REQUESTED',
    ],
    [
      'abandoned only after the correction period',
      { state: 'awaiting_correction', correctionDeadlineOn: '2024-10-16', stepOn: '2024-10-16' },
      {},
      'lapse_correction',
      'CORRECTION_DEADLINE_NOT_PASSED',
    ],
    [
      'abandoned the day after',
      { state: 'awaiting_correction', correctionDeadlineOn: '2024-10-16', stepOn: '2024-10-17' },
      {},
      'lapse_correction',
      'ok',
    ],
    ['no step dated before receipt', { stepOn: '2024-09-26' }, {}, 'accept', 'STEP_BEFORE_RECEIPT'],
    ['the copy once', { ...accepted, copySentOn: '2024-10-09' }, {}, 'send_copy', 'COPY_ALREADY_SENT'],
    ['no answer before the copy', accepted, {}, 'receive_answer', 'NO_ANSWER_PENDING'],
    ['an answer after the copy', { ...accepted, copySentOn: '2024-10-09' }, {}, 'receive_answer', 'ok'],
    [
      'no "no answer" inside the answer period',
      { ...accepted, copySentOn: '2024-10-09', stepOn: '2024-10-23' },
      { answerEndsOn: '2024-10-23' },
      'record_no_answer',
      'ANSWER_PERIOD_OPEN',
    ],
    [
      '"no answer" after it',
      { ...accepted, copySentOn: '2024-10-09', stepOn: '2024-10-24' },
      { answerEndsOn: '2024-10-23' },
      'record_no_answer',
      'ok',
    ],
    [
      'extension once',
      { ...accepted, extendedOn: '2024-11-20' },
      {},
      'extend_decision',
      'EXTENSION_ALREADY_USED',
    ],
    [
      'no extension in the simplified procedure',
      { ...accepted, procedureKind: 'simplified' as const },
      {},
      'extend_decision',
      'EXTENSION_NOT_ORDINARY',
    ],
    [
      'an advice letter once',
      { state: 'concluded', adviceIssuedOn: '2024-12-01' },
      {},
      'issue_advice',
      'ADVICE_ALREADY_ISSUED',
    ],
    [
      'a report only on an issued letter',
      { state: 'concluded' },
      {},
      'receive_advice_report',
      'NO_ADVICE_REPORT_PENDING',
    ],
    ['a suspended case resumes', { ...accepted, state: 'suspended' }, {}, 'resume', 'ok'],
    [
      'a suspended case is not decided',
      { ...accepted, state: 'suspended' },
      {},
      'decide',
      'TRANSITION_NOT_ALLOWED',
    ],
  ] as const)('%s', (_what, over, f, transition, expected) => {
    expect(why('coordinator', record(over as Partial<CaseRecord>), facts(f))[transition]).toBe(expected);
  });

  it('lets the respondent answer and report, never decide; the extension only to the coordinator', () => {
    const answering = record({ ...accepted, copySentOn: '2024-10-09' });
    expect(why('department_officer', answering)).toMatchObject({ receive_answer: 'ok', decide: 'FORBIDDEN' });
    expect(why('legal_reviewer', answering)).toMatchObject({ decide: 'ok', extend_decision: 'FORBIDDEN' });
    expect(why('coordinator', answering).extend_decision).toBe('ok');
  });
});
