import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import type { Ctx, Role } from '../context.js';
import type { Tx } from '../db/client.js';
import type { FieldProblem } from '../io/index.js';
import type { LedgerEntrySpec } from '../ledgers/ledger-entry.js';
import { UserImportResult } from './contracts.js';
import { type UserLedgerRow, userLedger } from './io.js';
import { findOrgUnits } from './org-service.js';
import { generateStrongPassword } from './password-policy.js';
import { users } from './schema.js';
import {
  createUser,
  findUsersOfDistrict,
  isValidUsername,
  normalizeUsername,
  USERNAME_RULE,
} from './user-service.js';

const ExportQuery = z.object({ format: LedgerFormatField });
type Prepared = { username: string; displayName: string; role: Role; orgUnitId: string };

/**
 * The district's people from a sheet (the coordinator, users.manage): each in a unit of the district, the
 * username new in the install. Each new account gets a one-time password, in the answer only (never stored in
 * clear, never in the audit chain), to be changed at first login. All or nothing; keyed by 用户名, so a
 * re-imported file adds nobody; a changed account is refused (the users screen changes it, on record).
 */
export const usersLedger: LedgerEntrySpec<UserLedgerRow, z.output<typeof ExportQuery>, Prepared> = {
  key: 'org.users',
  ledger: userLedger,
  title: '人员',
  base: '/api/v1/users',
  tag: 'org',
  naturalKey: ['username'],
  export: { permission: 'users.manage', query: ExportQuery, rows: (ctx) => userRows(ctx) },
  import: {
    permissions: ['users.manage'],
    changed: '已有账号请在用户管理中修改',
    result: UserImportResult,
    prepare: async (tx, ctx, rows) => {
      const districtId = ctx.actor!.districtId;
      const unitIds = new Map((await findOrgUnits(tx, { districtId })).map((u) => [u.code, u.id]));
      const taken = await usernamesTaken(tx, rows);
      return {
        create: (row) => checkUserRow(row, unitIds, taken),
        write: async (created) => ({ oneTimePasswords: await openAccounts(tx, ctx, created) }),
      };
    },
  },
};

/** Opens each account with its own one-time password; answers who got which (shown once, to the coordinator). */
async function openAccounts(tx: Tx, ctx: Ctx, people: readonly Prepared[]) {
  const opened = [];
  for (const person of people) {
    const password = generateStrongPassword();
    await createUser(tx, ctx, { ...person, password, mustChangePassword: true });
    opened.push({ username: person.username, displayName: person.displayName, password });
  }
  return opened;
}

async function userRows(ctx: Ctx): Promise<UserLedgerRow[]> {
  const districtId = ctx.actor!.districtId;
  const codeOf = new Map((await findOrgUnits(ctx.db, { districtId })).map((u) => [u.id, u.code]));
  return (await findUsersOfDistrict(ctx.db, districtId, ctx.now)).map((u) => ({
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitCode: codeOf.get(u.orgUnitId) ?? '',
  }));
}

/** The file's usernames already used anywhere in the install (usernames are unique across districts). */
async function usernamesTaken(tx: Tx, rows: readonly UserLedgerRow[]): Promise<Set<string>> {
  const names = rows.map((r) => normalizeUsername(r.username)).filter(Boolean);
  if (names.length === 0) return new Set();
  const found = await tx
    .select({ username: users.username })
    .from(users)
    .where(inArray(users.username, names));
  return new Set(found.map((r) => r.username));
}

function checkUserRow(
  row: UserLedgerRow,
  unitIds: ReadonlyMap<string, string>,
  taken: ReadonlySet<string>,
): FieldProblem<UserLedgerRow>[] | Prepared {
  const problems: FieldProblem<UserLedgerRow>[] = [];
  const username = normalizeUsername(row.username);
  if (!isValidUsername(username)) problems.push({ field: 'username', message: USERNAME_RULE });
  else if (taken.has(username)) problems.push({ field: 'username', message: `用户名 ${username} 已被使用` });
  const orgUnitId = unitIds.get(row.unitCode.trim());
  if (!orgUnitId) problems.push({ field: 'unitCode', message: `本区没有代码为 ${row.unitCode} 的机构` });
  if (problems.length || !orgUnitId) return problems;
  return { username, displayName: row.displayName.trim(), role: row.role as Role, orgUnitId };
}
