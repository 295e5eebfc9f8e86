import { definePermissions } from '../../platform/authz/index.js';
import { ROLES } from '../../platform/context.js';

/**
 * Who does what (decision 0050 §2): the 依法治区办 (coordinator) keeps the roster, records study sessions, the
 * plans and their acceptance, and reviews 述法; units log their 普法 activities and keep their responsibility
 * lists; a principal leader's 述法 is submitted by the leader or the unit's officer; leaders evaluate.
 */
export const EDUCATION_PERMISSIONS = definePermissions({
  'legal_education.view': { label: '查看学法普法和第一责任人', roles: ROLES },
  'legal_education.study': { label: '登记领导干部学法', roles: ['coordinator'] },
  'legal_education.popularise': {
    label: '登记普法活动和普法责任清单',
    roles: ['coordinator', 'department_officer'],
  },
  'legal_education.accept': { label: '普法规划验收', roles: ['coordinator'] },
  'legal_education.report': {
    label: '提交年终述法报告',
    roles: ['coordinator', 'department_officer', 'leader'],
  },
  'legal_education.review': { label: '审核述法报告', roles: ['coordinator'] },
  'legal_education.evaluate': { label: '评议述法报告', roles: ['coordinator', 'leader'] },
  'legal_education.export': {
    label: '导出学法普法台账',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_reviewer'],
  },
});
