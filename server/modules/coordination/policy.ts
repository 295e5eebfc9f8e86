import { type SQL, sql } from 'drizzle-orm';
import { definePermissions, isDistrictWide, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { coordinationMeetings, coordinationTasks } from './schema.js';

/**
 * Who does what (decision 0049): the 依法治区办 (coordinator) keeps the committee, the plan and the 督办;
 * the units (department officers) report on their own tasks; leaders and reviewers read.
 */
export const COORDINATION_PERMISSIONS = definePermissions({
  'coordination.view': {
    label: '查看工作要点任务',
    roles: ['coordinator', 'leader', 'legal_reviewer', 'department_officer'],
  },
  'coordination.committee': {
    label: '查看法治建设委员会',
    roles: ['coordinator', 'leader', 'legal_reviewer'],
  },
  'coordination.manage': { label: '管理工作要点和督办', roles: ['coordinator'] },
  'coordination.report': { label: '报送任务进展', roles: ['department_officer', 'coordinator'] },
});

/** A unit sees the tasks it leads and those it co-handles; district-wide roles all the district's. */
export function taskScope(actor: Actor): SQL {
  const own = orgScope(actor, coordinationTasks.orgUnitId, coordinationTasks.districtId);
  if (isDistrictWide(actor)) return own;
  return sql`(${own} OR EXISTS (SELECT 1 FROM org_units cu WHERE cu.id = ANY(${coordinationTasks.coUnitIds})
    AND ${orgScope(actor, sql`cu.id`)}))`;
}

export function meetingScope(actor: Actor): SQL {
  return orgScope(actor, coordinationMeetings.orgUnitId, coordinationMeetings.districtId);
}
