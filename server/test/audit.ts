import { and, asc, eq, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditEvents } from '../platform/audit/index.js';
import type { Executor } from '../platform/db/index.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;

export interface AuditQuery {
  action?: string;
  subjectId?: string;
  subjectType?: string;
}

function where(q: AuditQuery): SQL | undefined {
  return and(
    q.action === undefined ? undefined : eq(auditEvents.action, q.action),
    q.subjectId === undefined ? undefined : eq(auditEvents.subjectId, q.subjectId),
    q.subjectType === undefined ? undefined : eq(auditEvents.subjectType, q.subjectType),
  );
}

/** The audit events matching the query, in chain order (for trails: which actions, in which order). */
export function findAudit(db: Executor, q: AuditQuery): Promise<AuditEventRow[]> {
  return db.select().from(auditEvents).where(where(q)).orderBy(asc(auditEvents.seq));
}

/**
 * Asserts that a use case wrote its audit event (CONVENTIONS: a service test asserts the audit event too):
 * exactly `count` events of the action (on the subject, if given), or at least one when no count is given.
 * Returns them in chain order, for assertions on what they carry.
 */
export async function expectAudit(
  db: Executor,
  q: AuditQuery & { action: string; count?: number },
): Promise<AuditEventRow[]> {
  const events = await findAudit(db, q);
  const what = `audit events ${q.action}${q.subjectId ? ` on ${q.subjectId}` : ''}`;
  if (q.count === undefined) expect(events.length, what).toBeGreaterThan(0);
  else expect(events, what).toHaveLength(q.count);
  return events;
}
