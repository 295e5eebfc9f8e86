import type { Actor, Role } from '../context.js';
import type { Executor } from '../db/client.js';
import { findDistricts, getOrgUnit } from './org-service.js';
import { findUsersOfDistrict } from './user-service.js';

/**
 * The user a command-line run or the demo acts as: by username, or the district's first active user of a
 * role (optionally of one unit). Their role and data scope apply exactly as in the web app.
 */
export async function actingUser(
  db: Executor,
  who: { username?: string; role?: Role; orgUnitId?: string; districtId?: string },
): Promise<Actor> {
  const districtId = who.districtId ?? (await findDistricts(db))[0]?.id;
  if (!districtId) throw new Error('尚未配置行政区（请先载入组织机构或演示数据）');
  const user = (await findUsersOfDistrict(db, districtId)).find(
    (u) =>
      u.isActive &&
      (who.username ? u.username === who.username.toLowerCase() : u.role === (who.role ?? 'coordinator')) &&
      (!who.orgUnitId || u.orgUnitId === who.orgUnitId),
  );
  if (!user)
    throw new Error(
      who.username ? `用户 ${who.username} 不存在或已停用` : `没有可用的${who.role ?? 'coordinator'}账号`,
    );
  const unit = await getOrgUnit(db, user.orgUnitId);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgPath: unit.path,
    districtId: user.districtId,
  };
}
