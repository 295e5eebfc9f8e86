import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/context.js';
import { availableActions } from '../../platform/procedures/index.js';
import { installModules } from '../../platform/install-modules.js';
import { disclosureModule } from './index.js';
import { type DisclosureRequestFacts, type DisclosureRequestRecord, requestProcedure } from './procedure.js';

installModules([disclosureModule]);

const actor = (role: Actor['role']): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role,
  orgUnitId: 'o',
  orgPath: '/d/o/',
  districtId: 'd',
});
const record = (over: Partial<DisclosureRequestRecord> = {}): DisclosureRequestRecord => ({
  id: 'r',
  state: 'registered',
  version: 1,
  orgUnitId: 'o',
  districtId: 'd',
  trackingCode: 'ABCDEFGHJKMN',
  receivedOn: '2020-06-01',
  correctionRequestedOn: null,
  correctionDeadlineOn: null,
  extensionApprovedOn: null,
  feeNoticeOn: null,
  feeNoticeReceivedOn: null,
  thirdPartyConsultedOn: null,
  thirdPartyReceivedOn: null,
  stepOn: '2020-06-05',
  ...over,
});
const facts = (over: Partial<DisclosureRequestFacts> = {}): DisclosureRequestFacts & { steps: [] } => ({
  steps: [],
  correctionWindowEndsOn: '2020-06-10',
  feeDueOn: null,
  thirdPartyWindowEndsOn: null,
  ...over,
});
const why = (role: Actor['role'], r: DisclosureRequestRecord, f = facts()) =>
  Object.fromEntries(
    availableActions(requestProcedure, { actor: actor(role), record: r, facts: f }).map((a) => [
      a.key,
      a.allowed ? 'ok' : a.reason?.code,
    ]),
  );

describe('the request procedure as data', () => {
  it('offers a registered request its steps; the extension only to the coordinator', () => {
    expect(why('department_officer', record())).toMatchObject({
      request_correction: 'ok',
      consult_third_party: 'ok',
      reply: 'ok',
      withdraw: 'ok',
      extend_reply: 'FORBIDDEN',
      issue_fee_notice: 'FEE_RULES_NOT_IN_FORCE',
      receive_correction: 'TRANSITION_NOT_ALLOWED',
    });
    expect(why('coordinator', record()).extend_reply).toBe('ok');
    expect(why('leader', record()).reply).toBe('FORBIDDEN');
  });

  it.each([
    [
      'correction after the 7 WD window',
      record({ stepOn: '2020-06-11' }),
      'request_correction',
      'CORRECTION_WINDOW_PASSED',
    ],
    [
      'a second correction',
      record({ correctionRequestedOn: '2020-06-03' }),
      'request_correction',
      'CORRECTION_ALREADY_REQUESTED',
    ],
    [
      'a second extension',
      record({ extensionApprovedOn: '2020-06-20' }),
      'extend_reply',
      'EXTENSION_ALREADY_USED',
    ],
    ['a step before receipt', record({ stepOn: '2020-05-29' }), 'reply', 'STEP_BEFORE_RECEIPT'],
    [
      'a lapse before the correction deadline',
      record({ state: 'awaiting_correction', correctionDeadlineOn: '2020-06-15', stepOn: '2020-06-15' }),
      'lapse_correction',
      'CORRECTION_DEADLINE_NOT_PASSED',
    ],
    [
      'a second fee notice',
      record({ receivedOn: '2021-03-01', stepOn: '2021-03-05', feeNoticeOn: '2021-03-02' }),
      'issue_fee_notice',
      'FEE_ALREADY_NOTIFIED',
    ],
  ])('blocks %s', (_name, r, transition, code) => {
    expect(why('coordinator', r)[transition]).toBe(code);
  });

  it('lets a fee lapse only after the payment due date', () => {
    const r = record({ state: 'awaiting_fee', receivedOn: '2021-03-01', stepOn: '2021-03-31' });
    expect(why('coordinator', r, facts({ feeDueOn: '2021-03-31' })).lapse_fee).toBe(
      'FEE_DEADLINE_NOT_PASSED',
    );
    expect(
      why('coordinator', { ...r, stepOn: '2021-04-01' }, facts({ feeDueOn: '2021-03-31' })).lapse_fee,
    ).toBe('ok');
  });

  it('declares the clocks each step moves', () => {
    const t = requestProcedure.transitions;
    expect(t.request_correction.clocks.stop.map((c) => c.key)).toContain('disclosure.reply');
    // The reply clock is chosen by the receipt date (2019 条例 20 WD, 2008 条例 15 WD: decision 0018).
    const [start] = t.receive_correction.clocks.start;
    expect(start && 'among' in start ? start.among.map((c) => c.key) : []).toEqual([
      'disclosure.reply',
      'disclosure.reply_2008',
    ]);
    const both = ['disclosure.reply', 'disclosure.reply_2008'];
    expect(t.consult_third_party.clocks.pause.map((c) => c.key)).toEqual(both);
    expect(t.receive_consultation.clocks.resume.map((c) => c.key)).toEqual(both);
    expect(t.consult_organ.clocks.pause.map((c) => c.key)).toEqual(both);
    expect(t.receive_organ_opinion.clocks.resume.map((c) => c.key)).toEqual(both);
    expect(t.issue_fee_notice.clocks.pause.map((c) => c.key)).toEqual(both);
  });
});
