import { powerItemsLedger, registerItems } from './service/import-items.js';
import { findHeldPowers, findPowersCitingLaw, findUnitPowers, powerNameSql } from './service/held-powers.js';
import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadPowersDemo } from './demo.js';
import { departmentsPublished, itemsPublished } from './metrics.js';
import { POWER_PERMISSIONS } from './policy.js';
import { powerItemProcedure } from './procedure.js';
import { powersPublicSearch } from './public-search.js';
import { powerItemEntry, powersRoutes } from './routes.js';
import { powerStatements } from './statements.js';

/** 权责清单 (power list): items by the ten categories, versioned, published on the portal (seed 一(五)二). */
export const powersModule = defineModule({
  key: 'powers',
  label: { 'zh-CN': '权责清单', 'en-US': 'Power list' },
  nav: [
    {
      path: '/powers',
      label: { 'zh-CN': '权责清单', 'en-US': 'Power list' },
      icon: 'UnorderedListOutlined',
      permission: 'powers.view',
      roles: LEDGER_ROLES,
    },
    {
      path: '/portal/powers',
      label: { 'zh-CN': '权责清单公示', 'en-US': 'Power list' },
      icon: 'UnorderedListOutlined',
      portal: true,
    },
  ],
  permissions: POWER_PERMISSIONS,
  metrics: [itemsPublished, departmentsPublished],
  // The leaders' overview (数据大屏) leads with the published list: 公示…个部门…共计…项.
  headlines: [
    defineHeadline({
      metricKey: 'powers.items_published',
      label: { 'zh-CN': '公示权责事项', 'en-US': 'Powers published' },
      order: 10,
    }),
    defineHeadline({
      metricKey: 'powers.departments_published',
      label: { 'zh-CN': '公示权责部门', 'en-US': 'Departments with published powers' },
      order: 11,
    }),
  ],
  statements: powerStatements,
  auditActions: [
    'powers.item.created',
    'powers.item.updated',
    'powers.item.published',
    'powers.item.discarded',
    'powers.item.revision_opened',
    'powers.item.revision_updated',
    'powers.item.revised',
    'powers.item.revision_discarded',
    'powers.item.repealed',
  ],
  ledgers: [defineLedgerEntry(powerItemsLedger)],
  procedures: [powerItemEntry],
  publicSearch: [powersPublicSearch],
  routes: powersRoutes,
  demo: loadPowersDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof powersModule.auditActions> {}
}

/**
 * What other modules may use: the permissions, the procedure (for describing it), the metrics, the powers a
 * unit holds, a power's name for their report SQL, and `registerItems` (bulk items in force, for other
 * modules' demo data and tests), and the powers whose basis names a law (`findPowersCitingLaw`, for the
 * normative documents' legal-basis links).
 */
export const powers = {
  findHeldPowers,
  findUnitPowers,
  findPowersCitingLaw,
  powerNameSql,
  registerItems,
  permissions: POWER_PERMISSIONS,
  procedure: powerItemProcedure,
  metrics: { itemsPublished, departmentsPublished },
} as const;
