import { sql } from 'drizzle-orm';
import { check, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnits, users } from '../../org/schema.js';

/**
 * Figures a report needs that Fazhi does not keep records for yet (规章 and 规范性文件 counts, 行政许可 decisions
 * from the 政务服务 platform, 行政事业性收费 amounts, table 四), imported per unit and year with where they came
 * from (decision 0033). One row per unit, year and figure key; a corrected import changes the row, audited.
 */
export const reportedFigures = pgTable(
  'reported_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => orgUnits.id),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** A declared figure key, e.g. `disclosure.table2.licensing_decisions`. */
    figureKey: text('figure_key').notNull(),
    /** Counts are whole numbers; amounts (万元) may carry decimals. */
    value: numeric('value', { precision: 18, scale: 4 }).notNull(),
    /** 来源: where the figure was taken from, e.g. "省政务服务平台导出 2021-01-05". */
    source: text('source').notNull(),
    note: text('note'),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reported_figures_unit_year_key_uq').on(t.orgUnitId, t.year, t.figureKey),
    check('reported_figures_year_ck', sql`${t.year} BETWEEN 2000 AND 2100`),
    check('reported_figures_source_ck', sql`length(trim(${t.source})) > 0`),
  ],
);

export type ReportedFigureRow = typeof reportedFigures.$inferSelect;
