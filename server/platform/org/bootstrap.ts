import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.js';
import { makeCtx } from '../context.js';
import type { Db } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { createOrgUnit, findDistricts } from './org-service.js';
import { generateStrongPassword } from './password-policy.js';
import { createUser, hasDemoPasswords } from './user-service.js';

export interface BootstrapInput {
  /** Name of the district unit to create when there is none yet (e.g. "于洪区"). */
  districtName: string;
  /** Its code (区划代码); defaults to "district". */
  districtCode?: string;
  username: string;
  /** Given (ADMIN_PASSWORD): used and never printed. Omitted: generated and shown once on the terminal. */
  password?: string;
  /** The kept log: never receives the password. */
  log?: (message: string) => void;
  /** The operator's terminal (an interactive TTY), not a log that is kept: where a generated password goes. */
  showOnTerminal?: (message: string) => void;
}

export interface BootstrapResult {
  districtId: string;
  username: string;
  password: string;
  generated: boolean;
}

/**
 * First run without the demo: makes sure a district exists and opens the first coordinator account in it,
 * so that someone can log in and set up the rest.
 */
export async function bootstrapCoordinator(db: Db, input: BootstrapInput): Promise<BootstrapResult> {
  const ctx = makeCtx(db, null, `bootstrap-${randomUUID()}`);
  // A password printed to a service's output lands in journald or a log file for good (issue #11).
  if (!input.password && !input.showOnTerminal)
    throw new Error(
      '没有可显示初始密码的终端：请通过环境变量 ADMIN_PASSWORD 设置首个协调员的初始密码后再启动。' +
        'No terminal to show the first coordinator password on: set ADMIN_PASSWORD and start again.',
    );
  const password = input.password ?? generateStrongPassword();
  const result = await inTransaction(db, async (tx) => {
    const [existing] = await findDistricts(tx);
    const district =
      existing ??
      (await createOrgUnit(tx, ctx, {
        code: input.districtCode ?? 'district',
        name: input.districtName,
        type: 'district',
      }));
    const user = await createUser(tx, ctx, {
      username: input.username,
      displayName: '系统管理员（协调员）',
      role: 'coordinator',
      orgUnitId: district.id,
      password,
      // A password someone else saw (the terminal, the service's environment) is changed at first login.
      mustChangePassword: true,
    });
    return { districtId: district.id, username: user.username, password, generated: !input.password };
  });
  if (result.generated) {
    input.log?.(`已创建首个协调员账号 ${result.username}，初始密码已显示在终端。First coordinator created.`);
    input.showOnTerminal?.(
      `已创建首个协调员账号 ${result.username}，初始密码：${password}\n` +
        '（该密码只显示这一次，请登录后立即在“修改密码”中更换。First coordinator created; the password is shown once.）',
    );
  } else {
    input.log?.(`已创建首个协调员账号 ${result.username}。First coordinator created.`);
  }
  return result;
}

/** Production must not run with the published demo passwords; throws the zh-CN reason when it would. */
export async function refuseDemoPasswordsInProduction(
  db: Db,
  config: Pick<Config, 'NODE_ENV'>,
): Promise<void> {
  if (config.NODE_ENV === 'production' && (await hasDemoPasswords(db))) {
    throw new Error(
      '拒绝以生产模式启动：演示账号的公开密码仍然有效，请先修改或停用这些账号（fazhi user …）。' +
        'Refusing to start in production while demo passwords are in place.',
    );
  }
}
