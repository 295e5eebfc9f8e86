import { and, asc, eq } from 'drizzle-orm';
import { definePlanSource } from '../../platform/reports/index.js';
import { coordinationPlans as p, coordinationTasks as t } from './schema.js';

/**
 * 四 下一年度工作计划 (decision 0037): the 工作要点 of the year asked for (the drafting asks for the report year + 1), one point per task in the order of its codes, when
 * the district has entered or imported it. A department's report lists the tasks it leads.
 */
export const nextYearPlan = definePlanSource({
  key: 'coordination.next_year_plan',
  reports: ['rule_of_law_annual'],
  async items({ db, year, scope }) {
    const rows = await db
      .select({ title: t.title, body: t.body, code: t.code })
      .from(t)
      .innerJoin(p, eq(p.id, t.planId))
      .where(
        and(
          eq(t.districtId, scope.districtId),
          eq(p.year, year),
          scope.orgPath ? eq(t.orgUnitId, lastId(scope.orgPath)) : undefined,
        ),
      )
      .orderBy(asc(t.code));
    // A task written as the seed's 四 writes it: its title is the point's lead, its body the point's text.
    return rows.map((row, i) =>
      row.body
        ? { lead: row.title, text: row.body, order: (i + 1) * 10 }
        : { text: row.title, order: (i + 1) * 10 },
    );
  },
});

/** The unit id at the end of a path `/district/dept/`. */
const lastId = (path: string) => path.split('/').filter(Boolean).pop()!;
