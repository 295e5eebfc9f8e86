/**
 * Figures of the enforcement registers: confirmed bodies (seed 一(五)三 "确认行政执法主体23家") and certified
 * officers, each with the records behind it.
 */
import { type SQL, sql } from 'drizzle-orm';
import { BODY_AUTHORITY_KINDS } from '../../../../common/contracts/enforcement/dictionaries.js';
import { demoOrgData } from '../../../platform/org/index.js';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../../platform/reports/index.js';
import { enforcementBodies as b, enforcementOfficers as o } from './schema.js';
import { cellOf, labelsOf, listRows, type PageArgs, tally } from '../shared/metrics.js';

const AUTHORITY_LABELS = labelsOf(BODY_AUTHORITY_KINDS);

/** Confirmed within the period and still confirmed at its end (a revocation on or before the end removes it). */
const confirmedIn = (
  args: MetricArgs,
): SQL => sql`${metricScopeCondition(args.scope, b.orgUnitId, b.districtId)}
  AND ${b.confirmedOn} BETWEEN ${args.period.from} AND ${args.period.to}
  AND (${b.revokedOn} IS NULL OR ${b.revokedOn} > ${args.period.to})`;

/** 一(五)三 "确认行政执法主体23家": bodies confirmed in the period and not revoked by its end, by authority kind. */
export const bodiesConfirmed = defineMetric({
  key: 'enforcement.bodies_confirmed',
  label: '确认的行政执法主体数',
  unit: 'count',
  breakdown: { by: 'authority_kind', labels: AUTHORITY_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; n: number }>(
      sql`SELECT ${b.authorityKind} AS k, count(*)::int AS n FROM ${b} WHERE ${confirmedIn(args)} GROUP BY 1`,
    );
    return tally(Object.keys(AUTHORITY_LABELS), result.rows);
  },
  records(args: PageArgs) {
    const where = sql`${confirmedIn(args)}${cellOf(b.authorityKind, args.cell)}`;
    return listRows(
      args,
      [
        { key: 'code', label: '单位代码' },
        { key: 'body', label: '执法主体' },
        { key: 'authorityKind', label: '主体资格' },
        { key: 'legalBasis', label: '执法依据' },
        { key: 'scope', label: '执法职责范围' },
        { key: 'confirmedOn', label: '确认日期' },
        { key: 'confirmationDocument', label: '确认文件' },
      ],
      sql`SELECT ${b.id} AS id, u.code, u.name AS body,
          CASE ${b.authorityKind} ${sql.join(
            BODY_AUTHORITY_KINDS.map((k) => sql`WHEN ${k.code} THEN ${k.label}`),
            sql` `,
          )} ELSE ${b.authorityKind} END AS "authorityKind",
          ${b.legalBasis} AS "legalBasis", ${b.scope} AS scope, ${b.confirmedOn} AS "confirmedOn",
          ${b.confirmationDocument} AS "confirmationDocument"
        FROM ${b} JOIN org_units u ON u.id = ${b.orgUnitId}
        WHERE ${where} ORDER BY u.sort_order, u.code`,
      sql`SELECT count(*)::int AS n FROM ${b} WHERE ${where}`,
    );
  },
});

/**
 * The breakdown cells of `officers_certified` are org-unit codes: the demo departments are listed up front
 * and every code a computation meets is added (the platform's breakdown labels are static).
 */
const BODY_CODE_LABELS: Record<string, string> = Object.fromEntries(
  demoOrgData().departments.map((d) => [d.code, d.name]),
);

/** Active, with a certificate issued by the period's end and valid on its last day (持证上岗). */
const certifiedAtEnd = (
  args: MetricArgs,
): SQL => sql`${metricScopeCondition(args.scope, o.orgUnitId, o.districtId)}
  AND ${o.isActive} AND ${o.certificateValidUntil} >= ${args.period.to}
  AND (${o.certificateIssuedOn} IS NULL OR ${o.certificateIssuedOn} <= ${args.period.to})`;

/** Officers able to enforce at the period's end (valid 行政执法证件), by body (org-unit code). */
export const officersCertified = defineMetric({
  key: 'enforcement.officers_certified',
  label: '持有效执法证件的执法人员数（期末）',
  unit: 'count',
  breakdown: { by: 'body_code', labels: BODY_CODE_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; name: string; n: number }>(sql`
      SELECT u.code AS k, u.name, count(*)::int AS n
      FROM ${o} JOIN org_units u ON u.id = ${o.orgUnitId}
      WHERE ${certifiedAtEnd(args)} GROUP BY u.code, u.name`);
    for (const row of result.rows) BODY_CODE_LABELS[row.k] ??= row.name;
    return tally([], result.rows);
  },
  records(args: PageArgs) {
    const where = sql`${certifiedAtEnd(args)}${cellOf(sql`u.code`, args.cell)}`;
    return listRows(
      args,
      [
        { key: 'body', label: '执法主体' },
        { key: 'name', label: '姓名' },
        { key: 'certificateNumber', label: '执法证号' },
        { key: 'certificateIssuer', label: '发证机关' },
        { key: 'certificateValidUntil', label: '有效期至' },
        { key: 'legalQualification', label: '法律职业资格' },
      ],
      sql`SELECT ${o.id} AS id, u.name AS body, ${o.name} AS name, ${o.certificateNumber} AS "certificateNumber",
          ${o.certificateIssuer} AS "certificateIssuer", ${o.certificateValidUntil} AS "certificateValidUntil",
          CASE WHEN ${o.hasLegalQualification} THEN '有' ELSE '无' END AS "legalQualification"
        FROM ${o} JOIN org_units u ON u.id = ${o.orgUnitId}
        WHERE ${where} ORDER BY u.sort_order, u.code, ${o.certificateNumber}`,
      sql`SELECT count(*)::int AS n FROM ${o} JOIN org_units u ON u.id = ${o.orgUnitId} WHERE ${where}`,
    );
  },
});
