import type { AuditActionsOf } from '../../platform/audit/index.js';
import type { RoutePlugin } from '../../platform/http/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { proactiveItemsLedger } from './service/proactive/import-items.js';
import { requestsLedger } from './service/requests/import-requests.js';
import { table3Cli } from './table3/cli.js';
import { disclosureImportedFigures, disclosureReportTables } from './annual-report/index.js';
import { loadProactiveDemo } from './demo/proactive.js';
import { loadReportedFiguresDemo } from './demo/reported-figures.js';
import { loadRequestsDemo } from './demo/requests.js';
import { disclosureMetrics } from './metrics/index.js';
import { disclosureHeadlines, disclosureOverview } from './overview.js';
import { REQUEST_PERMISSIONS } from './policy.js';
import { cataloguePublicSearch } from './public-search.js';
import { PROACTIVE_PERMISSIONS } from './service/proactive/index.js';
import {
  correctionNoticeClock,
  feePaymentClock,
  organConsultationClock,
  replyClock,
  replyClock2008,
  requestProcedure,
  thirdPartyClock,
} from './procedure.js';
import { portalRequestRoutes } from './routes/portal-requests.js';
import { formatTrackingCode } from './rules/tracking-code.js';
import { newTrackingCode } from './service/requests/records.js';
import { requestForRemedy } from './service/requests/request-for-remedy.js';
import { proactiveRoutes } from './routes/proactive.js';
import { requestEntry, requestRoutes } from './routes/requests.js';
import { settingsRoutes } from './routes/settings.js';
import { table3Routes } from './routes/table3.js';
import { disclosureAgreements, disclosureIndicators } from './report-checks.js';
import { disclosureStatements } from './statements.js';

const routes: RoutePlugin = async (app, deps) => {
  await requestRoutes(app, deps);
  await portalRequestRoutes(app, deps);
  await proactiveRoutes(app, deps);
  await table3Routes(app, deps);
  await settingsRoutes(app, deps);
};

/** 政务公开 (government information disclosure): proactive register, requests, table 三 (issue #4). */
export const disclosureModule = defineModule({
  key: 'disclosure',
  label: { 'zh-CN': '政务公开', 'en-US': 'Information disclosure' },
  nav: [
    {
      path: '/disclosure/requests',
      label: { 'zh-CN': '依申请公开', 'en-US': 'Disclosure requests' },
      icon: 'FileSearchOutlined',
      permission: 'disclosure.view_requests',
      roles: LEDGER_ROLES,
    },
    {
      path: '/disclosure/proactive',
      label: { 'zh-CN': '主动公开', 'en-US': 'Proactive disclosure' },
      icon: 'NotificationOutlined',
      permission: 'disclosure.view_proactive',
      roles: LEDGER_ROLES,
    },
    {
      path: '/disclosure/table3',
      label: { 'zh-CN': '年报表三', 'en-US': 'Annual report table 3' },
      icon: 'TableOutlined',
      permission: 'disclosure.view_requests',
      roles: LEDGER_ROLES,
    },
    {
      path: '/disclosure/settings',
      label: { 'zh-CN': '政务公开参数', 'en-US': 'Disclosure settings' },
      icon: 'SettingOutlined',
      permission: 'disclosure.manage_settings',
      roles: LEDGER_ROLES,
    },
    {
      path: '/portal/disclosure',
      label: { 'zh-CN': '政府信息公开', 'en-US': 'Information disclosure' },
      icon: 'FileSearchOutlined',
      portal: true,
    },
  ],
  permissions: { ...REQUEST_PERMISSIONS, ...PROACTIVE_PERMISSIONS },
  clocks: [
    replyClock,
    replyClock2008,
    correctionNoticeClock,
    thirdPartyClock,
    organConsultationClock,
    feePaymentClock,
  ],
  metrics: disclosureMetrics,
  statements: disclosureStatements,
  reportIndicators: disclosureIndicators,
  reportAgreements: disclosureAgreements,
  reportTables: disclosureReportTables,
  importedFigures: disclosureImportedFigures,
  publicSearch: [cataloguePublicSearch],
  overview: disclosureOverview,
  headlines: disclosureHeadlines,
  ledgers: [defineLedgerEntry(requestsLedger), defineLedgerEntry(proactiveItemsLedger)],
  procedures: [requestEntry],
  auditActions: [
    'disclosure.request.registered',
    'disclosure.request.submitted',
    'disclosure.request.imported',
    'disclosure.request.correction_requested',
    'disclosure.request.correction_received',
    'disclosure.request.correction_lapsed',
    'disclosure.request.third_party_consulted',
    'disclosure.request.third_party_received',
    'disclosure.request.third_party_answered',
    'disclosure.request.third_party_silent',
    'disclosure.request.organ_consulted',
    'disclosure.request.organ_answered',
    'disclosure.request.deadline_extended',
    'disclosure.request.fee_notice_issued',
    'disclosure.request.fee_notice_received',
    'disclosure.request.fee_received',
    'disclosure.request.fee_lapsed',
    'disclosure.request.replied',
    'disclosure.request.withdrawn',
    'disclosure.request.reply_document_generated',
    'disclosure.settings.updated',
    'disclosure.proactive_item.registered',
    'disclosure.proactive_item.updated',
    'disclosure.proactive_item.withdrawn',
    'disclosure.guide.created',
    'disclosure.guide.updated',
  ],
  routes,
  cli: table3Cli,
  demo: async (ctx, progress) => {
    await loadProactiveDemo(ctx, progress);
    await loadRequestsDemo(ctx, progress);
    await loadReportedFiguresDemo(ctx);
  },
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof disclosureModule.auditActions> {}
}

/**
 * What other modules may use: permissions, the request procedure and its clocks; a fresh tracking code (the
 * portal's other applications use the same form of code); the request a remedy challenges (table 四).
 */
export const disclosure = {
  newTrackingCode,
  formatTrackingCode,
  requestForRemedy,
  permissions: REQUEST_PERMISSIONS,
  procedure: requestProcedure,
  clocks: {
    replyClock,
    replyClock2008,
    correctionNoticeClock,
    thirdPartyClock,
    organConsultationClock,
    feePaymentClock,
  },
} as const;
