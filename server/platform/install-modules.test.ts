import { describe, expect, it } from 'vitest';
import { recordAudit } from './audit/index.js';
import { can } from './authz/index.js';
import { makeCtx } from './context.js';
import type { Tx } from './db/client.js';
import { installModules } from './install-modules.js';
import { defineModule, type ModuleManifest } from './modules.js';
import type { ProcedureEntry } from './procedures/index.js';
import { defineMetric } from './reports/define-metric.js';
import { defineHeadline, listHeadlines } from './workbench/define-headline.js';

const emptyPage = async () => ({ columns: [], rows: [], total: 0 });
const metric = (key: string) =>
  defineMetric({
    key,
    label: key,
    unit: 'count',
    isPublic: false,
    compute: async () => ({ value: 0 }),
    records: emptyPage,
  });

function manifest(key: string, parts: Partial<ModuleManifest> = {}): ModuleManifest {
  return defineModule({
    key,
    label: { 'zh-CN': key, 'en-US': key },
    nav: [],
    routes: () => {},
    permissions: {},
    auditActions: [],
    ...parts,
  });
}

describe('installing modules at boot', () => {
  it('registers what a manifest declares, and installing it again changes nothing', () => {
    const alpha = manifest('alpha', {
      permissions: { 'alpha.view': { label: '查看', roles: ['leader'] } },
      metrics: [metric('alpha.items')],
      auditActions: ['alpha.item.created'],
    });
    installModules([alpha]);
    installModules([alpha]);
    expect(can({ role: 'leader' } as Parameters<typeof can>[0], 'alpha.view')).toBe(true);
  });

  it('stops on a metric key declared by two modules, naming it', () => {
    const one = manifest('beta', { metrics: [metric('beta.items')] });
    const two = manifest('gamma', { metrics: [metric('beta.items')] });
    expect(() => installModules([one, two])).toThrow(/Metric beta\.items is declared twice/);
  });

  it('lists a headline figure on one of the module’s own metrics, and stops on one it does not declare', () => {
    const label = { 'zh-CN': '事项', 'en-US': 'Items' };
    const ok = manifest('kappa', {
      metrics: [metric('kappa.items')],
      headlines: [defineHeadline({ metricKey: 'kappa.items', label })],
    });
    installModules([ok]);
    expect(listHeadlines().map((h) => h.metricKey)).toContain('kappa.items');
    const stray = manifest('lambda', {
      metrics: [metric('lambda.items')],
      headlines: [defineHeadline({ metricKey: 'lambda.cases', label })],
    });
    expect(() => installModules([stray])).toThrow(/lambda: headline lambda\.cases is not one of its metrics/);
    expect(listHeadlines().map((h) => h.metricKey)).not.toContain('lambda.items');
  });

  it('stops on a permission used by the navigation but declared nowhere', () => {
    const nav = [
      { path: '/delta', label: { 'zh-CN': 'd', 'en-US': 'd' }, icon: 'X', permission: 'delta.view' },
    ];
    expect(() => installModules([manifest('delta', { nav })])).toThrow(
      /permission delta\.view is used but not declared/,
    );
  });

  it('stops on a name outside the module namespace', () => {
    const stray = manifest('epsilon', { auditActions: ['powers.item.created'] });
    expect(() => installModules([stray])).toThrow(/outside its namespace epsilon\./);
  });

  it('stops on a transition whose audit action or permission its manifest does not declare', () => {
    const procedure = {
      key: 'theta.item',
      states: {},
      transitions: { approve: { label: '批准', permission: 'theta.approve' } },
    };
    const entry = { key: 'theta.item', procedure } as unknown as ProcedureEntry;
    const theta = manifest('theta', { procedures: [entry] });
    expect(() => installModules([theta])).toThrow(
      /audit action theta\.item\.approve is recorded by a transition but not declared/,
    );
    expect(() => installModules([theta])).toThrow(/permission theta\.approve is used but not declared/);
  });

  it('refuses to write an audit action no manifest declares, before touching the database', async () => {
    const tx = {} as Tx;
    const ctx = makeCtx({} as never, null, 'req', new Date());
    const undeclared = 'zeta.thing.happened' as Parameters<typeof recordAudit>[2]['action'];
    await expect(
      recordAudit(tx, ctx, { action: undeclared, subjectType: 'thing', subjectId: '1' }),
    ).rejects.toThrow(/zeta\.thing\.happened is written but not declared/);
  });
});
