import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/index.js';
import { enforcementBodies } from '../schema.js';

/** What another module may know of a unit's confirmed enforcement body (e.g. 谁执法谁普法 lists): its basis and scope. */
export interface ConfirmedBody {
  orgUnitId: string;
  legalBasis: string;
  scope: string;
  confirmedOn: string;
}

/** The unit's enforcement body in force (confirmed, not revoked), or null when the unit is not one. */
export async function findConfirmedBody(db: Executor, orgUnitId: string): Promise<ConfirmedBody | null> {
  const [row] = await db
    .select({
      orgUnitId: enforcementBodies.orgUnitId,
      legalBasis: enforcementBodies.legalBasis,
      scope: enforcementBodies.scope,
      confirmedOn: enforcementBodies.confirmedOn,
    })
    .from(enforcementBodies)
    .where(and(eq(enforcementBodies.orgUnitId, orgUnitId), isNull(enforcementBodies.revokedOn)));
  return row ?? null;
}
