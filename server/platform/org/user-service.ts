import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { assertCan } from '../authz/permissions.js';
import { type Ctx, ROLES, type Role } from '../context.js';
import type { Db, Executor, Tx } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { conflict, notFound, unauthenticated, validationFailed } from '../errors.js';
import { getOrgUnit, isUuid } from './org-service.js';
import { checkPasswordPolicy } from './password-policy.js';
import { clearName, throttledUntil } from './login-throttle-store.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { orgUnits, sessions, users } from './schema.js';

export type UserRow = typeof users.$inferSelect;

/** What may be shown of a user: never the password hash. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  orgUnitName: string;
  districtId: string;
  isActive: boolean;
  isDemoPassword: boolean;
  /** Until when the login throttle makes this name wait, from some address or all (decision 0020). */
  throttledUntil: Date | null;
  lastLoginAt: Date | null;
  locale: string;
}

const USERNAME = /^[a-z][a-z0-9_.-]{2,31}$/;

/** A username as accounts are named: a letter first, 3–32 lower-case letters, digits, `_`, `.` or `-`. */
export const USERNAME_RULE = '用户名须以字母开头，3–32 位，仅含小写字母、数字、下划线、点或连字符';

export function isValidUsername(username: string): boolean {
  return USERNAME.test(username);
}

/** Usernames are compared case-insensitively: they are stored lower-case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  password: string;
  isDemoPassword?: boolean;
  /** A one-time password: the user must change it at first login (the first coordinator's). */
  mustChangePassword?: boolean;
}

/** Opens an account in an org unit; the password must meet the policy and is stored only as argon2id. */
export async function createUser(tx: Tx, ctx: Ctx, input: CreateUserInput): Promise<UserView> {
  if (ctx.actor) assertCan(ctx.actor, 'users.manage');
  const username = normalizeUsername(input.username);
  const fields = [
    ...(isValidUsername(username) ? [] : [{ path: 'username', message: USERNAME_RULE }]),
    ...(input.displayName.trim() ? [] : [{ path: 'displayName', message: '请填写姓名' }]),
    ...(ROLES.includes(input.role) ? [] : [{ path: 'role', message: '角色不正确' }]),
    ...checkPasswordPolicy(input.password, username, { demoAccount: input.isDemoPassword === true }).map(
      (message) => ({ path: 'password', message }),
    ),
  ];
  if (fields.length) throw validationFailed(fields);
  const unit = await getOrgUnit(tx, input.orgUnitId).catch(() => {
    throw validationFailed([{ path: 'orgUnitId', message: '所属机构不存在' }]);
  });
  if (ctx.actor && unit.districtId !== ctx.actor.districtId) {
    throw validationFailed([{ path: 'orgUnitId', message: '所属机构不存在' }]);
  }
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (taken) throw conflict(`用户名 ${username} 已被使用`);

  const [created] = await tx
    .insert(users)
    .values({
      username,
      displayName: input.displayName.trim(),
      role: input.role,
      orgUnitId: unit.id,
      districtId: unit.districtId,
      passwordHash: await hashPassword(input.password),
      isDemoPassword: input.isDemoPassword ?? false,
      mustChangePassword: input.mustChangePassword ?? false,
      passwordChangedAt: ctx.now,
    })
    .returning();
  const user = created as UserRow;
  const view = toView(user, unit.name, null);
  await recordAudit(tx, ctx, {
    action: 'org.user.created',
    subjectType: 'user',
    subjectId: user.id,
    orgUnitId: unit.id,
    districtId: unit.districtId,
    after: { ...view, throttledUntil: undefined, lastLoginAt: undefined },
  });
  return view;
}

/** The signed-in user changes their own password; every other session of theirs ends. */
export async function changePassword(
  ctx: Ctx,
  input: { current: string; next: string; keepSessionTokenHash?: string },
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const user = await getUserRow(ctx.db, actor.userId);
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    throw validationFailed([{ path: 'current', message: '当前密码不正确' }]);
  }
  const problems = checkPasswordPolicy(input.next, user.username);
  if (input.next === input.current) problems.push('新密码不能与当前密码相同');
  if (problems.length) throw validationFailed(problems.map((message) => ({ path: 'next', message })));
  const passwordHash = await hashPassword(input.next);
  await inTransaction(ctx.db, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, isDemoPassword: false, mustChangePassword: false, passwordChangedAt: ctx.now })
      .where(eq(users.id, user.id));
    const others = input.keepSessionTokenHash
      ? and(eq(sessions.userId, user.id), ne(sessions.tokenHash, input.keepSessionTokenHash))
      : eq(sessions.userId, user.id);
    await tx.delete(sessions).where(others);
    await recordAudit(tx, ctx, {
      action: 'auth.password.changed',
      subjectType: 'user',
      subjectId: user.id,
      orgUnitId: user.orgUnitId,
    });
  });
}

/** An account named by its id (the users screen) or its username (the CLI). */
export type UserRef = { id: string } | { username: string };

/** The account an administrator acts on, locked for the change; another district's is not found. */
async function getManagedUser(tx: Tx, ctx: Ctx, ref: UserRef): Promise<UserRow> {
  if (ctx.actor) assertCan(ctx.actor, 'users.manage');
  if ('id' in ref && !isUuid(ref.id)) throw notFound('用户');
  const where = 'id' in ref ? eq(users.id, ref.id) : eq(users.username, normalizeUsername(ref.username));
  const [user] = await tx.select().from(users).where(where).for('update');
  if (!user || (ctx.actor && user.districtId !== ctx.actor.districtId)) throw notFound('用户');
  return user;
}

/** Lifts the login throttle on a name before it runs out, from every address (an administrator's act, on record). */
export async function unlockUser(tx: Tx, ctx: Ctx, ref: UserRef): Promise<UserRow> {
  const user = await getManagedUser(tx, ctx, ref);
  const counters = await clearName(tx, user.username);
  await recordAudit(tx, ctx, {
    action: 'auth.user.unlocked',
    subjectType: 'user',
    subjectId: user.id,
    orgUnitId: user.orgUnitId,
    districtId: user.districtId,
    data: { counters },
  });
  return user;
}

/** An administrator sets a new password for an account (policy applies; the demo flag goes). */
export async function resetPassword(tx: Tx, ctx: Ctx, username: string, password: string): Promise<UserRow> {
  if (ctx.actor) assertCan(ctx.actor, 'users.manage');
  const name = normalizeUsername(username);
  const problems = checkPasswordPolicy(password, name);
  if (problems.length) throw validationFailed(problems.map((message) => ({ path: 'password', message })));
  const [user] = await tx
    .update(users)
    .set({ passwordHash: await hashPassword(password), isDemoPassword: false, passwordChangedAt: ctx.now })
    .where(eq(users.username, name))
    .returning();
  if (!user || (ctx.actor && user.districtId !== ctx.actor.districtId)) throw notFound('用户');
  await tx.delete(sessions).where(eq(sessions.userId, user.id));
  await recordAudit(tx, ctx, {
    action: 'auth.password.reset',
    subjectType: 'user',
    subjectId: user.id,
    orgUnitId: user.orgUnitId,
    districtId: user.districtId,
  });
  return user;
}

/** Enables or disables an account; disabling ends its sessions at once. No one disables their own. */
export async function setUserActive(tx: Tx, ctx: Ctx, ref: UserRef, isActive: boolean): Promise<UserRow> {
  const target = await getManagedUser(tx, ctx, ref);
  if (!isActive && target.id === ctx.actor?.userId) {
    throw validationFailed([{ path: 'isActive', message: '不能停用本人正在使用的账号' }]);
  }
  const [user] = await tx.update(users).set({ isActive }).where(eq(users.id, target.id)).returning();
  if (!user) throw notFound('用户');
  if (!isActive) await tx.delete(sessions).where(eq(sessions.userId, user.id));
  await recordAudit(tx, ctx, {
    action: isActive ? 'org.user.enabled' : 'org.user.disabled',
    subjectType: 'user',
    subjectId: user.id,
    orgUnitId: user.orgUnitId,
    districtId: user.districtId,
  });
  return user;
}

/** The accounts a coordinator manages: the whole district (others may not list users). */
export async function findUsers(ctx: Ctx): Promise<UserView[]> {
  assertCan(ctx.actor, 'users.manage');
  return findUsersOfDistrict(ctx.db, ctx.actor.districtId, ctx.now);
}

/** One account as the users screen shows it (after a change). */
export async function getUserView(db: Executor, id: string, now: Date): Promise<UserView> {
  const user = await getUserRow(db, id);
  const unit = await getOrgUnit(db, user.orgUnitId);
  const waits = await throttledUntil(db, [user.username], now);
  return toView(user, unit.name, waits.get(user.username) ?? null);
}

/** Every account of a district, or of the install when no district is named (the CLI). */
export async function findUsersOfDistrict(
  db: Executor,
  districtId?: string,
  now = new Date(),
): Promise<UserView[]> {
  const rows = await db
    .select({ user: users, unitName: orgUnits.name })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(districtId ? eq(users.districtId, districtId) : undefined)
    .orderBy(asc(orgUnits.path), asc(users.username));
  const waits = await throttledUntil(
    db,
    rows.map((r) => r.user.username),
    now,
  );
  return rows.map((r) => toView(r.user, r.unitName, waits.get(r.user.username) ?? null));
}

export async function getUserRow(db: Executor, id: string): Promise<UserRow> {
  const [user] = isUuid(id) ? await db.select().from(users).where(eq(users.id, id)) : [];
  if (!user) throw notFound('用户');
  return user;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** True while any active account still has a published demo password (production refuses to start). */
export async function hasDemoPasswords(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isDemoPassword, true), eq(users.isActive, true)))
    .limit(1);
  return Boolean(row);
}

function toView(user: UserRow, orgUnitName: string, throttled: Date | null): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgUnitName,
    districtId: user.districtId,
    isActive: user.isActive,
    isDemoPassword: user.isDemoPassword,
    throttledUntil: throttled,
    lastLoginAt: user.lastLoginAt,
    locale: user.locale,
  };
}
