import { and, eq, inArray } from 'drizzle-orm';
import type {
  ProposalKind,
  ProposalSettings,
  ProposalSettingsOut,
} from '../../../../common/contracts/proposals.js';
import type { Actor } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { itemScope } from '../policy.js';
import type { ProposalRecord } from '../procedure.js';
import { DEFAULT_SETTINGS } from '../rules.js';
import { type ProposalItemRow, proposalItems, proposalSettings } from '../schema.js';

export const WHAT = '建议提案';

/** The item if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedItem(db: Executor, actor: Actor, id: string): Promise<ProposalItemRow> {
  const [row] = await db
    .select()
    .from(proposalItems)
    .where(and(eq(proposalItems.id, id), itemScope(actor)));
  if (!row) throw notFound(WHAT);
  return row;
}

/** Locks the item row for a step (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedItem(tx: Tx, actor: Actor, id: string): Promise<ProposalItemRow> {
  const [row] = await tx
    .select()
    .from(proposalItems)
    .where(and(eq(proposalItems.id, id), itemScope(actor)))
    .for('update');
  if (!row) throw notFound(WHAT);
  return row;
}

/** The procedure's view of a row; `stepOn` is the form's day when a step is being applied, else today. */
export function toRecord(
  row: ProposalItemRow,
  today: string,
  stepOn = today,
): ProposalRecord & { row: ProposalItemRow } {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    kind: row.kind as ProposalKind,
    round: row.round,
    assignedOn: row.assignedOn,
    difficult: row.difficult,
    returnDueOn: row.returnDueOn,
    resultClass: row.resultClass,
    followUpDone: row.followUpDone,
    today,
    stepOn,
    caption: `${row.number} ${row.title}`,
    row,
  };
}

/** The district's settings, or the defaults (decision 0040 §4). */
/** The settings with their row version, for the settings screen and its If-Match. */
export async function settingsView(db: Executor, districtId: string): Promise<ProposalSettingsOut> {
  const [row] = await db.select().from(proposalSettings).where(eq(proposalSettings.districtId, districtId));
  return { ...DEFAULT_SETTINGS, ...row?.settings, version: row?.version ?? 0 };
}

export async function settingsOf(db: Executor, districtId: string): Promise<ProposalSettings> {
  const [row] = await db.select().from(proposalSettings).where(eq(proposalSettings.districtId, districtId));
  return row ? { ...DEFAULT_SETTINGS, ...row.settings } : DEFAULT_SETTINGS;
}

export interface UnitRef {
  id: string;
  name: string;
  path: string;
  districtId: string;
}

/** The named org units of one district (the others are not found). */
export async function unitsById(
  db: Executor,
  districtId: string,
  ids: readonly string[],
): Promise<Map<string, UnitRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(and(inArray(orgUnits.id, [...ids]), eq(orgUnits.districtId, districtId)));
  return new Map(rows.map((u) => [u.id, u]));
}
