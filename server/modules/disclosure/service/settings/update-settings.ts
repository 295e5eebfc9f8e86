import type { FeeMethod } from '../../../../../common/contracts/disclosure/dictionaries.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { assertSeenVersion, assertUpserted, versionedUpsert } from '../../../../platform/versions.js';
import { disclosureSettings } from '../../schema/settings.js';
import { findSettingsRow } from './fee-method.js';
import { type DisclosureSettingsView, viewDisclosureSettings } from './view-settings.js';

/**
 * Sets the district's fee method (国办函〔2020〕109号 第三条: the organ chooses 按件 or 按量). Notices already
 * issued keep theirs; later ones default to it (decision 0018 §7).
 */
export async function updateDisclosureSettings(
  ctx: Ctx,
  input: { feeMethod: FeeMethod },
): Promise<DisclosureSettingsView> {
  assertCan(ctx.actor, 'disclosure.manage_settings');
  const districtId = ctx.actor.districtId;
  await inTransaction(ctx.db, async (tx) => {
    const before = await findSettingsRow(tx, districtId, { forUpdate: true });
    assertSeenVersion(ctx, before);
    const values = { feeMethod: input.feeMethod, updatedBy: ctx.actor?.userId ?? null, updatedAt: ctx.now };
    const { version, setWhere } = versionedUpsert(ctx, disclosureSettings.version);
    const written = await tx
      .insert(disclosureSettings)
      .values({ districtId, ...values })
      .onConflictDoUpdate({ target: disclosureSettings.districtId, set: { ...values, version }, setWhere })
      .returning({ version: disclosureSettings.version });
    assertUpserted(ctx, written);
    await recordAudit(tx, ctx, {
      action: 'disclosure.settings.updated',
      subjectType: 'disclosure_settings',
      subjectId: districtId,
      districtId,
      before: before && { feeMethod: before.feeMethod },
      after: { feeMethod: input.feeMethod },
    });
  });
  return viewDisclosureSettings(ctx);
}
