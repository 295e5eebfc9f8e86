import type { Executor } from '../../../../platform/db/index.js';
import type { FieldError } from '../../../../platform/errors.js';
import { powers } from '../../../powers/index.js';

/** A power as the powers module describes it to other modules. */
export type HeldPower = Awaited<ReturnType<typeof powers.findHeldPowers>>[number];

/** The powers with these ids, by id (from the powers module; we never read its tables). */
export async function powersById(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, HeldPower>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  return new Map((await powers.findHeldPowers(db, wanted)).map((p) => [p.id, p]));
}

/**
 * Problems with naming this power on a register row of `owner` (a body, or the district when orgUnitId is
 * null): it must exist in the district, belong to the body, be in force, and be of the category if given.
 */
export function powerProblems(
  power: HeldPower | undefined,
  owner: { orgUnitId: string | null; districtId: string },
  path: string,
  category?: { code: string; label: string },
): FieldError[] {
  if (!power || power.districtId !== owner.districtId) return [{ path, message: '未找到该权责清单事项' }];
  if (owner.orgUnitId && power.orgUnitId !== owner.orgUnitId)
    return [{ path, message: `“${power.name}”不是本执法主体权责清单中的事项` }];
  if (category && power.category !== category.code)
    return [{ path, message: `“${power.name}”不是${category.label}类事项` }];
  if (!power.isInForce) return [{ path, message: `“${power.name}”不在有效的权责清单中` }];
  return [];
}

/** The 行政处罚 category: benchmarks (处罚法 第三十四条) apply to penalty powers only. */
export const PENALTY = { code: 'penalty', label: '行政处罚' } as const;
