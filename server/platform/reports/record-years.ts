import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RecordYears, recordYearsOf } from '../../../common/contracts/record-years.js';
import type { Ctx } from '../context.js';
import type { Executor } from '../db/index.js';
import type { App } from '../http/types.js';

/** Where a ledger's records have their year: a table, the year of each row, and the reader's scope. */
export interface YearSource {
  table: PgTable;
  /** An integer expression: `extract(year FROM received_on)`, or a plain `year` column. */
  year: SQL | AnyPgColumn;
  /** The reader's scope (and any other filter); the caller builds it from the actor, never the client. */
  where: SQL;
}

/** The year of a date column as an integer, for a YearSource. */
export const yearOf = (column: unknown): SQL => sql`extract(year FROM ${column})::int`;

/** The distinct years that hold records in any of the sources, newest first. */
export async function findYearsWithRecords(db: Executor, sources: readonly YearSource[]): Promise<number[]> {
  const found = await Promise.all(
    sources.map((s) =>
      db
        .selectDistinct({ year: sql<number>`${s.year}` })
        .from(s.table)
        .where(s.where),
    ),
  );
  const years = new Set(found.flat().map((r) => Number(r.year)));
  years.delete(Number.NaN);
  return [...years].sort((a, b) => b - a);
}

/** The years with records and the one a picker opens on, by the request's clock (ctx.today). */
export async function recordYears(ctx: Ctx, sources: readonly YearSource[]): Promise<RecordYears> {
  return recordYearsOf(await findYearsWithRecords(ctx.db, sources), Number(ctx.today.slice(0, 4)));
}

/**
 * Mounts `GET <url>` answering which years a ledger has records in for the reader, so every year picker
 * lists only those and opens on the most recent complete one (one endpoint shape for every ledger).
 */
export function mountRecordYearsRoute(
  app: App,
  spec: {
    url: string;
    preHandler: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    tags: string[];
    summary: string;
    sources: (ctx: Ctx) => YearSource[] | Promise<YearSource[]>;
  },
): void {
  app.get(
    spec.url,
    {
      preHandler: spec.preHandler,
      schema: { tags: spec.tags, summary: spec.summary, response: { 200: RecordYears } },
    },
    async (request) => recordYears(request.ctx, await spec.sources(request.ctx)),
  );
}
