import type { RouteObject } from 'react-router';
import type { Urgency } from '../../../common/procedure/index.js';

/** A running statutory clock of the user's, as `/me/due-items` lists it. */
export interface DueItem {
  clockId: string;
  clockKey: string;
  title: string;
  subjectType: string;
  subjectId: string;
  status: string;
  /** null while the clock is paused or not yet started. */
  dueOn: string | null;
  urgency: Urgency;
  explanation: string;
  provisional: boolean;
}

export const URGENCY_ORDER: Urgency[] = ['overdue', 'due_soon', 'ok'];

/** Counts per urgency, every urgency present (0 when none). */
export function countByUrgency(items: DueItem[]): Record<Urgency, number> {
  const counts: Record<Urgency, number> = { overdue: 0, due_soon: 0, ok: 0 };
  for (const i of items) if (i.urgency in counts) counts[i.urgency] += 1;
  return counts;
}

/** Most urgent first, then the earliest due date. */
export function sortByUrgency(items: DueItem[]): DueItem[] {
  const rank = (u: Urgency) => URGENCY_ORDER.indexOf(u);
  return [...items].sort(
    (a, b) => rank(a.urgency) - rank(b.urgency) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
}

/** The module a clock belongs to: its key's first segment (`powers.publish` → `powers`). */
export function moduleOf(clockKey: string): string {
  return clockKey.split('.')[0] ?? clockKey;
}

/**
 * The record page of a due item, when its module registers a `<module>/:param` route; otherwise none
 * (no link beats a link to a page that does not exist).
 */
export function subjectLink(item: DueItem, routes: RouteObject[] | undefined): string | undefined {
  const mod = moduleOf(item.clockKey);
  const pattern = new RegExp(`^/?${mod}/:[\\w]+$`);
  const hasDetail = (routes ?? []).some((r) => typeof r.path === 'string' && pattern.test(r.path));
  return hasDetail ? `/${mod}/${encodeURIComponent(item.subjectId)}` : undefined;
}
