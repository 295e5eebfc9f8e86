import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { EnforcementSettingsBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { assertSeenVersion, assertUpserted, versionedUpsert } from '../../../../platform/versions.js';
import { enforcementSettings } from '../schema.js';
import { getSettings } from './lookups.js';
import { type SettingsView, viewSettings } from './view-settings.js';

export type SettingsInput = z.output<typeof EnforcementSettingsBody>;

/**
 * Sets the district's thresholds (重大执法决定 by amount, 较大数额罚款) and the major-penalty filing period.
 * Filings already due keep their dates (decision 0011 §4). Local rules, not statute.
 */
export async function updateSettings(ctx: Ctx, input: SettingsInput): Promise<SettingsView> {
  assertCan(ctx.actor, 'enforcement.manage_bodies');
  const districtId = ctx.actor.districtId;
  await inTransaction(ctx.db, async (tx) => {
    const before = await getSettings(tx, districtId);
    const [locked] = await tx
      .select({ version: enforcementSettings.version })
      .from(enforcementSettings)
      .where(eq(enforcementSettings.districtId, districtId))
      .for('update');
    assertSeenVersion(ctx, locked);
    const values = {
      majorAmountPerson: String(input.majorAmountPerson),
      majorAmountOrganisation: String(input.majorAmountOrganisation),
      hearingAmountPerson: String(input.hearingAmountPerson),
      hearingAmountOrganisation: String(input.hearingAmountOrganisation),
      filingDays: input.filingDays,
      statementWorkingDays: input.statementWorkingDays,
      updatedBy: ctx.actor?.userId ?? null,
      updatedAt: ctx.now,
    };
    const { version, setWhere } = versionedUpsert(ctx, enforcementSettings.version);
    const written = await tx
      .insert(enforcementSettings)
      .values({ districtId, ...values })
      .onConflictDoUpdate({ target: enforcementSettings.districtId, set: { ...values, version }, setWhere })
      .returning({ version: enforcementSettings.version });
    assertUpserted(ctx, written);
    await recordAudit(tx, ctx, {
      action: 'enforcement.settings.updated',
      subjectType: 'enforcement_settings',
      subjectId: districtId,
      districtId,
      before,
      after: input,
    });
  });
  return viewSettings(ctx);
}
