import type { Actor, Role } from '../context.js';
import { forbidden } from '../errors.js';

export interface PermissionDef {
  /** zh-CN label shown in the UI ("编辑权责清单"). */
  label: string;
  roles: readonly Role[];
}

const registry = new Map<string, PermissionDef>();

/** Modules declare their permissions once, in their manifest: `<module>.<capability>` → roles. */
export function definePermissions<K extends string>(defs: Record<K, PermissionDef>): Record<K, string> {
  const keys = {} as Record<K, string>;
  for (const [key, def] of Object.entries(defs) as [K, PermissionDef][]) {
    registry.set(key, def);
    keys[key] = key;
  }
  return keys;
}

export function permissionDef(key: string): PermissionDef | undefined {
  return registry.get(key);
}

/** Does the actor's role carry this permission? (Who; the record's scope is checked separately.) */
export function can(actor: Actor | null, permission: string): boolean {
  if (!actor) return false;
  const def = registry.get(permission);
  if (!def) throw new Error(`Unknown permission ${permission}: declare it with definePermissions`);
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
