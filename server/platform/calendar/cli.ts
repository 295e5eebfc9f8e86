import { readFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import {
  computeDue,
  createWorkCalendar,
  DURATION_UNITS,
  type DurationUnit,
  isIsoDate,
} from '../../../common/calendar/index.js';
import type { CliRegistrar } from '../modules.js';
import { loadCalendar } from './calendar-store.js';
import { findCalendarYears } from './calendar-years.js';
import { parseHolidayYear, readBundledHolidays } from './holiday-file.js';
import { loadCalendarYearAsOperator } from './load-year.js';

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('应为 YYYY-MM-DD 格式的有效日期');
  return value;
}

function parseAmount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 3650) throw new InvalidArgumentError('应为 0 到 3650 之间的整数');
  return n;
}

function parseUnit(value: string): DurationUnit {
  if (!(DURATION_UNITS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`应为 ${DURATION_UNITS.join(' | ')}`);
  }
  return value as DurationUnit;
}

async function bundledCalendar() {
  const years = await readBundledHolidays();
  return createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
}

interface DueOptions {
  from: string;
  amount: number;
  unit: DurationUnit;
  json?: boolean;
  offline?: boolean;
}

/** `fazhi calendar due|load|years`: the same due dates as GET /api/v1/calendar/due, and loading a year. */
export const calendarCli: CliRegistrar = (program, { withDb }) => {
  const calendar = program.command('calendar').description('工作日历与期限计算 working-day calendar');
  calendar
    .command('due')
    .description('compute a due date: the start day is not counted, holidays per the loaded calendar')
    .requiredOption('--from <date>', 'start day YYYY-MM-DD (not counted)', parseDate)
    .requiredOption('--amount <n>', 'period length', parseAmount)
    .requiredOption('--unit <unit>', DURATION_UNITS.join(' | '), parseUnit)
    .option('--json', 'print JSON { dueOn, explanation, provisional }')
    .option('--offline', 'use the bundled data/calendar/holidays.yaml instead of the database')
    .action(async (opts: DueOptions) => {
      const cal = opts.offline ? await bundledCalendar() : await withDb((db) => loadCalendar(db));
      const due = computeDue(cal, { from: opts.from, amount: opts.amount, unit: opts.unit });
      console.log(
        opts.json
          ? JSON.stringify(due)
          : `${due.dueOn}${due.provisional ? '（暂定）' : ''}\n${due.explanation}`,
      );
    });
  calendar
    .command('load <file>')
    .description('load or replace one year (a holidays.yaml entry as .yaml or .json); recomputes open clocks')
    .action(async (file: string) => {
      const input = parseHolidayYear(await readFile(file, 'utf8'));
      const loaded = await withDb((db) => loadCalendarYearAsOperator(db, input));
      console.log(
        `已载入 ${loaded.year} 年节假日安排（${input.days.length} 天），重新计算期限 ${loaded.recomputedClocks} 个`,
      );
    });
  calendar
    .command('years')
    .description('list the loaded years')
    .action(async () => {
      const years = await withDb((db) => findCalendarYears(db));
      for (const y of years)
        console.log(`${y.year}\t放假 ${y.offDays} 天\t调休上班 ${y.workDays} 天\t${y.source}`);
    });
};
