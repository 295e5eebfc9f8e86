import { randomBytes, randomUUID } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import { sm3 } from '../audit/hash.js';
import { recordAudit } from '../audit/record-audit.js';
import { type Actor, type Ctx, makeCtx } from '../context.js';
import type { Db } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { AppError } from '../errors.js';
import { DEFAULT_THROTTLE, retryAt, type ThrottleCounter, type ThrottleSettings } from './login-throttle.js';
import {
  claimAttempt,
  clearAfterSuccess,
  loginNameDigest,
  type ThrottleKeys,
  throttleKeys,
} from './login-throttle-store.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { orgUnits, sessions, users } from './schema.js';
import { normalizeUsername, type UserRow } from './user-service.js';

export const SESSION_COOKIE = 'fazhi_session';

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

/** The answer while a name waits; the same for every name, account or not (decision 0020). */
function loginThrottled(until: Date): AppError {
  const local = new Date(until.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  return new AppError('LOGIN_THROTTLED', `登录失败次数过多，请于 ${local}（北京时间）后再试`, undefined, {
    retryAt: until.toISOString(),
  });
}

/** The session token's only stored form. */
export function hashSessionToken(token: string): string {
  return sm3(token);
}

/**
 * Checks the credentials and opens a session. Every attempt is first claimed from the login throttle (per
 * name and per name and address, with backoff; decision 0020), under a row lock, before any password is
 * checked. A name that is no account goes through the same steps against a dummy hash, so its answers and
 * their timing are those of an account.
 */
export async function login(
  db: Db,
  input: LoginInput,
  timing: SessionTiming,
  throttle: ThrottleSettings = DEFAULT_THROTTLE,
): Promise<LoginResult> {
  const { now } = timing;
  const ctx = makeCtx(db, null, input.requestId ?? randomUUID(), now);
  const username = normalizeUsername(input.username);
  const found = await loadLoginUser(db, username);
  const subject = subjectOf(found?.user ?? null, username);
  const seen = seenOf(found ? username : subject.subjectId, input);
  const keys = throttleKeys(username, seen.ip);
  const claim = await claimAttempt(db, keys, now, throttle);
  if ('retryAt' in claim) {
    await verifyAgainstDummy(input.password);
    await auditFailure(ctx, subject, { ...seen, reason: 'throttled' });
    throw loginThrottled(claim.retryAt);
  }
  const matches = found
    ? await verifyPassword(found.user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password).then(() => false);
  if (found && matches && found.user.isActive) {
    return openSession(ctx, found.user, found.orgPath, seen, timing, keys);
  }
  const reason = !found ? 'unknown_user' : matches ? 'inactive' : 'wrong_password';
  await auditFailure(ctx, subject, { ...seen, reason }, claim.counted);
  throw invalidCredentials();
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

/** Who a login event is about: the account, or for a name that is no account its digest, never the name. */
interface LoginSubject {
  subjectId: string;
  orgUnitId: string | null;
  districtId: string | null;
}

function subjectOf(user: UserRow | null, username: string): LoginSubject {
  if (user) return { subjectId: user.id, orgUnitId: user.orgUnitId, districtId: user.districtId };
  // What a stranger typed (often a password in the wrong box) never lands verbatim in the permanent
  // record: the digest still lets an auditor see repeated attempts on one name (issue #11).
  return {
    subjectId: `未知账号#${loginNameDigest(username).slice(0, 12)}`,
    orgUnitId: null,
    districtId: null,
  };
}

/**
 * Records a refused attempt; when the failure starts a wait (the name's, or the name's from this address),
 * the wait is recorded too.
 */
async function auditFailure(
  ctx: Ctx,
  subject: LoginSubject,
  data: Seen & { reason: string },
  counted?: { account: ThrottleCounter; pair: ThrottleCounter },
): Promise<void> {
  const failures = counted && { account: counted.account.failures, address: counted.pair.failures };
  await inTransaction(ctx.db, async (tx) => {
    const base = { subjectType: 'user', ...subject };
    await recordAudit(tx, ctx, { action: 'auth.login.failed', ...base, data: { ...data, failures } });
    const until = counted && retryAt([counted.account, counted.pair], ctx.now);
    if (!until) return;
    const scope = counted.account.blockedUntil ? 'account' : 'address';
    await recordAudit(tx, ctx, {
      action: 'auth.login.throttled',
      ...base,
      data: { ip: data.ip, scope, failures, retryAt: until.toISOString() },
    });
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
  keys: ThrottleKeys,
): Promise<LoginResult> {
  const actor = actorOf(user, orgPath);
  const ctx: Ctx = { ...loginCtx, actor };
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(timing.now.getTime() + timing.maxHours * 3600_000);
  await inTransaction(ctx.db, async (tx) => {
    await clearAfterSuccess(tx, keys);
    await tx.update(users).set({ lastLoginAt: timing.now }).where(eq(users.id, user.id));
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
  /** The user still has a one-time password: only the password change (and me, logout) may be called. */
  mustChangePassword: boolean;
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
  return {
    actor: actorOf(user, row.orgPath),
    csrfToken: session.csrfToken,
    tokenHash,
    mustChangePassword: user.mustChangePassword,
  };
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
