import { eq, type SQL } from 'drizzle-orm';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { ROLES } from '../../platform/context.js';
import { decisionCatalogueItems, decisions } from './schema.js';

/**
 * Who does what (decision 0047 §5): the government office (coordinator) keeps the catalogue, launches decisions
 * and records the meeting, the Party report and the publication; the 承办单位 (department officers) draft, put the
 * draft out for comment and dispose of the comments; the 司法局's review office (legal_reviewer) assigns the
 * legality review to advisers and records its conclusion; leaders read.
 */
export const DECISION_PERMISSIONS = definePermissions({
  'decisions.view': { label: '查看重大行政决策', roles: ROLES },
  'decisions.catalogue': { label: '编制和调整重大行政决策事项目录', roles: ['coordinator'] },
  'decisions.launch': { label: '启动重大行政决策', roles: ['coordinator'] },
  'decisions.draft': { label: '起草决策草案、征求和处理意见', roles: ['department_officer', 'coordinator'] },
  'decisions.review': { label: '组织重大行政决策合法性审查', roles: ['legal_reviewer'] },
  'decisions.decide': { label: '登记集体讨论、公布和调整决策', roles: ['coordinator'] },
  'decisions.export': {
    label: '导出重大行政决策台账',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_reviewer'],
  },
});

/** The decisions the actor may see: the district's for district-wide roles, a unit its own (承办单位). */
export function decisionScope(actor: Actor): SQL {
  return orgScope(actor, decisions.orgUnitId, decisions.districtId);
}

/** The catalogue is the district's: every staff member of the district reads it whole. */
export function catalogueScope(actor: Actor): SQL {
  return eq(decisionCatalogueItems.districtId, actor.districtId);
}
