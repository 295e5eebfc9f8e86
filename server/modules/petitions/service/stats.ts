import { and, sql } from 'drizzle-orm';
import {
  CATEGORIES,
  CHANNELS,
  type PetitionStats,
  STAT_STAGES,
  type StatStage,
} from '../../../../common/contracts/petitions.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { petitionScope } from '../policy.js';
import { type PetitionClockName, PETITION_CLOCKS, petitionProcedure } from '../procedure.js';
import { petitions } from '../schema.js';
import { findLatestClocks } from './kit.js';

/** The clock each on-time figure is read from: the organ's own periods (the petitioner's windows are not). */
const STAGE_CLOCK: Record<StatStage, PetitionClockName> = {
  routing: 'routing',
  notice: 'notice',
  handling: 'handling',
  review: 'review',
  reexam: 'reexam',
};

/**
 * The petitions page's charts, for the petitions the actor may see that were received in `year`: counts by
 * category, channel and month, and for each of the organ's periods (routing 15 days, notice 15, handling
 * 60 + 30, 复查 30, 复核 30, under either text) how many ended within their due day, how many after it, and
 * how many are running past it now. On time = stopped on or before the due day the clock had then (an
 * extension counts: the law allows it).
 */
export async function petitionStats(ctx: Ctx, year: number): Promise<PetitionStats> {
  assertCan(ctx.actor, 'petitions.view');
  const where = and(
    petitionScope(ctx.actor!),
    sql`${petitions.receivedOn} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`,
  );
  const rows = await ctx.db
    .select({
      id: petitions.id,
      category: petitions.category,
      channel: petitions.channel,
      month: sql<number>`extract(month from ${petitions.receivedOn})::int`,
    })
    .from(petitions)
    .where(where);
  const tally = (codes: readonly string[], of: (r: (typeof rows)[number]) => string) =>
    codes.map((code) => ({ code, count: rows.filter((r) => of(r) === code).length }));
  const byMonth = Array.from({ length: 12 }, (_, i) => rows.filter((r) => r.month === i + 1).length);
  const ids = rows.map((r) => r.id);
  const onTime = await Promise.all(
    STAT_STAGES.map(async (stage) => {
      const keys = (['2022', '2005'] as const)
        .map((law) => PETITION_CLOCKS[law][STAGE_CLOCK[stage]]?.key)
        .filter((k): k is string => !!k);
      const found = await Promise.all(
        keys.map((key) => findLatestClocks(ctx.db, petitionProcedure.subjectType, key, ids)),
      );
      const clocks = found.flatMap((m) => [...m.values()]);
      const ended = clocks.filter((c) => c.stoppedOn && c.dueOn);
      const inTime = ended.filter((c) => c.stoppedOn! <= c.dueOn!).length;
      const overdueRunning = clocks.filter((c) => !c.stoppedOn && c.dueOn && c.dueOn < ctx.today).length;
      return {
        stage,
        ended: ended.length,
        onTime: inTime,
        late: ended.length - inTime,
        overdueRunning,
        rate: ended.length ? Math.round((inTime / ended.length) * 1000) / 1000 : null,
      };
    }),
  );
  return {
    year,
    total: rows.length,
    byCategory: tally(CATEGORIES, (r) => r.category),
    byChannel: tally(CHANNELS, (r) => r.channel),
    byMonth,
    onTime,
  };
}
