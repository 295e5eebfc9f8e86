import { and, asc, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditEvents } from './schema.js';

/** An audit event as stored (what an archive or a history view shows). */
export type AuditEventRecord = typeof auditEvents.$inferSelect;

/**
 * The audit events about some records, in chain order: what a module shows as a record's history without
 * reading the kernel's table. Both filters hit audit_subject_idx.
 */
export async function findAuditEvents(
  db: Executor,
  filter: { subjectTypes: readonly string[]; subjectIds: readonly string[] },
): Promise<AuditEventRecord[]> {
  if (filter.subjectTypes.length === 0 || filter.subjectIds.length === 0) return [];
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        inArray(auditEvents.subjectType, [...filter.subjectTypes]),
        inArray(auditEvents.subjectId, [...filter.subjectIds]),
      ),
    )
    .orderBy(asc(auditEvents.seq));
}
