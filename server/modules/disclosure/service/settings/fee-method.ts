import { eq } from 'drizzle-orm';
import type { FeeMethod } from '../../../../../common/contracts/disclosure/dictionaries.js';
import type { Executor } from '../../../../platform/db/index.js';
import { disclosureSettings } from '../../schema/settings.js';

/** The district's settings row, or null while the coordinator has not chosen. */
export async function findSettingsRow(db: Executor, districtId: string, opts = { forUpdate: false }) {
  const query = db.select().from(disclosureSettings).where(eq(disclosureSettings.districtId, districtId));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The fee method the district chose (国办函〔2020〕109号 第三条), or null: the default of every fee notice. */
export async function districtFeeMethod(db: Executor, districtId: string): Promise<FeeMethod | null> {
  return ((await findSettingsRow(db, districtId))?.feeMethod as FeeMethod | undefined) ?? null;
}
