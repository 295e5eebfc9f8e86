import { describe, expect, it } from 'vitest';
import { countByUrgency, type DueItem, sortByUrgency, subjectLink } from './due-items.js';

function buildItem(over: Partial<DueItem> = {}): DueItem {
  return {
    clockId: 'c1',
    clockKey: 'powers.publish',
    title: '事项',
    subjectType: 'power_item',
    subjectId: 'p1',
    status: 'running',
    dueOn: '2025-03-10',
    urgency: 'ok',
    explanation: '',
    provisional: false,
    ...over,
  };
}

describe('due items on the workbench', () => {
  it('counts every urgency, zero when absent', () => {
    const items = [buildItem({ urgency: 'overdue' }), buildItem({ urgency: 'overdue' }), buildItem()];
    expect(countByUrgency(items)).toEqual({ overdue: 2, due_soon: 0, ok: 1 });
  });

  it('puts overdue first, then due soon, each by due date', () => {
    const items = [
      buildItem({ clockId: 'a', urgency: 'ok', dueOn: '2025-01-01' }),
      buildItem({ clockId: 'b', urgency: 'due_soon', dueOn: '2025-02-02' }),
      buildItem({ clockId: 'c', urgency: 'overdue', dueOn: '2025-02-01' }),
      buildItem({ clockId: 'd', urgency: 'due_soon', dueOn: '2025-02-01' }),
    ];
    expect(sortByUrgency(items).map((i) => i.clockId)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('links to the record only when the module has a detail route', () => {
    const item = buildItem({ subjectId: 'x/1' });
    expect(subjectLink(item, [{ path: 'powers' }, { path: 'powers/:id' }])).toBe('/powers/x%2F1');
    expect(subjectLink(item, [{ path: 'powers' }])).toBeUndefined();
    expect(subjectLink(item, undefined)).toBeUndefined();
  });
});
