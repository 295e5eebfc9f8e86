import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.js';
import type { Executor } from '../db/client.js';
import { defineReminderSource, findReminders, listReminderSources, registerReminderSource } from './index.js';

const actor = { userId: 'u1', role: 'coordinator', districtId: 'd1' } as Actor;
const db = {} as Executor;

describe('reminder sources', () => {
  const source = defineReminderSource({
    key: 'test.licence_expiry',
    load: async (_db, who, today) =>
      who.userId === 'u1'
        ? [
            {
              key: 'lic-1',
              title: `许可证到期（${today}）`,
              subjectType: 'test_licence',
              subjectId: 'lic-1',
              dueOn: '2020-07-01',
              urgency: 'due_soon',
              explanation: '还有 1 日到期',
            },
          ]
        : [],
  });
  registerReminderSource(source);

  it('lists each source once and refuses another source under the same key', () => {
    registerReminderSource(source);
    expect(listReminderSources().filter((s) => s.key === source.key)).toEqual([source]);
    expect(() => registerReminderSource({ ...source })).toThrow('declared twice');
  });

  it('shapes reminders as due items, with an id unique across sources', async () => {
    expect(await findReminders(db, actor, '2020-06-30')).toEqual([
      {
        clockId: 'test.licence_expiry:lic-1',
        clockKey: 'test.licence_expiry',
        title: '许可证到期（2020-06-30）',
        subjectType: 'test_licence',
        subjectId: 'lic-1',
        orgUnitId: null,
        status: 'running',
        dueOn: '2020-07-01',
        urgency: 'due_soon',
        explanation: '还有 1 日到期',
        provisional: false,
      },
    ]);
    expect(await findReminders(db, { ...actor, userId: 'u2' }, '2020-06-30')).toEqual([]);
  });
});
