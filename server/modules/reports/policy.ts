import { and, eq, or, type SQL } from 'drizzle-orm';
import { definePermissions, isDistrictWide, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { reportDrafts } from './schema.js';

/**
 * Who works with the annual reports (decision 0036; `reports.read` is the kernel's, platform/reports/policy.ts). The 依法治区办 (coordinator) writes the district's report;
 * a department officer writes their own unit's and contributes paragraphs to the district's; the meeting's
 * approval, the signing and the publication are recorded by the coordinator (or, for a department's own
 * report, by its officer); the leader may record the signing.
 */
export const REPORT_PERMISSIONS = definePermissions({
  'reports.edit': { label: '起草、修改年度报告', roles: ['coordinator', 'department_officer'] },
  'reports.approve': { label: '登记年度报告审议通过', roles: ['coordinator', 'department_officer'] },
  'reports.sign': { label: '登记主要负责人签署', roles: ['coordinator', 'leader', 'department_officer'] },
  'reports.publish': { label: '公开、归档年度报告', roles: ['coordinator', 'department_officer'] },
});

/** The drafts an actor owns: their scope's units (a department: its own; district-wide roles: all). */
export function ownScope(actor: Actor): SQL {
  return orgScope(actor, reportDrafts.orgUnitId, reportDrafts.districtId);
}

/**
 * The drafts an actor may read: their own, plus — for a department officer — the district's own report, to
 * which the department contributes its paragraphs.
 */
export function readScope(actor: Actor, districtUnitId: string): SQL {
  if (isDistrictWide(actor)) return ownScope(actor);
  return or(
    ownScope(actor),
    and(eq(reportDrafts.districtId, actor.districtId), eq(reportDrafts.orgUnitId, districtUnitId)),
  ) as SQL;
}
