import { z } from 'zod';
import { computeDue, validateCalendarYear } from '../../../common/calendar/index.js';
import { validationFailed } from '../errors.js';
import { requireLogin, requirePermission } from '../http/guards.js';
import type { RoutePlugin } from '../http/types.js';
import { loadCalendar } from './calendar-store.js';
import { findCalendarYears, getCalendarYear } from './calendar-years.js';
import { loadCalendarYear } from './load-year.js';

const IsoDate = z.iso.date({ error: '应为 YYYY-MM-DD 格式的有效日期' });
const Unit = z.enum(['working_days', 'calendar_days', 'months'], {
  error: '应为 working_days（工作日）、calendar_days（自然日）或 months（月）',
});

export const DueQuery = z.object({
  from: IsoDate,
  amount: z.coerce
    .number({ error: '应为整数' })
    .int('应为整数')
    .min(0, '不能小于 0')
    .max(3650, '不能大于 3650'),
  unit: Unit,
});
const DueResponse = z.object({ dueOn: z.string(), explanation: z.string(), provisional: z.boolean() });

const YearParams = z.object({
  year: z.coerce.number({ error: '应为年份' }).int('应为年份').min(2000).max(2100),
});
const DayRow = z.object({
  day: IsoDate,
  kind: z.enum(['off', 'work'], { error: '应为 off（放假）或 work（调休上班）' }),
});
export const CalendarYearBody = z.object({
  source: z.string().trim().min(1, '请填写来源（通知网址或文号）').max(500),
  days: z.array(DayRow.extend({ holiday: z.string().trim().max(50).nullish() })).max(366),
});

const YearsResponse = z.object({
  years: z.array(
    z.object({
      year: z.number(),
      source: z.string(),
      loadedAt: z.string(),
      offDays: z.number(),
      workDays: z.number(),
    }),
  ),
});
const YearResponse = z.object({
  year: z.number(),
  source: z.string(),
  /** Sent back in If-Match to correct the year (decision 0022). */
  version: z.number().int(),
  days: z.array(DayRow.extend({ day: z.string(), holiday: z.string().nullable() })),
});

/** The working-day calendar: the public due-date calculator, and the coordinator's yearly notice upload. */
export const calendarRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/calendar/due',
    {
      config: { public: true },
      schema: {
        tags: ['calendar'],
        summary: '计算期限届满日（公开，无需登录）',
        querystring: DueQuery,
        response: { 200: DueResponse },
      },
    },
    async (request) => computeDue(await loadCalendar(request.ctx.db), request.query),
  );
  app.get(
    '/api/v1/calendar/years',
    {
      preHandler: requireLogin,
      schema: { tags: ['calendar'], summary: '已载入的节假日年份', response: { 200: YearsResponse } },
    },
    async (request) => ({ years: await findCalendarYears(request.ctx.db) }),
  );
  app.get(
    '/api/v1/calendar/years/:year',
    {
      preHandler: requireLogin,
      schema: {
        tags: ['calendar'],
        summary: '某年的放假与调休上班日',
        params: YearParams,
        response: { 200: YearResponse },
      },
    },
    async (request) => getCalendarYear(request.ctx.db, request.params.year),
  );
  app.put(
    '/api/v1/calendar/years/:year',
    {
      preHandler: requirePermission('calendar.load'),
      schema: {
        tags: ['calendar'],
        summary: '载入或更正某年的节假日安排',
        params: YearParams,
        body: CalendarYearBody,
      },
    },
    async (request) => {
      const { year } = request.params;
      const days = request.body.days.map((d) => ({ ...d, holiday: d.holiday ?? null }));
      const problems = validateCalendarYear(year, days);
      if (problems.length) throw validationFailed(problems.map((p) => ({ ...p, path: `body.${p.path}` })));
      return loadCalendarYear(request.ctx, { year, source: request.body.source, days });
    },
  );
};
