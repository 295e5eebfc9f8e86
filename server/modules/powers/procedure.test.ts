import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/context.js';
import { availableActions, blockedReason } from '../../platform/procedures/index.js';
import { installModules } from '../../platform/install-modules.js';
import { powersModule } from './index.js';
import { type PowerItemRecord, powerItemProcedure } from './procedure.js';

installModules([powersModule]);

const complete = { legalBasis: '《食品安全法》', process: '立案→决定', responsibility: '立案责任' };
const content = {
  name: '对未取得许可擅自从事食品经营活动的行政处罚',
  subItemName: null,
  category: 'penalty' as const,
  handlingUnit: null,
  exerciseLevel: null,
  accountability: null,
  timeLimit: null,
  feeBasis: null,
  supervisionPhone: null,
  remarks: null,
};

function buildItem(over: Partial<PowerItemRecord> = {}): PowerItemRecord {
  return {
    id: 'i1',
    state: 'draft',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    ...complete,
    hasPendingRevision: false,
    pendingRevision: null,
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

const check = (record: PowerItemRecord, role: Role = 'coordinator') => ({
  actor: actor(role),
  record,
  facts: { steps: [] },
});

describe('power item procedure', () => {
  it('publishes a complete draft', () => {
    expect(blockedReason(powerItemProcedure, 'publish', check(buildItem()))).toBeUndefined();
  });

  it.each([
    ['legalBasis', '实施依据'],
    ['process', '运行流程'],
    ['responsibility', '责任事项'],
  ] as const)('blocks the publication of a draft without %s and names it', (field, label) => {
    const reason = blockedReason(powerItemProcedure, 'publish', check(buildItem({ [field]: ' ' })));
    expect(reason).toMatchObject({ kind: 'gate', code: 'POWER_ITEM_INCOMPLETE' });
    expect(reason?.message).toContain(label);
  });

  it('leaves publication to the coordinator (依法治区办), not the department', () => {
    expect(
      blockedReason(powerItemProcedure, 'publish', check(buildItem(), 'department_officer')),
    ).toMatchObject({
      kind: 'permission',
    });
    expect(
      blockedReason(powerItemProcedure, 'discard', check(buildItem(), 'department_officer')),
    ).toBeUndefined();
  });

  it('opens one revision at a time and publishes it only when it is complete', () => {
    const published = buildItem({ state: 'published' });
    expect(
      blockedReason(powerItemProcedure, 'revise', check(published, 'department_officer')),
    ).toBeUndefined();
    expect(blockedReason(powerItemProcedure, 'publish_revision', check(published))).toMatchObject({
      code: 'REVISION_NOT_OPEN',
    });
    const revising = buildItem({
      state: 'published',
      hasPendingRevision: true,
      pendingRevision: { ...content, ...complete, process: null },
    });
    expect(blockedReason(powerItemProcedure, 'revise', check(revising))).toMatchObject({
      code: 'REVISION_ALREADY_OPEN',
    });
    expect(blockedReason(powerItemProcedure, 'publish_revision', check(revising))?.message).toContain(
      '运行流程',
    );
    expect(blockedReason(powerItemProcedure, 'repeal', check(revising))).toMatchObject({
      code: 'REVISION_ALREADY_OPEN',
    });
  });

  it('ends with a repeal: nothing leaves 已取消', () => {
    const actions = availableActions(powerItemProcedure, check(buildItem({ state: 'repealed' })));
    expect(actions.filter((a) => a.allowed)).toEqual([]);
  });

  it('requires a reason to repeal', () => {
    const repeal = powerItemProcedure.transitions.repeal;
    expect(repeal.input.safeParse({}).success).toBe(false);
    expect(repeal.input.safeParse({ reason: '上级决定取消' }).success).toBe(true);
  });
});
