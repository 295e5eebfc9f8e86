import type { Command } from 'commander';
import type { PermissionSet } from './authz/permissions.js';
import type { ClockDef } from './clocks/define-clock.js';
import type { Ctx, Role } from './context.js';
import type { Db } from './db/client.js';
import type { RoutePlugin } from './http/types.js';
import type { LedgerEntry } from './ledgers/ledger-entry.js';
import type { ProcedureEntry } from './procedures/entry.js';
import type { PublicSearchSource } from './public-search/define-public-search.js';
import type { ReminderSource } from './reminders/define-reminder-source.js';
import type { ReportStatementDef, ReportTableDef } from './reports/annual/define-statement.js';
import type {
  ReportAgreementDef,
  ReportIndicatorDef,
  ReportPlanSource,
} from './reports/annual/define-indicator.js';
import type { MetricDef } from './reports/define-metric.js';
import type { HeadlineFigure } from './workbench/define-headline.js';
import type { ImportedFigureDef } from './reports/imported-figures/define-figure.js';
import type { OverviewSeries } from './workbench/define-overview.js';
import type { WorkQueue } from './workbench/define-queue.js';
import type { ReportStatusSource } from './workbench/screen-panels.js';

/**
 * The roles that keep the district's ledgers (enforcement, disclosure, powers) day to day: their menus list
 * them. Mediators and legal advisers may read some of them but work elsewhere (`NavEntry.roles`).
 */
export const LEDGER_ROLES: readonly Role[] = [
  'coordinator',
  'legal_reviewer',
  'department_officer',
  'leader',
];

/** One entry of the admin navigation; the web shell shows it when the module is registered. */
export interface NavEntry {
  /** Admin route path, e.g. "/powers". */
  path: string;
  label: { 'zh-CN': string; 'en-US': string };
  /** Ant Design icon name, e.g. "UnorderedListOutlined". */
  icon: string;
  /** Permission needed to see the entry; omitted = every logged-in user. */
  permission?: string;
  /** A public portal page instead of an admin page. */
  portal?: boolean;
  /**
   * The roles whose daily work the page is; omitted = every role holding the permission. A role that may
   * read a ledger but never works it (a mediator and the enforcement ledgers) gets no menu entry for it.
   */
  roles?: readonly Role[];
}

export interface JobDef {
  name: string;
  /** cron expression in Asia/Shanghai time, or omitted for on-demand jobs */
  schedule?: string;
  run(deps: { db: Db; now: Date }): Promise<void>;
}

export interface CliDeps {
  /** Opens the database (attaching to a running embedded server, or starting one), runs, and closes it. */
  withDb<T>(work: (db: Db) => Promise<T>): Promise<T>;
}

export type CliRegistrar = (program: Command, deps: CliDeps) => void;

export type DemoLoader = (
  ctx: Ctx,
  progress: (label: string, done: number, total: number) => void,
) => Promise<void>;

/** What a piece of the system declares for the kernel to register: the kernel itself and every module. */
export interface Declarations {
  permissions: PermissionSet;
  /** Every audit action its code writes (`<module>.<entity>.<past tense>`); writing another is an error. */
  auditActions: readonly string[];
  clocks?: readonly ClockDef[];
  metrics?: readonly MetricDef[];
  /** Sentences the annual reports make from the metrics, placed in a report's section (platform/reports/annual). */
  statements?: readonly ReportStatementDef[];
  /** Tables of a report computed from the records (the disclosure report's 二, 三, 四). */
  reportTables?: readonly ReportTableDef[];
  /** Figures whose shortfall drafts section 二 (不足和原因) of the reports (decision 0037). */
  reportIndicators?: readonly ReportIndicatorDef[];
  /** Places stating the same figure that must agree, across the two reports or years (decision 0037). */
  reportAgreements?: readonly ReportAgreementDef[];
  /** Next year's work plan, drafting section 四 (decision 0037). */
  reportPlans?: readonly ReportPlanSource[];
  /** Figures its reports take from an import until it keeps their records (platform/reports/imported-figures). */
  importedFigures?: readonly ImportedFigureDef[];
  reminders?: readonly ReminderSource[];
  jobs?: readonly JobDef[];
  /** Figures the leader's overview charts by month and by department (platform/workbench). */
  overview?: readonly OverviewSeries[];
  /** Work queues a role works from its home (法制审核待审 …) (platform/workbench). */
  queues?: readonly WorkQueue[];
  /** Which of its metrics the leaders' overview (数据大屏) shows as headline figures (platform/workbench). */
  headlines?: readonly HeadlineFigure[];
  /** Where the year's annual report stands, for the leaders' overview (one module in an install declares it). */
  reportStatus?: ReportStatusSource;
}

/**
 * A module's manifest (Decidim-style): everything the kernel registers and mounts at boot. Nothing registers
 * itself by being imported; what is not listed here does not exist for the kernel.
 */
export interface ModuleManifest extends Declarations {
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  nav: readonly NavEntry[];
  routes: RoutePlugin;
  /** Procedures whose transition route the kernel mounts (`procedureEntry`, platform/procedures). */
  procedures?: readonly ProcedureEntry[];
  cli?: CliRegistrar;
  /** Declared ledgers: the kernel mounts their export / import-template / import routes and CLI. */
  ledgers?: readonly LedgerEntry[];
  /** What the portal's one search box finds in this module (published records only). */
  publicSearch?: readonly PublicSearchSource[];
  /** Loads the module's part of the demo data set (called in dependency order, once, on an empty db). */
  demo?: DemoLoader;
}

/** Declares a module; the literal types are kept so the manifest's audit actions can type `recordAudit`. */
export function defineModule<const M extends ModuleManifest>(manifest: M): M {
  if (!/^[a-z][a-z0-9-]*$/.test(manifest.key))
    throw new Error(`Module key "${manifest.key}" must be kebab-case`);
  return Object.freeze(manifest);
}
