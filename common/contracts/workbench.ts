import { z } from 'zod';

// The workbench API (server/platform/workbench, decision 0027): the homes' counts, due items, work queues,
// supervision board and leader overview. The server validates with these; the web reads the inferred types.

const Label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const Urgency = z.enum(['ok', 'due_soon', 'overdue']);
export const DueFilter = z.object({
  urgency: z
    .enum(['ok', 'due_soon', 'overdue', 'attention'], {
      error: '期限状态应为 ok、due_soon、overdue 或 attention',
    })
    .optional(),
  module: z
    .string()
    .regex(/^[a-z][a-z0-9_-]*$/, '业务模块应为模块键，如 disclosure')
    .optional(),
  unitId: z.uuid({ error: '单位编号格式不正确' }).optional(),
});
export const DueItemsQuery = DueFilter.extend({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码至少为 1').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(100, '每页最多 100 条')
    .default(20),
});
export const Counts = z.object({
  overdue: z.number(),
  due_soon: z.number(),
  ok: z.number(),
  paused: z.number(),
  total: z.number(),
});
/** A running clock or reminder as `/me/due-items` lists it. */
export const DueItem = z.object({
  clockId: z.string(),
  clockKey: z.string(),
  title: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  status: z.string(),
  dueOn: z.string().nullable(),
  urgency: Urgency,
  explanation: z.string(),
  provisional: z.boolean(),
});
/** The workbench's due item: with the unit that owns it (none for a reminder). */
export const Item = DueItem.extend({
  orgUnitId: z.string().nullable(),
  unitName: z.string().nullable(),
});
export const ItemsPage = z.object({
  items: z.array(Item),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const Queues = z.object({
  queues: z.array(
    z.object({
      key: z.string(),
      label: Label,
      path: z.string(),
      total: z.number(),
      items: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          link: z.string(),
          unitName: z.string().nullable(),
          since: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export const Supervision = z.object({
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      unitType: z.string(),
      open: z.number(),
      overdue: z.number(),
      dueSoon: z.number(),
      rating: z.enum(['red', 'amber', 'green']),
    }),
  ),
});
export const OverviewQuery = z.object({
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int()
    .min(2000, '年份应在 2000 至 2100 之间')
    .max(2100, '年份应在 2000 至 2100 之间')
    .optional(),
});
export const Overview = z.object({
  year: z.number(),
  years: z.array(z.number()),
  months: z.array(z.string()),
  series: z.array(
    z.object({
      key: z.string(),
      label: Label,
      metricKey: z.string().nullable(),
      byMonth: z.array(z.number()),
      total: z.number(),
    }),
  ),
  departments: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      values: z.record(z.string(), z.number()),
      open: z.number(),
      overdue: z.number(),
    }),
  ),
});

/** The leaders' overview (数据大屏, decision 0034): every panel of the screen in one answer. */
const Rating = z.enum(['red', 'amber', 'green']);
export const Screen = z.object({
  year: z.number(),
  years: z.array(z.number()),
  today: z.string(),
  /** When the server computed the answer (ISO instant): the screen's "updated at". */
  generatedAt: z.string(),
  headlines: z.array(
    z.object({
      metricKey: z.string(),
      label: Label,
      unit: z.enum(['count', 'rate', 'yuan']),
      value: z.number(),
      /** The same figure over the year before, for comparison. */
      lastYear: z.number(),
    }),
  ),
  trends: Overview.pick({ months: true, series: true }),
  departments: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      open: z.number(),
      overdue: z.number(),
      dueSoon: z.number(),
      /** Open and not overdue. */
      onTime: z.number(),
      rating: Rating,
    }),
  ),
  /** The red / amber / green rule, as data (the legend states it). */
  thresholds: z.object({
    red: z.object({ overdueAtLeast: z.number() }),
    amber: z.object({ dueSoonAtLeast: z.number() }),
  }),
  areas: z.object({
    /** `org_tree`: tiles of the org tree (no GeoJSON map is loaded). */
    source: z.enum(['org_tree']),
    /** The unit type the tiles are (streets; a district without streets shows its first-level units). */
    tileType: z.string(),
    tiles: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        /** Villages / communities under the street. */
        children: z.number(),
        open: z.number(),
        overdue: z.number(),
        rating: Rating,
        /** The area figures of the installed modules (评理说事点覆盖率 …), computed over the street's subtree. */
        figures: z.array(
          z.object({
            metricKey: z.string(),
            label: Label,
            unit: z.enum(['count', 'rate', 'yuan']),
            value: z.number(),
          }),
        ),
      }),
    ),
    /** Figures this panel will show when the module that computes them is installed (调解 …). */
    awaiting: z.array(z.object({ module: z.string(), label: Label })),
  }),
  dueThisWeek: z.object({
    from: z.string(),
    to: z.string(),
    count: z.number(),
    items: z.array(
      z.object({
        clockId: z.string(),
        clockKey: z.string(),
        title: z.string(),
        subjectType: z.string(),
        subjectId: z.string(),
        dueOn: z.string(),
        orgUnitId: z.string(),
        unitName: z.string().nullable(),
      }),
    ),
  }),
  /** The year's district annual report (stage, due date, page); null when no module declares `reportStatus`. */
  reportStatus: z
    .object({
      stage: z.string(),
      label: Label,
      dueOn: z.string().nullable(),
      link: z.string().nullable(),
    })
    .nullable(),
});

export type DueCountsOut = z.infer<typeof Counts>;
export type WorkbenchItemOut = z.infer<typeof Item>;
export type ItemsPageOut = z.infer<typeof ItemsPage>;
export type QueueSummaryOut = z.infer<typeof Queues>['queues'][number];
export type SupervisionRowOut = z.infer<typeof Supervision>['units'][number];
export type OverviewOut = z.infer<typeof Overview>;
export type OverviewSeriesOut = OverviewOut['series'][number];
export type OverviewDepartmentOut = OverviewOut['departments'][number];
export type ScreenOut = z.infer<typeof Screen>;
