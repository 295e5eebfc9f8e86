import type { SQL } from 'drizzle-orm';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { legalAdvisers, legalMatters } from './schema.js';

/**
 * Who may do what with legal matters. A unit asks for help and sees its own matters; the 司法局 (coordinator)
 * keeps the roster and assigns the requests ("由区司法局负责时常管理，统筹协调法律事务工作", seed 一(二)二); the
 * advisers handle what they are given and issue the opinions.
 */
export const LEGAL_AFFAIRS_PERMISSIONS = definePermissions({
  'legal_affairs.view': {
    label: '查看法律事务和法律顾问',
    roles: ['coordinator', 'leader', 'legal_reviewer', 'legal_adviser', 'department_officer'],
  },
  'legal_affairs.request': {
    label: '申请法律服务',
    roles: ['department_officer', 'coordinator', 'legal_reviewer'],
  },
  // The review office (legal_reviewer) assigns the legality reviews it sends to the advisers (decision 0041 §4).
  'legal_affairs.assign': { label: '分派或退回法律事务', roles: ['coordinator', 'legal_reviewer'] },
  'legal_affairs.handle': { label: '办理法律事务、出具法律意见书', roles: ['legal_adviser', 'coordinator'] },
  'legal_affairs.manage_roster': { label: '管理法律顾问名册、合同和考评', roles: ['coordinator'] },
  'legal_affairs.import': { label: '导入法律事务台账', roles: ['coordinator'] },
  'legal_affairs.export': {
    label: '导出法律事务台账',
    roles: ['coordinator', 'leader', 'legal_reviewer', 'legal_adviser', 'department_officer'],
  },
});

/** Matters the actor may see: the requesting unit's subtree, or the whole district for the district-wide roles. */
export function matterScope(actor: Actor): SQL {
  return orgScope(actor, legalMatters.orgUnitId, legalMatters.districtId);
}

/** Roster members the actor may see: by the managing unit (a department sees its own 公职律师). */
export function adviserScope(actor: Actor): SQL {
  return orgScope(actor, legalAdvisers.orgUnitId, legalAdvisers.districtId);
}
