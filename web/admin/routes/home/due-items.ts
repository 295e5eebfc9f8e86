import type { RouteObject } from 'react-router';
import type { WebModule } from '../../../common/module-registry.js';
import type { Urgency } from '../../../common/procedure/index.js';

/** A running statutory clock (or a module's reminder) of the user's, as the workbench lists it. */
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

/** The module a clock belongs to: its key's first segment (`powers.publish` → `powers`). */
export function moduleOf(clockKey: string): string {
  return clockKey.split('.')[0] ?? clockKey;
}

function hasRoute(routes: RouteObject[] | undefined, pattern: string): boolean {
  const bare = pattern.replace(/^\//, '');
  return (routes ?? []).some((r) => r.path === bare);
}

/**
 * The record page of a due item: the page its web module names for the subject type (`recordLinks`), else a
 * `<module>/:param` route; otherwise none (no link beats a link to a page that does not exist).
 */
export function subjectLink(item: DueItem, web: WebModule | undefined): string | undefined {
  const id = encodeURIComponent(item.subjectId);
  const named = web?.recordLinks?.[item.subjectType];
  if (named && hasRoute(web?.routes, named)) return named.replace(':id', id);
  const mod = moduleOf(item.clockKey);
  const pattern = new RegExp(`^/?${mod}/:[\\w]+$`);
  const hasDetail = (web?.routes ?? []).some((r) => typeof r.path === 'string' && pattern.test(r.path));
  return hasDetail ? `/${mod}/${id}` : undefined;
}
