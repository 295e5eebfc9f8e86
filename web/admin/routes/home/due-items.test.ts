import { describe, expect, it } from 'vitest';
import { type DueItem, subjectLink } from './due-items.js';

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
  it('links to the record only when the module has a detail route', () => {
    const item = buildItem({ subjectId: 'x/1' });
    expect(subjectLink(item, { routes: [{ path: 'powers' }, { path: 'powers/:id' }] })).toBe('/powers/x%2F1');
    expect(subjectLink(item, { routes: [{ path: 'powers' }] })).toBeUndefined();
    expect(subjectLink(item, undefined)).toBeUndefined();
  });

  it('follows the page the module names for the subject type', () => {
    const kase = buildItem({
      clockKey: 'enforcement.handling_general',
      subjectType: 'enforcement_case',
      subjectId: 'k1',
    });
    const web = {
      routes: [{ path: 'enforcement/cases/:id' }, { path: 'enforcement/bodies' }],
      recordLinks: { enforcement_case: '/enforcement/cases/:id', enforcement_officer: '/enforcement/bodies' },
    };
    expect(subjectLink(kase, web)).toBe('/enforcement/cases/k1');
    expect(subjectLink({ ...kase, subjectType: 'enforcement_officer' }, web)).toBe('/enforcement/bodies');
    // A named page the module does not route is no link.
    expect(subjectLink(kase, { ...web, routes: [] })).toBeUndefined();
  });
});
