import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendar } from '../../../common/calendar/index.js';
import { readBundledHolidays } from '../calendar/holiday-file.js';
import { type ClockDef, type ClockEvent, defineClock } from './define-clock.js';
import { replayClock } from './replay-clock.js';

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

const BASIS = '《政府信息公开条例》第三十三条';
const reply = defineClock({
  key: 'test.reply',
  label: '答复期限',
  length: { amount: 20, unit: 'working_days' },
  basis: BASIS,
  startPhrase: '收到申请',
  extension: { amount: 20, unit: 'working_days', times: 1, permission: 'test.approve_extension' },
  pausable: true,
});
const restartOnResume = defineClock({ ...reply, key: 'test.reply_restart', resumeMode: 'restart' });
const review = defineClock({
  key: 'test.review',
  label: '复议决定期限',
  length: { amount: 60, unit: 'calendar_days' },
  basis: '《行政复议法》第六十二条',
  extension: { amount: 30, unit: 'calendar_days', times: 1, permission: 'test.approve_extension' },
  pausable: true,
});
const notPausable = defineClock({ ...reply, key: 'test.fixed', pausable: false });
const springFestival = defineClock({
  ...reply,
  key: 'test.fifteen',
  length: { amount: 15, unit: 'working_days' },
});

const ev = (type: ClockEvent['type'], on: string, reason?: string): ClockEvent => ({ type, on, reason });

describe('replayClock', () => {
  it('explains a plain start in words', () => {
    expect(replayClock(reply, [ev('start', '2024-09-27')], cal)).toEqual({
      status: 'running',
      startedOn: '2024-09-27',
      dueOn: '2024-10-30',
      provisional: false,
      extensionsUsed: 0,
      explanation: `2024-10-30：自2024-09-27收到申请次日起20个工作日（不计国庆节放假日；计入调休上班日2024-09-29、2024-10-12）；依据${BASIS}`,
    });
  });

  it('resumes a paused clock with the working days it had left', () => {
    // Used before the pause: 09-29 (Sun, make-up), 09-30, 10-08 → 17 left, counted after 10-11.
    const state = replayClock(
      reply,
      [ev('start', '2024-09-27'), ev('pause', '2024-10-08', '补正'), ev('resume', '2024-10-11')],
      cal,
    );
    expect(state.dueOn).toBe('2024-11-04');
    expect(state.explanation).toBe(
      `2024-11-04：自2024-09-27收到申请次日起20个工作日；其间补正暂停3日（2024-10-08至2024-10-11），恢复后计剩余17个工作日（计入调休上班日2024-10-12）；依据${BASIS}`,
    );
  });

  it('has no due date while paused, and says what is left', () => {
    const state = replayClock(reply, [ev('start', '2024-09-27'), ev('pause', '2024-10-08', '补正')], cal);
    expect(state).toMatchObject({
      status: 'paused',
      dueOn: null,
      remaining: [{ amount: 17, unit: 'working_days' }],
    });
    expect(state.explanation).toMatch(/^暂停中：.*剩余17个工作日，恢复计时后重新确定期满日/);
  });

  it.each<[string, ClockDef, ClockEvent[], string | null]>([
    [
      'extension adds to the due date',
      reply,
      [ev('start', '2024-09-27'), ev('extend', '2024-10-25', '情况复杂')],
      '2024-11-27',
    ],
    [
      'an extension granted while paused is added to the units left',
      reply,
      [
        ev('start', '2024-09-27'),
        ev('pause', '2024-10-08'),
        ev('extend', '2024-10-09'),
        ev('resume', '2024-10-11'),
      ],
      '2024-12-02',
    ],
    [
      'a pause across the 2020 Spring Festival (extended to 02-02)',
      springFestival,
      [ev('start', '2020-01-10'), ev('pause', '2020-01-21'), ev('resume', '2020-02-05')],
      '2020-02-14',
    ],
    ['15 WD over the 2020 Spring Festival', springFestival, [ev('start', '2020-01-10')], '2020-02-07'],
    [
      'restart mode counts the full length again from the resume day',
      restartOnResume,
      [ev('start', '2024-09-27'), ev('pause', '2024-10-08'), ev('resume', '2024-10-11')],
      '2024-11-07',
    ],
    [
      'a pause after the due date does not cure the delay',
      reply,
      [ev('start', '2024-09-27'), ev('pause', '2024-11-05'), ev('resume', '2024-11-08')],
      '2024-10-30',
    ],
    [
      '60 calendar days ending in National Day 2025 roll to 10-09',
      review,
      [ev('start', '2025-08-02')],
      '2025-10-09',
    ],
    [
      'a calendar-day pause keeps the days to the last day before the roll (50), not to the rolled date',
      review,
      [ev('start', '2025-08-02'), ev('pause', '2025-08-12'), ev('resume', '2025-08-20')],
      '2025-10-09',
    ],
    [
      'a calendar-day extension lengthens the period before the roll (60 + 30 days)',
      review,
      [ev('start', '2025-08-02'), ev('extend', '2025-09-20')],
      '2025-10-31',
    ],
    [
      'a stopped clock keeps its due date',
      reply,
      [ev('start', '2024-09-27'), ev('stop', '2024-10-20', '作出答复')],
      '2024-10-30',
    ],
  ])('%s', (_what, def, events, dueOn) => {
    expect(replayClock(def, events, cal).dueOn).toBe(dueOn);
  });

  it('records an extension and a stop in the explanation', () => {
    const state = replayClock(
      reply,
      [
        ev('start', '2024-09-27'),
        ev('extend', '2024-10-25', '情况复杂'),
        ev('stop', '2024-11-28', '作出答复'),
      ],
      cal,
    );
    expect(state).toMatchObject({ status: 'stopped', stoppedOn: '2024-11-28', extensionsUsed: 1 });
    expect(state.explanation).toContain('经批准延长20个工作日（2024-10-25，情况复杂）');
    expect(state.explanation).toContain('2024-11-28作出答复，停止计时，已超过期满日');
  });

  it('is provisional while a year it reaches has no notice', () => {
    const state = replayClock(reply, [ev('start', '2026-12-20')], cal);
    expect(state).toMatchObject({ dueOn: '2027-01-15', provisional: true });
    expect(state.explanation).toContain('2027年节假日安排尚未载入');
  });

  it.each<[string, ClockDef, ClockEvent[], string]>([
    [
      'a second extension',
      reply,
      [ev('start', '2024-09-27'), ev('extend', '2024-10-01'), ev('extend', '2024-10-02')],
      'EXTENSION_LIMIT_REACHED',
    ],
    [
      'pausing a clock that may not pause',
      notPausable,
      [ev('start', '2024-09-27'), ev('pause', '2024-10-08')],
      'CLOCK_NOT_PAUSABLE',
    ],
    [
      'resuming a running clock',
      reply,
      [ev('start', '2024-09-27'), ev('resume', '2024-10-08')],
      'CLOCK_EVENT_INVALID',
    ],
    [
      'events out of order',
      reply,
      [ev('start', '2024-09-27'), ev('pause', '2024-09-20')],
      'CLOCK_EVENT_INVALID',
    ],
    ['no start', reply, [ev('pause', '2024-09-27')], 'CLOCK_EVENT_INVALID'],
    [
      'an event after the stop',
      reply,
      [ev('start', '2024-09-27'), ev('stop', '2024-10-01'), ev('pause', '2024-10-02')],
      'CLOCK_EVENT_INVALID',
    ],
  ])('refuses %s', (_what, def, events, code) => {
    expect(() => replayClock(def, events, cal)).toThrow(expect.objectContaining({ code }));
  });

  // Basis: docs/decisions/0016-extensions-and-unloaded-calendar-years.md — an extension only lengthens a period
  // that has not yet run out; approved after the due date it does not cure the delay.
  describe('an extension approved after the due date', () => {
    it('is kept in the record but does not move the due date', () => {
      const state = replayClock(
        reply,
        [
          ev('start', '2024-09-27'),
          ev('extend', '2024-10-31', '情况复杂'),
          ev('stop', '2024-11-20', '作出答复'),
        ],
        cal,
      );
      expect(state).toMatchObject({ status: 'stopped', dueOn: '2024-10-30', extensionsUsed: 1 });
      expect(state.explanation).toContain(
        '2024-10-31批准延长20个工作日（情况复杂），已超过期满日2024-10-30，不改变期满日',
      );
      expect(state.explanation).toContain('2024-11-20作出答复，停止计时，已超过期满日');
    });

    it('still extends on the due date itself', () => {
      const state = replayClock(reply, [ev('start', '2024-09-27'), ev('extend', '2024-10-30')], cal);
      expect(state.dueOn).toBe('2024-11-27');
    });

    it('does not extend a clock paused after its due date either', () => {
      const events = [
        ev('start', '2024-09-27'),
        ev('pause', '2024-11-05', '补正'),
        ev('extend', '2024-11-06'),
        ev('resume', '2024-11-08'),
      ];
      expect(replayClock(reply, events, cal).dueOn).toBe('2024-10-30');
    });

    it('is late for calendar-day clocks by the rolled due date', () => {
      // 60 days from 2025-08-02 end 10-01 (National Day), rolled to 10-09: an extension on 10-08 is in time.
      expect(replayClock(review, [ev('start', '2025-08-02'), ev('extend', '2025-10-08')], cal).dueOn).toBe(
        '2025-10-31',
      );
      expect(replayClock(review, [ev('start', '2025-08-02'), ev('extend', '2025-10-10')], cal).dueOn).toBe(
        '2025-10-09',
      );
    });
  });

  it('refuses an extension the clock does not allow', () => {
    const plain = defineClock({
      key: 'test.plain',
      label: '期限',
      length: { amount: 5, unit: 'working_days' },
      basis: 'x',
    });
    expect(() => replayClock(plain, [ev('start', '2024-09-27'), ev('extend', '2024-10-08')], cal)).toThrow(
      expect.objectContaining({ code: 'EXTENSION_NOT_ALLOWED' }),
    );
  });
});

// Basis: 行政处罚法 (2021) 第六十条; 市场监督管理行政处罚程序规定 第六十四条 — +30 days by the head, then a further
// period set by the collective decision, no fixed cap (decision 0015 §5).
describe('an extension whose length the approver sets', () => {
  const handling = defineClock({
    key: 'test.handling',
    label: '行政处罚案件办理期限',
    length: { amount: 90, unit: 'calendar_days' },
    basis: '《行政处罚法》第六十条',
    extension: {
      amount: 30,
      unit: 'calendar_days',
      times: 1,
      permission: 'test.approve_extension',
      further: { permission: 'test.approve_extension', setBy: 'approver', label: '负责人集体讨论决定' },
    },
  });
  const further = (on: string, amount: number, decidedOn: string): ClockEvent => ({
    type: 'extend',
    on,
    length: { amount, unit: 'calendar_days' },
    decidedOn,
  });

  it('adds the fixed extension first, then each further period as set, with no cap on their number', () => {
    const events = [
      ev('start', '2024-03-01'), // +90 → 2024-05-30
      ev('extend', '2024-05-20', '案情复杂'), // +30 → 06-29 (Sat), rolled to 07-01
      further('2024-06-25', 45, '2024-06-24'), // from 06-29 +45 → 08-13
      further('2024-08-01', 20, '2024-08-01'), // +20 → 09-02
    ];
    const state = replayClock(handling, events, cal);
    expect(state).toMatchObject({ dueOn: '2024-09-02', extensionsUsed: 3 });
    expect(state.explanation).toContain('经负责人集体讨论决定（2024-06-24）延长45日');
  });

  it('refuses a further extension without the period the decision set', () => {
    const events = [ev('start', '2024-03-01'), ev('extend', '2024-05-20'), ev('extend', '2024-06-25')];
    expect(() => replayClock(handling, events, cal)).toThrow(
      expect.objectContaining({ code: 'EXTENSION_LENGTH_REQUIRED' }),
    );
  });

  it('refuses a length given for the fixed extension', () => {
    const events = [ev('start', '2024-03-01'), further('2024-05-20', 60, '2024-05-20')];
    expect(() => replayClock(handling, events, cal)).toThrow(
      expect.objectContaining({ code: 'EXTENSION_LENGTH_FIXED' }),
    );
  });

  it('keeps a further extension decided after expiry on record without moving the due date', () => {
    const events = [
      ev('start', '2024-03-01'),
      ev('extend', '2024-05-20'),
      further('2024-07-02', 45, '2024-07-02'),
    ];
    const state = replayClock(handling, events, cal);
    expect(state).toMatchObject({ dueOn: '2024-07-01', extensionsUsed: 2 });
    expect(state.explanation).toContain('已超过期满日2024-07-01，不改变期满日');
  });

  it('still stops at the fixed number when the clock allows no further extension', () => {
    const events = [ev('start', '2024-09-27'), ev('extend', '2024-10-08'), ev('extend', '2024-10-09')];
    expect(() => replayClock(reply, events, cal)).toThrow(
      expect.objectContaining({ code: 'EXTENSION_LIMIT_REACHED' }),
    );
  });
});
