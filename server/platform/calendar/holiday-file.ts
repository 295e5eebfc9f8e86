import { readFile } from 'node:fs/promises';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import {
  type CalendarDay,
  type CalendarProblem,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../common/calendar/index.js';
import { projectPath } from '../paths.js';

/** The bundled State Council notices (2020–2026), legal-rules.md §14.2. */
export const HOLIDAYS_FILE = projectPath('data/calendar/holidays.yaml');

const IsoDate = z.iso.date({ error: '应为 YYYY-MM-DD 格式的日期' });

export const HolidayYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  notice: z.string().optional(),
  sources: z.array(z.string().min(1)).min(1, '至少应有一个来源（通知网址）'),
  holidays: z.array(
    z.object({
      name: z.string().min(1),
      off: z.tuple([IsoDate, IsoDate]),
      work: z.array(IsoDate).optional(),
    }),
  ),
});

const HolidayFileSchema = z.object({ years: z.array(HolidayYearSchema).min(1) });

/** A year ready to load: the notice's exception days, expanded and checked. */
export interface CalendarYearInput {
  year: number;
  source: string;
  days: CalendarDay[];
}

export class CalendarFileError extends Error {
  constructor(readonly problems: CalendarProblem[]) {
    super(`节假日数据有误：${problems.map((p) => `${p.path} ${p.message}`).join('；')}`);
    this.name = 'CalendarFileError';
  }
}

function toYearInput(entry: HolidayYearEntry, prefix: string): CalendarYearInput {
  const { days, problems } = expandHolidayYear(entry);
  if (problems.length) {
    throw new CalendarFileError(problems.map((p) => ({ ...p, path: `${prefix}${p.path}` })));
  }
  return { year: entry.year, source: entry.sources.join(' '), days };
}

function zodProblems(error: z.ZodError, prefix = ''): CalendarProblem[] {
  return error.issues.map((i) => ({ path: prefix + i.path.join('.'), message: i.message }));
}

/** Parses holidays.yaml text (all years), validating shape, dates, ranges, duplicates and 调休 days. */
export function parseHolidayFile(text: string): CalendarYearInput[] {
  const parsed = HolidayFileSchema.safeParse(load(text, { schema: CORE_SCHEMA }));
  if (!parsed.success) throw new CalendarFileError(zodProblems(parsed.error));
  const years = parsed.data.years.map((entry, i) => toYearInput(entry, `years.${i}.`));
  const seen = new Set<number>();
  for (const y of years) {
    if (seen.has(y.year)) throw new CalendarFileError([{ path: 'years', message: `${y.year} 年重复出现` }]);
    seen.add(y.year);
  }
  return years;
}

/** Parses one year file (`fazhi calendar load`): a holidays.yaml entry, in YAML or JSON. */
export function parseHolidayYear(text: string): CalendarYearInput {
  const parsed = HolidayYearSchema.safeParse(load(text, { schema: CORE_SCHEMA }));
  if (!parsed.success) throw new CalendarFileError(zodProblems(parsed.error));
  return toYearInput(parsed.data, '');
}

export async function readBundledHolidays(): Promise<CalendarYearInput[]> {
  return parseHolidayFile(await readFile(HOLIDAYS_FILE, 'utf8'));
}
