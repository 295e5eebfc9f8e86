import { registerItems } from './service/import-items.js';
import { findHeldPowers, findUnitPowers } from './service/held-powers.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { powersCli } from './cli.js';
import { loadPowersDemo } from './demo.js';
import { departmentsPublished, itemsPublished } from './metrics.js';
import { POWER_PERMISSIONS } from './policy.js';
import { powerItemProcedure } from './procedure.js';
import { powerItemEntry, powersRoutes } from './routes.js';

/** 权责清单 (power list): items by the ten categories, versioned, published on the portal (seed 一(五)二). */
export const powersModule: ModuleManifest = {
  key: 'powers',
  label: { 'zh-CN': '权责清单', 'en-US': 'Power list' },
  nav: [
    {
      path: '/powers',
      label: { 'zh-CN': '权责清单', 'en-US': 'Power list' },
      icon: 'UnorderedListOutlined',
      permission: 'powers.view',
    },
    {
      path: '/portal/powers',
      label: { 'zh-CN': '权责清单公示', 'en-US': 'Power list' },
      icon: 'UnorderedListOutlined',
      portal: true,
    },
  ],
  routes: powersRoutes,
  procedures: [powerItemEntry],
  cli: powersCli,
  demo: loadPowersDemo,
};

/**
 * What other modules may use: the permissions, the procedure (for describing it), the metrics, the powers a
 * unit holds, and `registerItems` (bulk items in force, for other modules' demo data and tests).
 */
export const powers = {
  findHeldPowers,
  findUnitPowers,
  registerItems,
  permissions: POWER_PERMISSIONS,
  procedure: powerItemProcedure,
  metrics: { itemsPublished, departmentsPublished },
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
} as const;
