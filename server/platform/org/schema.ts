import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES, type Role } from '../context.js';

/** Org unit types, from the district down to the grid unit (网格). */
export const ORG_UNIT_TYPES = [
  'district',
  'department',
  'enforcement_body',
  'street',
  'village',
  'grid',
] as const;
export type OrgUnitType = (typeof ORG_UNIT_TYPES)[number];

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable code used in imports and URLs, unique within the install (e.g. 统一社会信用代码 or a local code). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** 发文机关代字 (GB/T 9704-2012 §7.2.4); null → derived from the short name (platform/documents). */
    documentPrefix: text('document_prefix'),
    type: text('type').$type<OrgUnitType>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    /** Materialized path of ids, "/<district>/<dept>/"; a data scope is a prefix of it. */
    path: text('path').notNull(),
    districtId: uuid('district_id').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('org_units_code_uq').on(t.code),
    index('org_units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_district_idx').on(t.districtId, t.type),
    check('org_units_type_ck', sql.raw(`type IN (${ORG_UNIT_TYPES.map((v) => `'${v}'`).join(', ')})`)),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    districtId: uuid('district_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** True for the published demo passwords; production start refuses while any remain. */
    isDemoPassword: boolean('is_demo_password').notNull().default(false),
    /** A one-time password (the first coordinator's): every call but the change itself is refused until changed. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    locale: text('locale').notNull().default('zh-CN'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    index('users_org_idx').on(t.orgUnitId),
    index('users_district_idx').on(t.districtId),
    check('users_role_ck', sql.raw(`role IN (${ROLES.map((v) => `'${v}'`).join(', ')})`)),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SM3 hash of the session token; the token itself only lives in the cookie. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Failed-login counters (decision 0020): one per name ('a:' + digest) and one per name and address
 * ('p:' + digest). Keyed by digests only, so a name that is no account (often a password typed in the wrong
 * box) is throttled like an account without being stored.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    key: text('key').primaryKey(),
    /** The name's own key ('a:' + digest): an unlock clears every counter of the name. */
    accountKey: text('account_key').notNull(),
    failures: integer('failures').notNull().default(0),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  },
  (t) => [index('login_throttles_account_idx').on(t.accountKey)],
);
