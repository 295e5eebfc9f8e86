import { z } from 'zod';
import { definePermissions } from '../authz/index.js';
import { defineClock } from '../clocks/define-clock.js';
import type { Actor, Role } from '../context.js';
import { defineModule } from '../modules.js';
import { defineProcedure, procedureAuditActions } from './define.js';
import { requireField, requireStep } from './gates.js';
import type { ProcedureRecord, ProcedureStep } from './types.js';

/** A tiny procedure for the engine's own tests: draft → reviewing → reviewed → published, or withdrawn. */
export const testPermissions = definePermissions({
  'testproc.edit': { label: '编辑测试事项', roles: ['department_officer', 'coordinator'] },
  'testproc.review': { label: '审查测试事项', roles: ['legal_reviewer'] },
  'testproc.publish': { label: '发布测试事项', roles: ['coordinator'] },
});

export interface TestItem extends ProcedureRecord {
  title: string | null;
  publishedOn: string | null;
}

export const reviewClock = defineClock({
  key: 'testproc.review',
  label: '审查期限',
  length: { amount: 7, unit: 'working_days' },
  basis: '《测试条例》第七条',
});

/** A shorter period for urgent items: the `escalate` transition picks one of the two by the record. */
export const urgentReviewClock = defineClock({
  key: 'testproc.urgent_review',
  label: '紧急审查期限',
  length: { amount: 3, unit: 'working_days' },
  basis: '《测试条例》第九条',
});

export const testProcedure = defineProcedure({
  key: 'testproc.item',
  subjectType: 'test_item',
  label: '测试事项',
  states: {
    draft: { label: '草稿' },
    reviewing: { label: '审查中' },
    reviewed: { label: '已审查' },
    published: { label: '已发布', final: true },
    withdrawn: { label: '已撤回', final: true },
  },
  transitions: {
    submit: {
      label: '提交审查',
      from: ['draft'],
      to: 'reviewing',
      permission: 'testproc.edit',
      gates: [requireField('title', '请先填写标题')],
      clocks: { start: [reviewClock] },
      auditAction: 'testproc.item.submitted',
    },
    conclude_review: {
      label: '作出审查结论',
      from: ['reviewing'],
      to: 'reviewed',
      permission: 'testproc.review',
      input: z.object({ outcome: z.enum(['lawful', 'unlawful']), opinion: z.string().min(2) }),
      clocks: { stop: [reviewClock] },
      basis: '《测试条例》第八条',
    },
    revise: {
      label: '修改后重新提交',
      from: ['reviewed'],
      to: 'reviewing',
      permission: 'testproc.edit',
      clocks: { start: [{ def: reviewClock, from: (_r, input) => (input as { on: string }).on }] },
      input: z.object({ on: z.iso.date() }),
    },
    escalate: {
      label: '转入审查（按紧急程度计时）',
      from: ['draft'],
      to: 'reviewing',
      permission: 'testproc.edit',
      clocks: {
        start: [
          {
            among: [reviewClock, urgentReviewClock],
            select: (r: TestItem) =>
              r.title?.startsWith('紧急') ? urgentReviewClock : r.title ? reviewClock : null,
          },
        ],
      },
    },
    publish: {
      label: '发布',
      from: ['reviewed'],
      to: 'published',
      permission: 'testproc.publish',
      gates: [
        requireStep('conclude_review', {
          outcome: 'lawful',
          code: 'LEGALITY_REVIEW_REQUIRED',
          message: '须经合法性审查且结论为合法后方可发布',
          basis: '《重大行政决策程序暂行条例》第二十五条',
        }),
      ],
      input: z.object({ publishedOn: z.iso.date() }),
      auditAction: 'testproc.item.published',
    },
    withdraw: {
      label: '撤回',
      from: ['draft', 'reviewing', 'reviewed'],
      to: 'withdrawn',
      permission: 'testproc.edit',
      clocks: { stop: ['testproc.review'] },
    },
  },
  titleOf: (record: TestItem) => `测试事项 ${record.title ?? record.id}`,
});

export function buildActor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    username: role,
    displayName: `测试${role}`,
    role,
    orgUnitId: '00000000-0000-4000-8000-0000000000a1',
    orgPath: '/00000000-0000-4000-8000-0000000000a1/',
    districtId: '00000000-0000-4000-8000-0000000000a1',
    ...overrides,
  };
}

export function buildItem(overrides: Partial<TestItem> = {}): TestItem {
  return {
    id: 'item-1',
    state: 'draft',
    version: 1,
    orgUnitId: '00000000-0000-4000-8000-0000000000a1',
    districtId: '00000000-0000-4000-8000-0000000000a1',
    title: '测试标题',
    publishedOn: null,
    ...overrides,
  };
}

export function buildStep(transition: string, input: unknown = null): ProcedureStep {
  return {
    id: 1,
    transition,
    fromState: 'reviewing',
    toState: 'reviewed',
    actorUserId: null,
    occurredAt: '2024-01-01T00:00:00.000Z',
    input,
  };
}

/** The test procedure's manifest: the engine's tests install it as boot installs a module. */
export const testProcedureModule = defineModule({
  key: 'testproc',
  label: { 'zh-CN': '测试事项', 'en-US': 'Test items' },
  nav: [],
  routes: () => {},
  permissions: testPermissions,
  clocks: [reviewClock, urgentReviewClock],
  auditActions: procedureAuditActions(testProcedure),
});
