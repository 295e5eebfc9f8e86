import type { Actor, Role } from '../context.js';
import { forbidden } from '../errors.js';

export interface PermissionDef {
  /** zh-CN label shown in the UI ("编辑权责清单"). */
  label: string;
  roles: readonly Role[];
}

/** A module's permissions: `<module>.<capability>` → label and roles. */
export type PermissionSet<K extends string = string> = Readonly<Record<K, PermissionDef>>;

const registry = new Map<string, PermissionDef>();

const KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/**
 * Declares a module's permissions as data (listed in its manifest; the kernel registers them at boot).
 * A malformed key fails when the module loads.
 */
export function definePermissions<K extends string>(defs: Record<K, PermissionDef>): PermissionSet<K> {
  for (const key of Object.keys(defs)) {
    if (!KEY.test(key)) throw new Error(`Permission key "${key}" must look like <module>.<capability>`);
  }
  return Object.freeze({ ...defs });
}

/** Registers declared permissions (kernel boot only); the same key from another declaration is an error. */
export function registerPermissions(owner: string, defs: PermissionSet): void {
  for (const [key, def] of Object.entries(defs)) {
    const existing = registry.get(key);
    if (existing && existing !== def) throw new Error(`Permission ${key} (${owner}) is declared twice`);
    registry.set(key, def);
  }
}

export function permissionDef(key: string): PermissionDef | undefined {
  return registry.get(key);
}

export function isDeclaredPermission(key: string): boolean {
  return registry.has(key);
}

/** Does the actor's role carry this permission? (Who; the record's scope is checked separately.) */
export function can(actor: Actor | null, permission: string): boolean {
  if (!actor) return false;
  const def = registry.get(permission);
  if (!def) throw new Error(`Unknown permission ${permission}: declare it in a module's manifest`);
  return def.roles.includes(actor.role);
}

export function assertCan(actor: Actor | null, permission: string): asserts actor is Actor {
  if (!can(actor, permission)) {
    throw forbidden(`您的角色无权${registry.get(permission)?.label ?? permission}`);
  }
}

export function permissionsOf(role: Role): string[] {
  return [...registry].filter(([, def]) => def.roles.includes(role)).map(([key]) => key);
}
