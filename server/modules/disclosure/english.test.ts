import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendar } from '../../../common/calendar/index.js';
import { readBundledHolidays } from '../../platform/calendar/index.js';
import { type ClockEvent, localizeClock, replayClock } from '../../platform/clocks/index.js';
import type { Actor } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { availableActions, presentStep } from '../../platform/procedures/index.js';
import { disclosureModule } from './index.js';
import { type DisclosureRequestRecord, replyClock, requestProcedure } from './procedure.js';

// Decision 0030: server-made text follows the reader's language; the law's dates do not.
installModules([disclosureModule]);

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

const officer: Actor = {
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role: 'department_officer',
  orgUnitId: 'o',
  orgPath: '/d/o/',
  districtId: 'd',
};
const request: DisclosureRequestRecord = {
  id: 'r',
  state: 'concluded',
  version: 1,
  orgUnitId: 'o',
  districtId: 'd',
  trackingCode: 'ABCDEFGHJKMN',
  receivedOn: '2020-09-27',
  correctionRequestedOn: null,
  correctionDeadlineOn: null,
  extensionApprovedOn: null,
  feeNoticeOn: null,
  feeNoticeReceivedOn: null,
  thirdPartyConsultedOn: null,
  thirdPartyReceivedOn: null,
  stepOn: '2020-09-28',
};
// The correction pause is recorded with the step's stored zh-CN label as its reason (procedures/run.ts).
const events: ClockEvent[] = [
  { type: 'start', on: '2020-09-27' },
  { type: 'pause', on: '2020-09-28', reason: '告知补正' },
  { type: 'resume', on: '2020-10-12' },
];

describe('step labels in English', () => {
  it('labels the actions and says why one is blocked in the reader language', () => {
    const facts = {
      steps: [],
      correctionWindowEndsOn: '2020-10-13',
      feeDueOn: null,
      thirdPartyWindowEndsOn: null,
    };
    const check = { actor: officer, record: request, facts };
    const en = availableActions(requestProcedure, { ...check, locale: 'en-US' }).find(
      (a) => a.key === 'reply',
    );
    const zh = availableActions(requestProcedure, check).find((a) => a.key === 'reply');
    expect(en?.label).toBe('Reply');
    expect(en?.reason?.message).toBe('Not possible in state “Concluded”: Reply');
    expect(zh?.label).toBe('答复');
    expect(zh?.reason?.message).toBe('当前状态为“已办结”，不能答复');
  });

  it('labels a history step in English and keeps the key', () => {
    const step = {
      id: 1,
      transition: 'request_correction',
      fromState: 'registered',
      toState: 'awaiting_correction',
      actorUserId: 'u',
      occurredAt: '2020-09-28T10:00:00+08:00',
      input: null,
    };
    expect(presentStep(requestProcedure, step, 'en-US').label).toBe('Request a correction');
    expect(presentStep(requestProcedure, step).label).toBe('告知补正');
  });
});

describe('clock explanations in English', () => {
  it('explains the same due date in words of the reader language', () => {
    const zh = replayClock(replyClock, events, cal);
    const en = replayClock(replyClock, events, cal, 'en-US');
    expect(en.dueOn).toBe(zh.dueOn);
    expect(zh.explanation).toMatch(/^2020-11-\d\d：自2020-09-27收到申请次日起20个工作日/);
    expect(en.explanation).toBe(
      `${en.dueOn}: 20 working days from the day after 2020-09-27 (receipt of the application); ` +
        'paused 14 days for Request a correction (2020-09-28 to 2020-10-12), then the remaining 19 working days; ' +
        `basis ${replyClock.basis}`,
    );
    // Only the quoted legal basis stays Chinese.
    expect(en.explanation.split('; basis ')[0]).not.toMatch(/\p{Script=Han}/u);
  });

  it('names the holidays a count skipped', () => {
    const en = replayClock(replyClock, [{ type: 'start', on: '2020-09-27' }], cal, 'en-US');
    expect(en.explanation).toContain('National Day and Mid-Autumn Festival days off not counted');
    expect(en.explanation).toContain('make-up working days 2020-10-10 counted');
    expect(en.explanation.split('; basis ')[0]).not.toMatch(/\p{Script=Han}/u);
  });

  it('re-explains a stored clock and translates a declared title, leaving the due date alone', () => {
    const zh = replayClock(replyClock, events, cal);
    const stored = {
      clockKey: replyClock.key,
      title: '政府信息公开申请',
      explanation: zh.explanation,
      events,
    };
    const en = localizeClock(stored, cal, 'en-US');
    expect(en.title).toBe('Government information disclosure request');
    expect(en.explanation).toBe(replayClock(replyClock, events, cal, 'en-US').explanation);
    expect(localizeClock(stored, cal, 'zh-CN')).toBe(stored);
  });
});
