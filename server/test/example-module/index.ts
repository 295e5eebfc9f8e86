import type { AuditActionsOf } from '../../platform/audit/index.js';
import { definePermissions } from '../../platform/authz/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule } from '../../platform/modules.js';
import { pointsLedger } from './ledger.js';

/** The example of docs/adding-a-module.md: a ledger-only module, whole (the test mounts and exercises it). */
export const exampleModule = defineModule({
  key: 'example',
  label: { 'zh-CN': '评理说事点（示例）', 'en-US': 'Mediation points (example)' },
  nav: [
    {
      path: '/example/points',
      label: { 'zh-CN': '评理说事点', 'en-US': 'Mediation points' },
      icon: 'CommentOutlined',
      permission: 'example.view',
    },
  ],
  permissions: definePermissions({
    'example.view': { label: '查看评理说事点', roles: ['coordinator', 'leader', 'mediator'] },
    'example.edit': { label: '登记评理说事点', roles: ['coordinator', 'mediator'] },
  }),
  auditActions: ['example.point.registered', 'example.point.updated'],
  ledgers: [defineLedgerEntry(pointsLedger)],
  routes: () => {},
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof exampleModule.auditActions> {}
}
