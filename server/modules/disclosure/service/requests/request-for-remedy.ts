import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/index.js';
import { disclosureRequests } from '../../schema/requests.js';

/**
 * The request a remedy (行政复议, 行政诉讼) challenges, by its tracking code in the district: the id and the organ
 * that replied, so a reconsideration case can be tagged for table 四 without reading this module's tables.
 */
export async function requestForRemedy(
  db: Executor,
  districtId: string,
  trackingCode: string,
): Promise<{ id: string; orgUnitId: string; concludedOn: string | null } | null> {
  const code = trackingCode.trim().toUpperCase().replace(/[-\s]/g, '');
  const [row] = await db
    .select({
      id: disclosureRequests.id,
      orgUnitId: disclosureRequests.orgUnitId,
      concludedOn: disclosureRequests.concludedOn,
    })
    .from(disclosureRequests)
    .where(and(eq(disclosureRequests.trackingCode, code), eq(disclosureRequests.districtId, districtId)));
  return row ?? null;
}
