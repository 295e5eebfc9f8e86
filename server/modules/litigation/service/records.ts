import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { lawsuitScope } from '../policy.js';
import type { LawsuitRecord } from '../procedure.js';
import {
  type HearingRow,
  judicialSuggestions,
  lawsuitHearings,
  type LawsuitRow,
  lawsuits,
  type SuggestionRow,
} from '../schema.js';

export type Rec = LawsuitRecord & { row: LawsuitRow };

export interface LawsuitView extends LawsuitRow {
  unitName: string;
  unitCode: string;
}

export const LAWSUIT_COLUMNS = { lawsuit: lawsuits, unitName: orgUnits.name, unitCode: orgUnits.code };

export function withUnit(r: { lawsuit: LawsuitRow; unitName: string; unitCode: string }): LawsuitView {
  return { ...r.lawsuit, unitName: r.unitName, unitCode: r.unitCode };
}

/** The procedure's view of a row. */
export function toRecord(row: LawsuitRow, today: string): Rec {
  return {
    id: row.id,
    state: row.state,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    caseNumber: row.caseNumber,
    judgmentType: row.judgmentType,
    judgmentServedOn: row.judgmentServedOn,
    today,
    row,
  };
}

/** The lawsuit if it exists within the actor's scope; otherwise NOT_FOUND. */
export async function getScopedLawsuit(db: Executor, actor: Actor, id: string): Promise<LawsuitView> {
  const [row] = await db
    .select(LAWSUIT_COLUMNS)
    .from(lawsuits)
    .innerJoin(orgUnits, eq(orgUnits.id, lawsuits.orgUnitId))
    .where(and(eq(lawsuits.id, id), lawsuitScope(actor)));
  if (!row) throw notFound('行政应诉案件');
  return withUnit(row);
}

export async function lockScopedLawsuit(tx: Tx, actor: Actor, id: string, today: string): Promise<Rec> {
  const [row] = await tx
    .select()
    .from(lawsuits)
    .where(and(eq(lawsuits.id, id), lawsuitScope(actor)))
    .for('update');
  if (!row) throw notFound('行政应诉案件');
  return toRecord(row, today);
}

export function hearingsOf(db: Executor, lawsuitId: string): Promise<HearingRow[]> {
  return db
    .select()
    .from(lawsuitHearings)
    .where(eq(lawsuitHearings.lawsuitId, lawsuitId))
    .orderBy(asc(lawsuitHearings.heldOn), asc(lawsuitHearings.createdAt));
}

export function suggestionsOf(db: Executor, lawsuitId: string): Promise<SuggestionRow[]> {
  return db
    .select()
    .from(judicialSuggestions)
    .where(eq(judicialSuggestions.lawsuitId, lawsuitId))
    .orderBy(asc(judicialSuggestions.receivedOn));
}
