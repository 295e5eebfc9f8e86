import { randomUUID } from 'node:crypto';
import { type Actor, type Ctx, makeCtx, type Role } from '../context.js';
import type { Db } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { type CreateOrgUnitInput, createOrgUnit, type OrgUnit } from './org-service.js';
import { createUser, type UserView } from './user-service.js';

/** Test factories for the org tables (used by this folder's and other modules' database tests). */
export function systemCtx(db: Db, now = new Date()): Ctx {
  return makeCtx(db, null, randomUUID(), now);
}

export function buildOrgUnit(db: Db, input: CreateOrgUnitInput): Promise<OrgUnit> {
  return inTransaction(db, (tx) => createOrgUnit(tx, systemCtx(db), input));
}

export const TEST_PASSWORD = 'Test#Passw0rd-2020';

export function buildUser(
  db: Db,
  input: { username: string; role: Role; orgUnitId: string; password?: string; displayName?: string },
): Promise<UserView> {
  return inTransaction(db, (tx) =>
    createUser(tx, systemCtx(db), {
      displayName: input.displayName ?? `测试用户 ${input.username}`,
      password: input.password ?? TEST_PASSWORD,
      ...input,
    }),
  );
}

/** The actor a user would be once signed in. */
export function actorFor(user: UserView, unit: OrgUnit): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: unit.id,
    orgPath: unit.path,
    districtId: unit.districtId,
  };
}
