import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Direction, Evidence, ScoringMethod } from '../../../common/contracts/assessment.js';
import { orgUnits } from '../../platform/org/index.js';

/**
 * One indicator of a version of the 市县法治政府建设示范指标体系 as the district scores it (一级 / 二级 / 三级,
 * level from the code's depth; decision 0051 §2). Loaded from data/indicators/*.yaml or the indicator ledger;
 * the version's own facts (name, years in force, declared counts) stay in the data file.
 */
export const assessmentIndicators = pgTable(
  'assessment_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The district's root unit: the tree is the district's. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    versionCode: text('version_code').notNull(),
    /** '4', '4.1', '4.1.1'. */
    code: text('code').notNull(),
    level: integer('level').notNull(),
    name: text('name').notNull(),
    /** false: our reading of an unpublished text (legal-rules §13.2), shown as such. */
    confirmed: boolean('confirmed').notNull().default(false),
    /** Points of a 三级 indicator (一级 / 二级 weigh the sum of their children). */
    weight: doublePrecision('weight').notNull().default(0),
    method: text('method').$type<ScoringMethod>(),
    metricKey: text('metric_key'),
    target: doublePrecision('target'),
    direction: text('direction').$type<Direction>(),
    perItem: doublePrecision('per_item'),
    /** The metric answers per unit (a department's own records): the indicator joins the ranking of units. */
    unitScope: boolean('unit_scope').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_indicators_key').on(t.districtId, t.versionCode, t.code)],
);

/** A 三级 indicator scored by hand for a year, with the evidence it rests on (typed links + note). */
export const assessmentHandScores = pgTable(
  'assessment_hand_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    versionCode: text('version_code').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    year: integer('year').notNull(),
    score: doublePrecision('score').notNull(),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull(),
    note: text('note').notNull(),
    scoredBy: uuid('scored_by'),
    scoredOn: date('scored_on').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessment_hand_scores_key').on(t.districtId, t.versionCode, t.indicatorCode, t.year),
    index('assessment_hand_scores_year_idx').on(t.districtId, t.year),
  ],
);
