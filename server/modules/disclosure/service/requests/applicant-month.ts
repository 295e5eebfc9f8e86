import { and, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/index.js';
import { type DisclosureRequestRow, disclosureRequests as r } from '../../schema/requests.js';

/**
 * Who "the same applicant" is for 按件计收 (国办函〔2020〕109号 第四条): the ID number of a natural person,
 * the credit code of an organisation; the name and type when neither was recorded. Decision 0018 §1.
 */
function sameApplicant(row: DisclosureRequestRow): SQL {
  if (row.applicantIdNumber) return eq(r.applicantIdNumber, row.applicantIdNumber);
  if (row.orgCreditCode) return eq(r.orgCreditCode, row.orgCreditCode);
  return and(eq(r.applicantName, row.applicantName), eq(r.applicantType, row.applicantType))!;
}

/**
 * The request's rank among the same applicant's requests received in its calendar month (1 = the first),
 * ordered by receipt date, then by the order they were registered.
 */
export async function applicantRankInMonth(tx: Tx, row: DisclosureRequestRow): Promise<number> {
  const monthStart = `${row.receivedOn.slice(0, 7)}-01`;
  const earlier = or(
    lt(r.receivedOn, row.receivedOn),
    and(eq(r.receivedOn, row.receivedOn), lt(r.createdAt, row.createdAt)),
    and(eq(r.receivedOn, row.receivedOn), eq(r.createdAt, row.createdAt), lt(r.id, row.id)),
  );
  const [found] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(r)
    .where(and(eq(r.districtId, row.districtId), sameApplicant(row), gte(r.receivedOn, monthStart), earlier));
  return (found?.n ?? 0) + 1;
}
