import type { FeeMethod } from '../../../../../common/contracts/disclosure/dictionaries.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { findSettingsRow } from './fee-method.js';

export interface DisclosureSettingsView {
  feeMethod: FeeMethod | null;
  isSet: boolean;
  /** 0 before the coordinator first chooses (no row yet). */
  version: number;
  updatedAt: Date | null;
}

/** The district's disclosure settings (no fee method until the coordinator chooses one). */
export async function viewDisclosureSettings(ctx: Ctx): Promise<DisclosureSettingsView> {
  assertCan(ctx.actor, 'disclosure.view_requests');
  const row = await findSettingsRow(ctx.db, ctx.actor.districtId);
  return {
    feeMethod: (row?.feeMethod as FeeMethod | undefined) ?? null,
    isSet: row !== null,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
  };
}
