import type { OfficerOut } from '../../../../../common/contracts/enforcement/registry.js';

/**
 * The officers who may be named on a given day: active ones, those whose certificate has ended before the day
 * shown but disabled (处罚法 第四十二条: 执法人员应当持有执法证件). Valid ones first.
 */
export function officerOptions(officers: readonly OfficerOut[], day: string) {
  return officers
    .filter((o) => o.isActive)
    .map((o) => ({
      value: o.id,
      label: `${o.name}（${o.certificateNumber}）`,
      disabled: o.certificateValidUntil < day,
    }))
    .sort((a, b) => Number(a.disabled) - Number(b.disabled));
}
