import type { Command } from 'commander';
import type { RoutePlugin } from './http/types.js';
import type { Ctx } from './context.js';
import type { Db } from './db/client.js';
import type { ProcedureEntry } from './procedures/entry.js';

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

/**
 * A module's manifest (Decidim-style): everything the kernel needs to mount it. Permissions, metrics and
 * ledgers register themselves when the module's files are imported; the manifest lists what to mount.
 */
export interface ModuleManifest {
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  nav: NavEntry[];
  routes: RoutePlugin;
  /** Procedures whose transition route the kernel mounts (`procedureEntry`, platform/procedures). */
  procedures?: readonly ProcedureEntry[];
  cli?: CliRegistrar;
  jobs?: JobDef[];
  /** Loads the module's part of the demo data set (called in dependency order, once, on an empty db). */
  demo?: (ctx: Ctx, progress: (label: string, done: number, total: number) => void) => Promise<void>;
}
