import { definePermissions, isDistrictWide } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { MetricScope } from '../../platform/reports/index.js';

/**
 * Who does what (decision 0051 §7): the 依法治区办 (coordinator) keeps the trees and scores by hand; leaders
 * read the district's scoreboard and the ranking; a department sees its own unit's scores only.
 */
export const ASSESSMENT_PERMISSIONS = definePermissions({
  'assessment.view': {
    label: '查看法治政府建设考评',
    roles: ['coordinator', 'leader', 'department_officer', 'legal_reviewer'],
  },
  'assessment.score': { label: '考评指标人工评分', roles: ['coordinator'] },
  'assessment.manage': { label: '维护考评指标体系', roles: ['coordinator'] },
  'assessment.export': { label: '导出考评指标体系', roles: ['coordinator', 'leader'] },
});

/**
 * The scope a scoreboard is computed in: the district for district-wide roles (or the unit they ask for);
 * otherwise the actor's own subtree — asking for a unit outside it finds nothing.
 */
export function scoreScope(actor: Actor, unit: { path: string; districtId: string } | null): MetricScope {
  if (
    unit &&
    (unit.districtId !== actor.districtId || (!isDistrictWide(actor) && !unit.path.startsWith(actor.orgPath)))
  )
    throw notFound('单位');
  if (unit) return { districtId: actor.districtId, orgPath: unit.path };
  return { districtId: actor.districtId, orgPath: isDistrictWide(actor) ? null : actor.orgPath };
}
