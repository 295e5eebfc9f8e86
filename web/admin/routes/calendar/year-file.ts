import { CORE_SCHEMA, load } from 'js-yaml';
import {
  type CalendarDay,
  type CalendarProblem,
  expandHolidayYear,
  type HolidayYearEntry,
  validateCalendarYear,
} from '../../../../common/calendar/index.js';

/** One year as `PUT /calendar/years/:year` takes it. */
export interface YearLoad {
  year: number;
  source: string;
  days: CalendarDay[];
}

export type YearFileResult = { ok: true; years: YearLoad[] } | { ok: false; problems: CalendarProblem[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fromNotice(entry: Obj, prefix: string): YearLoad | CalendarProblem[] {
  const year = Number(entry.year);
  if (!Number.isInteger(year)) return [{ path: `${prefix}year`, message: '缺少年份（year）' }];
  if (!Array.isArray(entry.holidays))
    return [{ path: `${prefix}holidays`, message: '缺少节假日列表（holidays）' }];
  const sources = Array.isArray(entry.sources) ? entry.sources.map(String) : [];
  const source = sources.join(' ') || String(entry.source ?? entry.notice ?? '');
  const { days, problems } = expandHolidayYear({ ...(entry as unknown as HolidayYearEntry), year, sources });
  if (problems.length) return problems.map((p) => ({ ...p, path: prefix + p.path }));
  return { year, source, days };
}

function fromDays(entry: Obj, prefix: string): YearLoad | CalendarProblem[] {
  const year = Number(entry.year);
  if (!Number.isInteger(year)) return [{ path: `${prefix}year`, message: '缺少年份（year）' }];
  const raw = entry.days as unknown[];
  const bad = raw.findIndex((d) => !isObj(d) || (d.kind !== 'off' && d.kind !== 'work'));
  if (bad >= 0)
    return [{ path: `${prefix}days.${bad}.kind`, message: '类型应为 off（放假）或 work（调休上班）' }];
  const days = (raw as Obj[]).map((d) => ({
    day: String(d.day),
    kind: d.kind as CalendarDay['kind'],
    holiday: d.holiday ? String(d.holiday) : null,
  }));
  const problems = validateCalendarYear(year, days);
  if (problems.length) return problems.map((p) => ({ ...p, path: prefix + p.path }));
  return { year, source: String(entry.source ?? ''), days };
}

function fromEntry(entry: unknown, prefix: string): YearLoad | CalendarProblem[] {
  if (!isObj(entry))
    return [{ path: prefix || '/', message: '应为一个年度的数据（year、holidays 或 days）' }];
  if (Array.isArray(entry.days)) return fromDays(entry, prefix);
  return fromNotice(entry, prefix);
}

/**
 * Reads a year file as the coordinator has it: a `holidays.yaml` (`years: [...]`), one year of it
 * (`year, sources, holidays: [{ name, off: [first, last], work }]`), or the API's `{ year, source, days }`;
 * YAML or JSON. Problems come back with their path so the form can list them all.
 */
export function parseYearFile(text: string): YearFileResult {
  let doc: unknown;
  try {
    doc = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: '/', message: `无法解析文件（YAML/JSON 格式有误）：${(e as Error).message}` }],
    };
  }
  const multi = isObj(doc) && Array.isArray(doc.years);
  const entries: unknown[] = multi ? (doc as { years: unknown[] }).years : [doc];
  const years: YearLoad[] = [];
  const problems: CalendarProblem[] = [];
  entries.forEach((entry, i) => {
    const result = fromEntry(entry, multi ? `years.${i}.` : '');
    if (Array.isArray(result)) problems.push(...result);
    else years.push(result);
  });
  return problems.length ? { ok: false, problems } : { ok: true, years };
}
