import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadNormativeDocsDemo } from './demo.js';
import { docsLedger } from './ledger.js';
import { normativeMetrics } from './metrics.js';
import { NORMATIVE_PERMISSIONS } from './policy.js';
import { docProcedure } from './procedure.js';
import { docEntry, normativeDocsRoutes } from './routes.js';
import { docsCitingLaw } from './service/laws.js';
import { isCitableNumber } from './service/queries.js';
import { normativeStatements } from './statements.js';

/** 行政规范性文件 (seed 一(二)三; docs/decisions/0048-normative-documents.md). */
export const normativeDocsModule = defineModule({
  key: 'normative-docs',
  label: { 'zh-CN': '规范性文件', 'en-US': 'Normative documents' },
  nav: [
    {
      path: '/normative-docs',
      label: { 'zh-CN': '规范性文件', 'en-US': 'Normative documents' },
      icon: 'FileProtectOutlined',
      permission: 'normative_docs.view',
      roles: LEDGER_ROLES,
    },
    {
      path: '/normative-docs/cleanups',
      label: { 'zh-CN': '规范性文件清理', 'en-US': 'Document cleanups' },
      icon: 'ClearOutlined',
      permission: 'normative_docs.view',
      roles: ['coordinator', 'legal_reviewer', 'leader'],
    },
    {
      path: '/normative-docs/laws',
      label: { 'zh-CN': '法律法规依据库', 'en-US': 'Law register' },
      icon: 'BookOutlined',
      permission: 'normative_docs.view',
      roles: ['coordinator', 'legal_reviewer'],
    },
    {
      path: '/portal/normative-docs',
      label: { 'zh-CN': '现行有效规范性文件', 'en-US': 'Valid normative documents' },
      icon: 'FileProtectOutlined',
      portal: true,
    },
  ],
  permissions: NORMATIVE_PERMISSIONS,
  metrics: normativeMetrics,
  statements: normativeStatements,
  headlines: [
    defineHeadline({
      metricKey: 'normative_docs.docs_in_force',
      label: { 'zh-CN': '现行有效规范性文件', 'en-US': 'Normative documents in force' },
      order: 70,
    }),
  ],
  auditActions: [
    'normative_docs.doc.drafted',
    'normative_docs.doc.imported',
    'normative_docs.doc.evaluated',
    'normative_docs.doc.comment_opened',
    'normative_docs.doc.review_requested',
    'normative_docs.doc.reviewed',
    'normative_docs.doc.review_answered',
    'normative_docs.doc.resubmitted',
    'normative_docs.doc.deliberated',
    'normative_docs.doc.registered',
    'normative_docs.doc.published',
    'normative_docs.doc.filed',
    'normative_docs.doc.filing_reviewed',
    'normative_docs.doc.repealed',
    'normative_docs.doc.expired',
    'normative_docs.cleanup.opened',
    'normative_docs.cleanup.result_recorded',
    'normative_docs.cleanup.published',
    'normative_docs.law.registered',
    'normative_docs.law.amended',
    'normative_docs.law.repealed',
    'normative_docs.settings.updated',
  ],
  ledgers: [defineLedgerEntry(docsLedger)],
  procedures: [docEntry],
  routes: normativeDocsRoutes,
  demo: loadNormativeDocsDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof normativeDocsModule.auditActions> {}
}

/**
 * What other modules may use: whether a document number may be cited as a basis today (published, in force:
 * the portal list is the authority), the documents citing a law (for the legal-basis links), the procedure,
 * the permissions and the metrics.
 */
export const normativeDocs = {
  isCitableNumber,
  docsCitingLaw,
  procedure: docProcedure,
  permissions: NORMATIVE_PERMISSIONS,
  metrics: normativeMetrics,
} as const;
