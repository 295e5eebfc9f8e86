import { registerAuditActions } from './audit/actions.js';
import { isDeclaredPermission, registerPermissions } from './authz/permissions.js';
import type { Text } from '../../common/text/localized.js';
import { type ClockDef, registerClock } from './clocks/define-clock.js';
import { rememberTexts } from './texts.js';
import { registerJob } from './jobs/registry.js';
import { kernelDeclarations } from './kernel-declarations.js';
import type { Declarations, ModuleManifest } from './modules.js';
import { procedureAuditActions } from './procedures/define.js';
import { registerReminderSource } from './reminders/define-reminder-source.js';
import {
  registerAgreement,
  registerIndicator,
  registerPlanSource,
} from './reports/annual/define-indicator.js';
import { registerReportTable, registerStatement } from './reports/annual/define-statement.js';
import { registerMetric } from './reports/define-metric.js';
import { registerHeadline } from './workbench/define-headline.js';
import { registerImportedFigure } from './reports/imported-figures/define-figure.js';
import { registerOverviewSeries } from './workbench/define-overview.js';
import { registerWorkQueue } from './workbench/define-queue.js';
import { registerReportStatus } from './workbench/screen-panels.js';

const installed = new Map<string, Declarations>();

/**
 * Registers the kernel's and the modules' declarations — permissions, audit actions, clocks, metrics,
 * reminders, jobs, overview series, work queues, headline figures, the screen's report status — and checks them against each other: a key declared twice, a name outside the module's
 * namespace or a permission used but not declared stops the boot with the list of problems. Installing the
 * same manifests again (a second app in one process) changes nothing.
 */
export function installModules(modules: readonly ModuleManifest[]): void {
  const problems: string[] = [];
  const all: [string, Declarations][] = [
    ['platform', kernelDeclarations],
    ...modules.map((m) => [m.key, m] as [string, Declarations]),
  ];
  for (const [owner, declarations] of all) {
    const prior = installed.get(owner);
    if (prior === declarations) continue;
    if (prior) problems.push(`module ${owner} is installed twice with different manifests`);
    else problems.push(...register(owner, declarations));
    installed.set(owner, declarations);
  }
  for (const module of modules) problems.push(...undeclaredPermissions(module), ...undeclaredActions(module));
  if (problems.length > 0) throw new Error(`The modules cannot be installed:\n- ${problems.join('\n- ')}`);
}

function register(owner: string, d: Declarations): string[] {
  const problems = owner === 'platform' ? [] : outsideNamespace(owner, d);
  const attempt = (what: () => void) => {
    try {
      what();
    } catch (error) {
      problems.push((error as Error).message);
    }
  };
  attempt(() => registerPermissions(owner, d.permissions));
  attempt(() => registerAuditActions(owner, d.auditActions));
  for (const clock of [...(d.clocks ?? []), ...procedureClocks(d)]) attempt(() => registerClock(clock));
  rememberTexts(declaredTexts(d));
  for (const metric of d.metrics ?? []) attempt(() => registerMetric(metric));
  for (const statement of d.statements ?? []) attempt(() => registerStatement(statement));
  for (const table of d.reportTables ?? []) attempt(() => registerReportTable(table));
  for (const indicator of d.reportIndicators ?? []) attempt(() => registerIndicator(indicator));
  for (const agreement of d.reportAgreements ?? []) attempt(() => registerAgreement(agreement));
  for (const plan of d.reportPlans ?? []) attempt(() => registerPlanSource(plan));
  for (const figure of d.importedFigures ?? []) attempt(() => registerImportedFigure(figure));
  for (const source of d.reminders ?? []) attempt(() => registerReminderSource(source));
  for (const job of d.jobs ?? []) attempt(() => registerJob(job));
  for (const series of d.overview ?? []) attempt(() => registerOverviewSeries(series));
  for (const queue of d.queues ?? []) attempt(() => registerWorkQueue(queue));
  for (const headline of d.headlines ?? []) attempt(() => registerHeadline(headline));
  const reportStatus = d.reportStatus;
  if (reportStatus) attempt(() => registerReportStatus(reportStatus));
  return problems.concat(undeclaredHeadlines(owner, d));
}

/** A module names its permissions, actions, clocks, metrics, reminders and jobs `<module>.…`. */
function outsideNamespace(owner: string, d: Declarations): string[] {
  const prefix = `${owner.replaceAll('-', '_')}.`;
  const names = [
    ...Object.keys(d.permissions),
    ...d.auditActions,
    ...(d.clocks ?? []).map((c) => c.key),
    ...(d.metrics ?? []).map((m) => m.key),
    ...(d.statements ?? []).map((s) => s.key),
    ...(d.reportTables ?? []).map((t) => t.key),
    ...[...(d.reportIndicators ?? []), ...(d.reportAgreements ?? []), ...(d.reportPlans ?? [])].map(
      (r) => r.key,
    ),
    ...(d.importedFigures ?? []).map((f) => f.key),
    ...(d.reminders ?? []).map((r) => r.key),
    ...(d.jobs ?? []).map((j) => j.name),
    ...((d as Partial<ModuleManifest>).publicSearch ?? []).map((s) => s.key),
    ...(d.overview ?? []).map((o) => o.key),
    ...(d.queues ?? []).map((q) => q.key),
    ...(d.headlines ?? []).map((h) => h.metricKey),
    ...(d.reportStatus ? [d.reportStatus.key] : []),
  ];
  return names
    .filter((n) => !n.startsWith(prefix))
    .map((n) => `${owner}: "${n}" is outside its namespace ${prefix}`);
}

/** A headline figure names a metric of the same declarations: the screen shows only figures that exist. */
function undeclaredHeadlines(owner: string, d: Declarations): string[] {
  const metrics = new Set((d.metrics ?? []).map((m) => m.key));
  return (d.headlines ?? [])
    .filter((h) => !metrics.has(h.metricKey))
    .map((h) => `${owner}: headline ${h.metricKey} is not one of its metrics`);
}

/** Permissions a manifest refers to (navigation, clock extensions, ledgers, transitions) must be declared. */
function undeclaredPermissions(module: ModuleManifest): string[] {
  const used = [
    ...module.nav.flatMap((n) => (n.permission ? [n.permission] : [])),
    ...(module.queues ?? []).map((q) => q.permission),
    ...(module.clocks ?? []).flatMap((c) => (c.extension ? [c.extension.permission] : [])),
    ...(module.ledgers ?? []).flatMap((l) => [l.exportPermission, ...l.importPermissions]),
    ...(module.procedures ?? []).flatMap((p) =>
      Object.values(p.procedure.transitions).map((t) => t.permission),
    ),
  ];
  return used
    .filter((p) => !isDeclaredPermission(p))
    .map((p) => `${module.key}: permission ${p} is used but not declared`);
}

/** Every transition of the module's procedures records an audit action its manifest declares. */
function undeclaredActions(module: ModuleManifest): string[] {
  const declared = new Set(module.auditActions);
  return (module.procedures ?? [])
    .flatMap((p) => procedureAuditActions(p.procedure))
    .filter((a) => !declared.has(a))
    .map((a) => `${module.key}: audit action ${a} is recorded by a transition but not declared`);
}

/** The bilingual texts a stored zh-CN string may be (step labels in clock events, procedure labels as titles). */
function declaredTexts(d: Declarations): Text[] {
  const procedures = (d as Partial<ModuleManifest>).procedures ?? [];
  return procedures.flatMap(({ procedure }) => [
    procedure.label,
    ...Object.values(procedure.transitions).map((t) => t.label),
    ...Object.values(procedure.states).map((s) => s.label),
  ]);
}

/** The clocks a module's procedures start, registered with the module's own (a calendar change replays them). */
function procedureClocks(d: Declarations): ClockDef[] {
  const procedures = (d as Partial<ModuleManifest>).procedures ?? [];
  return procedures.flatMap((p) =>
    Object.values(p.procedure.transitions).flatMap((t) =>
      (t.clocks?.start ?? []).flatMap((start) =>
        'among' in start ? [...start.among] : 'def' in start ? [start.def] : [start],
      ),
    ),
  );
}
