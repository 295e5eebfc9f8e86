import type { SQL } from 'drizzle-orm';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { normativeDocs } from './schema.js';

/**
 * Who does what (decision 0048 §5): a unit drafts its documents and answers the review; the 司法局 reviewer
 * (legal_reviewer) issues the legality review; the issuer's office registers, publishes and files (三统一);
 * the coordinator and the reviewer run cleanups and keep the law register; leaders read.
 */
export const NORMATIVE_PERMISSIONS = definePermissions({
  'normative_docs.view': {
    label: '查看规范性文件',
    roles: ['coordinator', 'legal_reviewer', 'department_officer', 'leader'],
  },
  'normative_docs.draft': { label: '起草规范性文件', roles: ['coordinator', 'department_officer'] },
  'normative_docs.review': { label: '规范性文件合法性审核', roles: ['legal_reviewer'] },
  'normative_docs.register': {
    label: '规范性文件登记、公布和备案',
    roles: ['coordinator', 'department_officer'],
  },
  'normative_docs.cleanup': { label: '规范性文件清理', roles: ['coordinator', 'legal_reviewer'] },
  'normative_docs.publish_cleanup': { label: '公布规范性文件清理结果', roles: ['coordinator'] },
  'normative_docs.laws': { label: '维护法律法规依据库', roles: ['coordinator', 'legal_reviewer'] },
  'normative_docs.export': {
    label: '导出规范性文件台账',
    roles: ['coordinator', 'legal_reviewer', 'department_officer', 'leader'],
  },
  'normative_docs.import': { label: '导入规范性文件台账', roles: ['coordinator'] },
  'normative_docs.settings': { label: '设置规范性文件期限', roles: ['coordinator'] },
});

/** The documents the actor may see: its issuer's and those below it; district-wide roles the whole district. */
export function docScope(actor: Actor): SQL {
  return orgScope(actor, normativeDocs.orgUnitId, normativeDocs.districtId);
}
