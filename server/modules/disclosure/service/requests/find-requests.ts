import { and, count, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { RequestListQuery } from '../../../../../common/contracts/disclosure/requests.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { requestScope } from '../../policy.js';
import { disclosureRequests as r } from '../../schema/requests.js';
import { type ClockView, replyClocksOf } from './clocks.js';
import { REQUEST_COLUMNS, type RequestWithUnit, withUnit } from './records.js';

export type RequestFilters = Omit<RequestListQuery, 'page' | 'pageSize'>;

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE of a staff list: the actor's scope AND the filters. */
export function requestConditions(actor: Actor, f: RequestFilters): SQL {
  const where: (SQL | undefined)[] = [requestScope(actor)];
  if (f.q) {
    const p = likePattern(f.q);
    where.push(
      or(
        ilike(r.trackingCode, p),
        ilike(r.replyDocumentNumber, p),
        ilike(r.applicantName, p),
        ilike(r.orgName, p),
        ilike(r.informationDescription, p),
      ),
    );
  }
  if (f.status) where.push(eq(r.status, f.status));
  if (f.channel) where.push(eq(r.channel, f.channel));
  if (f.applicantType) where.push(eq(r.applicantType, f.applicantType));
  if (f.outcome) where.push(eq(r.outcome, f.outcome));
  if (f.orgUnitId) where.push(eq(r.orgUnitId, f.orgUnitId));
  if (f.receivedFrom) where.push(gte(r.receivedOn, f.receivedFrom));
  if (f.receivedTo) where.push(lte(r.receivedOn, f.receivedTo));
  if (f.concludedFrom) where.push(gte(r.concludedOn, f.concludedFrom));
  if (f.concludedTo) where.push(lte(r.concludedOn, f.concludedTo));
  return and(...where)!;
}

export interface RequestListItem {
  request: RequestWithUnit;
  replyClock: ClockView | null;
}

/** A page of the requests the actor may see (a department: those addressed to it), newest first. */
export async function findRequests(
  ctx: Ctx,
  query: RequestListQuery,
): Promise<{ items: RequestListItem[]; total: number }> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.view_requests');
  const where = requestConditions(actor, query);
  const [rows, totals] = await Promise.all([
    selectRequests(ctx.db, where)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(r).where(where),
  ]);
  const requests = rows.map(withUnit);
  const clocks = await replyClocksOf(
    ctx.db,
    ctx,
    requests.map((x) => x.id),
  );
  return {
    items: requests.map((request) => ({ request, replyClock: clocks.get(request.id) ?? null })),
    total: totals[0]?.n ?? 0,
  };
}

/** Every request the filters select, for an export (same scope and filters as the list). */
export async function findRequestsForExport(ctx: Ctx, filters: RequestFilters): Promise<RequestWithUnit[]> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.export_requests');
  return (await selectRequests(ctx.db, requestConditions(actor, filters))).map(withUnit);
}

function selectRequests(db: Executor, where: SQL) {
  return db
    .select(REQUEST_COLUMNS)
    .from(r)
    .innerJoin(orgUnits, eq(orgUnits.id, r.orgUnitId))
    .where(where)
    .orderBy(desc(r.receivedOn), desc(r.createdAt))
    .$dynamic();
}
