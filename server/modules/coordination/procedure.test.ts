import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { proposalsModule } from '../proposals/index.js';
import { coordinationModule } from './index.js';
import { areaOf, planRows } from './plan-docx.js';
import { type TaskRecord, taskProcedure } from './procedure.js';
import { attention, STALLED_DAYS, taskCode } from './rules.js';

installModules([proposalsModule, coordinationModule]);

const TODAY = '2026-06-30';

function task(over: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: 't1',
    state: 'open',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    code: 'GZ2026-01',
    title: '任务',
    assignedOn: '2026-02-20',
    dueOn: '2026-09-30',
    lastActivityOn: '2026-06-20',
    escalation: 'none',
    today: TODAY,
    ...over,
  };
}

function actor(role: Role): Actor {
  return {
    userId: 'x',
    username: 'x',
    displayName: 'x',
    role,
    orgUnitId: 'u1',
    orgPath: '/d1/u1/',
    districtId: 'd1',
  };
}

const OVERDUE = { dueOn: '2026-06-01' };
const STALLED = { lastActivityOn: '2026-05-01' };

describe('the task procedure: who may do what, in which state, on which rung of the 督办 ladder', () => {
  const cases: [string, string, Role, Partial<TaskRecord>, string | undefined][] = [
    ['the unit reports progress on an open task', 'progress', 'department_officer', {}, undefined],
    ['the unit reports completion', 'submit', 'department_officer', {}, undefined],
    ['a leader does not report', 'submit', 'leader', {}, 'FORBIDDEN'],
    [
      'a reported task awaits acceptance, not another report',
      'submit',
      'department_officer',
      { state: 'reported' },
      'TRANSITION_NOT_ALLOWED',
    ],
    ['the coordinator accepts a reported task', 'accept', 'coordinator', { state: 'reported' }, undefined],
    [
      'the unit cannot accept its own report',
      'accept',
      'department_officer',
      { state: 'reported' },
      'FORBIDDEN',
    ],
    ['an open task cannot be accepted', 'accept', 'coordinator', {}, 'TRANSITION_NOT_ALLOWED'],
    ['a done task takes no 督办', 'remind', 'coordinator', { state: 'done' }, 'TRANSITION_NOT_ALLOWED'],
    ['any open task may be reminded', 'remind', 'coordinator', {}, undefined],
    [
      'reminded once is enough',
      'remind',
      'coordinator',
      { escalation: 'reminded' },
      'ESCALATION_ORDER_REMINDED',
    ],
    [
      'a notice needs the task behind',
      'notice',
      'coordinator',
      { escalation: 'reminded' },
      'TASK_NOT_BEHIND',
    ],
    [
      'a notice for an overdue task after the reminder',
      'notice',
      'coordinator',
      { escalation: 'reminded', ...OVERDUE },
      undefined,
    ],
    [
      'a notice for a stalled task after the reminder',
      'notice',
      'coordinator',
      { escalation: 'reminded', ...STALLED },
      undefined,
    ],
    ['no notice before the reminder', 'notice', 'coordinator', OVERDUE, 'ESCALATION_ORDER_NOTICED'],
    [
      'the interview follows the notice',
      'interview',
      'coordinator',
      { escalation: 'noticed', ...OVERDUE },
      undefined,
    ],
    [
      'no interview before the notice',
      'interview',
      'coordinator',
      { escalation: 'reminded', ...OVERDUE },
      'ESCALATION_ORDER_INTERVIEWED',
    ],
    [
      'the committee hears it after the interview',
      'refer',
      'coordinator',
      { escalation: 'interviewed', ...OVERDUE },
      undefined,
    ],
    [
      'only the office escalates',
      'notice',
      'department_officer',
      { escalation: 'reminded', ...OVERDUE },
      'FORBIDDEN',
    ],
  ];
  for (const [name, transition, role, over, code] of cases) {
    it(name, () => {
      const reason = blockedReason(taskProcedure, transition, {
        actor: actor(role),
        record: task(over),
        facts: { steps: [] },
      });
      expect(reason?.code).toBe(code);
    });
  }
});

describe('overdue and stalled', () => {
  it('counts a task stalled after STALLED_DAYS without news, and never a done one', () => {
    const quiet = (days: number) => `2026-06-${String(30 - days).padStart(2, '0')}`;
    expect(attention(task({ lastActivityOn: quiet(STALLED_DAYS - 5) }), TODAY).stalled).toBe(false);
    expect(attention(task({ lastActivityOn: '2026-05-01' }), TODAY)).toEqual({
      overdue: false,
      stalled: true,
    });
    expect(attention(task({ dueOn: '2026-06-29' }), TODAY).overdue).toBe(true);
    expect(attention(task({ state: 'done', dueOn: '2026-01-01' }), TODAY)).toEqual({
      overdue: false,
      stalled: false,
    });
  });
});

describe('the .docx plan reader', () => {
  const doc = (texts: string[], numbered: number[] = []) =>
    texts.map((text, i) => ({ text, numbered: numbered.includes(i) }));

  it('maps headings to the 纲要 areas', () => {
    expect(areaOf('二、健全行政决策制度体系')).toBe('decisions');
    expect(areaOf('三、健全依法行政制度体系')).toBe('rules');
    expect(areaOf('四、深化行政执法体制改革')).toBe('enforcement');
    expect(areaOf('五、其他工作')).toBeNull();
  });

  it("reads Word's own list numbering and the bracketed attributes", () => {
    const parsed = planRows(
      doc(
        [
          '2027年于洪区法治政府建设工作要点',
          '一、健全行政执法工作体系',
          '推行行政执法三项制度（牵头单位：区司法局；配合单位：区市场监督管理局、区城管执法局；完成时限：2027年6月30日；指标：4.2.1）',
          '2026年12月20日',
        ],
        [2],
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      expect.objectContaining({
        code: taskCode(2027, 1),
        year: 2027,
        title: '推行行政执法三项制度',
        area: 'enforcement',
        unit: '区司法局',
        coUnits: '区市场监督管理局、区城管执法局',
        assignedOn: '2026-12-20',
        dueOn: '2027-06-30',
        indicators: '4.2.1',
      }),
    ]);
    expect(parsed.rowNumbers).toEqual([3]);
  });

  it('lists a document without a title year, a date line or numbered tasks', () => {
    const parsed = planRows(doc(['工作安排', '一、总体要求', '加强领导']));
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors.map((e) => e.column)).toEqual(['标题', '成文日期']);
  });
});
