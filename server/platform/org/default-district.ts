import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { AppError } from '../errors.js';

/** The install's district (a single-district install answers public questions about it). */
export async function defaultDistrictId(db: Executor): Promise<string> {
  const found = await db.execute<{ id: string }>(
    sql`SELECT id FROM org_units WHERE type = 'district' ORDER BY created_at, code LIMIT 1`,
  );
  const id = found.rows[0]?.id;
  if (!id) throw new AppError('NOT_FOUND', '尚未配置行政区（请先载入组织机构或演示数据）');
  return id;
}
