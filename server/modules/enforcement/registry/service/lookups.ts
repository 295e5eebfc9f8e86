import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { Executor } from '../../../../platform/db/index.js';
import { AppError } from '../../../../platform/errors.js';
import type { AmountThresholds } from '../../rules/discretion.js';
import { enforcementMajorCatalogue, enforcementOfficers, enforcementSettings } from '../schema.js';

/** The district's enforcement settings as numbers; the defaults (decision 0011) until the coordinator sets them. */
export interface EnforcementSettings extends AmountThresholds {
  filingDays: number;
  statementWorkingDays: number;
}

export const DEFAULT_SETTINGS: EnforcementSettings = {
  majorAmountPerson: 10_000,
  majorAmountOrganisation: 100_000,
  hearingAmountPerson: 5_000,
  hearingAmountOrganisation: 50_000,
  filingDays: 15,
  statementWorkingDays: 5,
};

export async function getSettings(db: Executor, districtId: string): Promise<EnforcementSettings> {
  const [row] = await db
    .select()
    .from(enforcementSettings)
    .where(eq(enforcementSettings.districtId, districtId));
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    majorAmountPerson: Number(row.majorAmountPerson),
    majorAmountOrganisation: Number(row.majorAmountOrganisation),
    hearingAmountPerson: Number(row.hearingAmountPerson),
    hearingAmountOrganisation: Number(row.hearingAmountOrganisation),
    filingDays: row.filingDays,
    statementWorkingDays: row.statementWorkingDays,
  };
}

/**
 * Refuses officers who may not handle a case of this body on this day: unknown, of another body, inactive,
 * or whose certificate is missing or expired (持证上岗, 处罚法 第四十二条). Lists every officer at fault.
 */
export async function assertOfficersMayHandle(
  db: Executor,
  officerIds: readonly string[],
  orgUnitId: string,
  on: IsoDate,
  field = 'handlerOfficerIds',
): Promise<void> {
  const rows = await db
    .select()
    .from(enforcementOfficers)
    .where(inArray(enforcementOfficers.id, [...officerIds]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: { path: string; message: string }[] = [];
  officerIds.forEach((id, i) => {
    const o = byId.get(id);
    const path = `${field}.${i}`;
    if (!o) problems.push({ path, message: '未找到该执法人员' });
    else if (o.orgUnitId !== orgUnitId) problems.push({ path, message: `${o.name}不是本执法主体的执法人员` });
    else if (!o.isActive) problems.push({ path, message: `${o.name}已不在执法岗位` });
    else if (o.certificateValidUntil < on) {
      problems.push({
        path,
        message: `${o.name}的执法证（${o.certificateNumber}）已于 ${o.certificateValidUntil} 到期，不能办理案件`,
      });
    } else if (o.certificateIssuedOn && o.certificateIssuedOn > on) {
      problems.push({ path, message: `${o.name}的执法证（${o.certificateNumber}）在 ${on} 尚未核发` });
    }
  });
  if (new Set(officerIds).size !== officerIds.length)
    problems.push({ path: field, message: '执法人员不能重复' });
  if (problems.length > 0) {
    throw new AppError('OFFICER_NOT_QUALIFIED', '执法人员须为本主体持有效执法证件的人员', problems);
  }
}

/** Is this power (or the body's catch-all entry) in the body's 重大执法决定法制审核目录? */
export async function isInMajorCatalogue(
  db: Executor,
  orgUnitId: string,
  powerItemId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: enforcementMajorCatalogue.id })
    .from(enforcementMajorCatalogue)
    .where(
      and(
        eq(enforcementMajorCatalogue.orgUnitId, orgUnitId),
        eq(enforcementMajorCatalogue.isActive, true),
        or(
          eq(enforcementMajorCatalogue.powerItemId, powerItemId),
          isNull(enforcementMajorCatalogue.powerItemId),
        ),
      ),
    )
    .limit(1);
  return row !== undefined;
}
