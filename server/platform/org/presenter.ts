import { permissionsOf } from '../authz/permissions.js';
import type { Actor } from '../context.js';
import type { Executor } from '../db/client.js';
import type { OrgUnit } from './org-service.js';
import { getOrgUnit } from './org-service.js';
import { ROLE_LABELS } from './policy.js';
import { getUserRow, type UserView } from './user-service.js';

export function presentOrgUnit(u: OrgUnit) {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    documentPrefix: u.documentPrefix,
    type: u.type,
    parentId: u.parentId,
    districtId: u.districtId,
    sortOrder: u.sortOrder,
  };
}

export function presentUser(u: UserView) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: ROLE_LABELS[u.role],
    orgUnitId: u.orgUnitId,
    orgUnitName: u.orgUnitName,
    isActive: u.isActive,
    isDemoPassword: u.isDemoPassword,
    throttledUntil: u.throttledUntil?.toISOString() ?? null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

/** Who is signed in, what they may do, and the CSRF token their writes must echo. */
export async function presentMe(db: Executor, actor: Actor, csrfToken: string) {
  const [user, unit] = await Promise.all([getUserRow(db, actor.userId), getOrgUnit(db, actor.orgUnitId)]);
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      roleLabel: ROLE_LABELS[user.role],
      orgUnit: { id: unit.id, name: unit.name, type: unit.type },
      locale: user.locale,
      isDemoPassword: user.isDemoPassword,
      mustChangePassword: user.mustChangePassword,
    },
    permissions: permissionsOf(user.role),
    csrfToken,
  };
}
