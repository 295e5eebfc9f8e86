import { eq } from 'drizzle-orm';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { enforcementSettings } from '../schema.js';
import { type EnforcementSettings, getSettings } from './lookups.js';

export interface SettingsView extends EnforcementSettings {
  isSet: boolean;
  /** 0 while the district runs on the defaults (no row yet). */
  version: number;
  updatedAt: Date | null;
}

/** The district's enforcement settings (the defaults of decision 0011 until the coordinator sets them). */
export async function viewSettings(ctx: Ctx): Promise<SettingsView> {
  assertCan(ctx.actor, 'enforcement.view');
  const districtId = ctx.actor.districtId;
  const [row] = await ctx.db
    .select({ updatedAt: enforcementSettings.updatedAt, version: enforcementSettings.version })
    .from(enforcementSettings)
    .where(eq(enforcementSettings.districtId, districtId));
  return { ...(await getSettings(ctx.db, districtId)), isSet: !!row,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
  };
}
