import { randomBytes, randomUUID } from 'node:crypto';
import { eq, lt, or, sql } from 'drizzle-orm';
import { sm3 } from '../audit/hash.js';
import { recordAudit } from '../audit/record-audit.js';
import { type Actor, type Ctx, makeCtx } from '../context.js';
import type { Db } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { AppError } from '../errors.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { orgUnits, sessions, users } from './schema.js';
import { normalizeUsername, type UserRow } from './user-service.js';

export const SESSION_COOKIE = 'fazhi_session';

// Basis: GB/T 22239-2019 8.1.4.1 b) 登录失败处理：限制非法登录次数, 自动退出; decision: docs/decisions/0005-auth-and-sessions.md
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** last_seen_at is written at most this often, so that reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

export interface LoginInput {
  username: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string;
}

export interface SessionTiming {
  now: Date;
  idleMinutes: number;
  maxHours: number;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  actor: Actor;
}

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', '用户名或密码不正确');

function accountLocked(until: Date): AppError {
  const local = new Date(until.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  return new AppError(
    'ACCOUNT_LOCKED',
    `连续 ${MAX_FAILED_LOGINS} 次登录失败，账号已锁定，请于 ${local}（北京时间）后再试`,
    undefined,
    { lockedUntil: until.toISOString() },
  );
}

/** The session token's only stored form. */
export function hashSessionToken(token: string): string {
  return sm3(token);
}

/**
 * Checks the credentials and opens a session. Unknown user and wrong password fail alike (and take alike
 * long); 5 consecutive failures lock the account for 15 minutes, during which even the right password fails.
 */
export async function login(db: Db, input: LoginInput, timing: SessionTiming): Promise<LoginResult> {
  const { now } = timing;
  const ctx = makeCtx(db, null, input.requestId ?? randomUUID(), now);
  const username = normalizeUsername(input.username);
  const found = await loadLoginUser(db, username);
  const seen = seenOf(username, input);
  if (!found) {
    await verifyAgainstDummy(input.password);
    // What a stranger typed (often a password in the wrong box) never lands verbatim in the permanent
    // record: a keyed digest still lets an auditor see repeated attempts on one name (issue #11).
    await auditFailure(ctx, null, {
      ...seen,
      username: `未知账号#${sm3(`login:${username}`).slice(0, 12)}`,
      reason: 'unknown_user',
    });
    throw invalidCredentials();
  }
  const { user, orgPath } = found;
  if (user.lockedUntil && user.lockedUntil > now) {
    await verifyAgainstDummy(input.password);
    await auditFailure(ctx, user, { ...seen, reason: 'locked' });
    throw accountLocked(user.lockedUntil);
  }
  const matches = await verifyPassword(user.passwordHash, input.password);
  if (!user.isActive) {
    await auditFailure(ctx, user, { ...seen, reason: 'inactive' });
    throw invalidCredentials();
  }
  if (!matches) {
    const lockedUntil = await countFailure(ctx, user, seen);
    throw lockedUntil ? accountLocked(lockedUntil) : invalidCredentials();
  }
  return openSession(ctx, user, orgPath, seen, timing);
}

async function loadLoginUser(db: Db, username: string): Promise<{ user: UserRow; orgPath: string } | null> {
  const [row] = await db
    .select({ user: users, orgPath: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(users.username, username));
  return row ?? null;
}

interface Seen {
  username: string;
  ip: string | null;
  userAgent: string | null;
}

/** Header-derived fields are capped: a 15 KB User-Agent is not kept forever in the audit chain. */
const MAX_USER_AGENT = 256;
const MAX_IP = 64;

function seenOf(username: string, input: LoginInput): Seen {
  return {
    username,
    ip: input.ip?.slice(0, MAX_IP) ?? null,
    userAgent: input.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
  };
}

async function auditFailure(ctx: Ctx, user: UserRow | null, data: Seen & { reason: string }): Promise<void> {
  await inTransaction(ctx.db, (tx) =>
    recordAudit(tx, ctx, {
      action: 'auth.login.failed',
      subjectType: 'user',
      subjectId: user?.id ?? data.username,
      orgUnitId: user?.orgUnitId ?? null,
      districtId: user?.districtId ?? null,
      data,
    }),
  );
}

/** Counts one wrong password; on the fifth in a row, locks the account and returns until when. */
async function countFailure(ctx: Ctx, user: UserRow, seen: Seen): Promise<Date | null> {
  return inTransaction(ctx.db, async (tx) => {
    const [counted] = await tx
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, user.id))
      .returning({ failedLogins: users.failedLogins });
    const failures = counted?.failedLogins ?? 1;
    const subject = {
      subjectType: 'user',
      subjectId: user.id,
      orgUnitId: user.orgUnitId,
      districtId: user.districtId,
    };
    await recordAudit(tx, ctx, {
      action: 'auth.login.failed',
      ...subject,
      data: { ...seen, reason: 'wrong_password', consecutiveFailures: failures },
    });
    if (failures < MAX_FAILED_LOGINS) return null;
    const lockedUntil = new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000);
    // The counter restarts: after the lock the user again has five tries.
    await tx.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, user.id));
    await recordAudit(tx, ctx, {
      action: 'auth.user.locked',
      ...subject,
      data: { lockedUntil: lockedUntil.toISOString(), failures },
    });
    return lockedUntil;
  });
}

function actorOf(user: UserRow, orgPath: string): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgPath,
    districtId: user.districtId,
  };
}

async function openSession(
  loginCtx: Ctx,
  user: UserRow,
  orgPath: string,
  seen: Seen,
  timing: SessionTiming,
): Promise<LoginResult> {
  const actor = actorOf(user, orgPath);
  const ctx: Ctx = { ...loginCtx, actor };
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(timing.now.getTime() + timing.maxHours * 3600_000);
  await inTransaction(ctx.db, async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: timing.now })
      .where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      tokenHash: hashSessionToken(token),
      userId: user.id,
      csrfToken,
      createdAt: timing.now,
      lastSeenAt: timing.now,
      expiresAt,
      ip: seen.ip,
      userAgent: seen.userAgent,
    });
    await recordAudit(tx, ctx, {
      action: 'auth.session.created',
      subjectType: 'user',
      subjectId: user.id,
      orgUnitId: user.orgUnitId,
      data: { ip: seen.ip, userAgent: seen.userAgent, expiresAt: expiresAt.toISOString() },
    });
  });
  return { token, csrfToken, actor };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
}

/**
 * The actor behind a session cookie, or null when the session is unknown, past its maximum life, idle
 * longer than allowed (the row is then deleted), or its user has been deactivated.
 */
export async function resolveSession(
  db: Db,
  token: string,
  timing: { now: Date; idleMinutes: number },
): Promise<ResolvedSession | null> {
  if (!token || token.length > 128) return null;
  const tokenHash = hashSessionToken(token);
  const [row] = await db
    .select({ session: sessions, user: users, orgPath: orgUnits.path })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  const { session, user } = row;
  const now = timing.now.getTime();
  const idleSince = now - timing.idleMinutes * 60_000;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() < idleSince || !user.isActive) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: timing.now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { actor: actorOf(user, row.orgPath), csrfToken: session.csrfToken, tokenHash };
}

/** Ends the session behind the cookie (a no-op for an unknown token). */
export async function logout(
  db: Db,
  token: string,
  now = new Date(),
  requestId: string = randomUUID(),
): Promise<void> {
  if (!token || token.length > 128) return;
  await inTransaction(db, async (tx) => {
    const [ended] = await tx
      .delete(sessions)
      .where(eq(sessions.tokenHash, hashSessionToken(token)))
      .returning({ userId: sessions.userId });
    if (!ended) return;
    await recordAudit(tx, makeCtx(db, null, requestId, now), {
      action: 'auth.session.ended',
      subjectType: 'user',
      subjectId: ended.userId,
    });
  });
}

/** Deletes sessions past their maximum life or idle limit (a periodic sweep keeps the table small). */
export async function purgeExpiredSessions(
  db: Db,
  timing: { now: Date; idleMinutes: number },
): Promise<number> {
  const idleSince = new Date(timing.now.getTime() - timing.idleMinutes * 60_000);
  const removed = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, timing.now), lt(sessions.lastSeenAt, idleSince)))
    .returning({ userId: sessions.userId });
  return removed.length;
}
