import type { ModuleManifest } from '../../platform/modules.js';
import type { RoutePlugin } from '../../platform/http/types.js';
import { disclosureCli } from './cli.js';
import { loadProactiveDemo } from './demo/proactive.js';
import { loadRequestsDemo } from './demo/requests.js';
import './metrics/proactive.js';
import './metrics/requests.js';
import { REQUEST_PERMISSIONS } from './policy.js';
import {
  correctionNoticeClock,
  feePaymentClock,
  replyClock,
  requestProcedure,
  thirdPartyClock,
} from './procedure.js';
import { portalRequestRoutes } from './routes/portal-requests.js';
import { proactiveRoutes } from './routes/proactive.js';
import { requestEntry, requestRoutes } from './routes/requests.js';
import { table3Routes } from './routes/table3.js';

const routes: RoutePlugin = async (app, deps) => {
  await requestRoutes(app, deps);
  await portalRequestRoutes(app, deps);
  await proactiveRoutes(app, deps);
  await table3Routes(app, deps);
};

/** 政务公开 (government information disclosure): proactive register, requests, table 三 (issue #4). */
export const disclosureModule: ModuleManifest = {
  key: 'disclosure',
  label: { 'zh-CN': '政务公开', 'en-US': 'Information disclosure' },
  nav: [
    {
      path: '/disclosure/requests',
      label: { 'zh-CN': '依申请公开', 'en-US': 'Disclosure requests' },
      icon: 'FileSearchOutlined',
      permission: 'disclosure.view_requests',
    },
    {
      path: '/disclosure/proactive',
      label: { 'zh-CN': '主动公开', 'en-US': 'Proactive disclosure' },
      icon: 'NotificationOutlined',
      permission: 'disclosure.view_proactive',
    },
    {
      path: '/disclosure/table3',
      label: { 'zh-CN': '年报表三', 'en-US': 'Annual report table 3' },
      icon: 'TableOutlined',
      permission: 'disclosure.view_requests',
    },
    {
      path: '/portal/disclosure',
      label: { 'zh-CN': '政府信息公开', 'en-US': 'Information disclosure' },
      icon: 'FileSearchOutlined',
      portal: true,
    },
  ],
  routes,
  procedures: [requestEntry],
  cli: disclosureCli,
  demo: async (ctx, progress) => {
    await loadProactiveDemo(ctx, progress);
    await loadRequestsDemo(ctx, progress);
  },
};

/** What other modules may use: permissions, the request procedure and its clocks. */
export const disclosure = {
  permissions: REQUEST_PERMISSIONS,
  procedure: requestProcedure,
  clocks: { replyClock, correctionNoticeClock, thirdPartyClock, feePaymentClock },
  auditActions: [
    'disclosure.request.registered',
    'disclosure.request.submitted',
    'disclosure.request.imported',
    'disclosure.request.correction_requested',
    'disclosure.request.correction_received',
    'disclosure.request.correction_lapsed',
    'disclosure.request.third_party_consulted',
    'disclosure.request.third_party_answered',
    'disclosure.request.deadline_extended',
    'disclosure.request.fee_notice_issued',
    'disclosure.request.fee_received',
    'disclosure.request.fee_lapsed',
    'disclosure.request.replied',
    'disclosure.request.withdrawn',
    'disclosure.request.reply_document_generated',
  ],
} as const;
