import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  INSPECTION_FREQUENCY_CODES,
  INSPECTION_RESULT_CODES,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { orgUnits, users } from '../../../platform/org/index.js';
import { powerItems } from '../../powers/schema.js';
import { inList } from '../shared/sql-lists.js';

/** A body's annual inspection plan (行政检查计划, 于洪区行政检查计划管理办法): filed once a year. */
export const enforcementInspectionPlans = pgTable(
  'enforcement_inspection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** Null while the plan is a draft. */
    filedOn: date('filed_on'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('enforcement_inspection_plans_uq').on(t.orgUnitId, t.year)],
);

/** One line of a plan: a 行政检查 power-list item, how often, which targets, how many inspections. */
export const enforcementInspectionPlanItems = pgTable(
  'enforcement_inspection_plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => enforcementInspectionPlans.id, { onDelete: 'cascade' }),
    powerItemId: uuid('power_item_id')
      .notNull()
      .references(() => powerItems.id),
    frequency: text('frequency').notNull(),
    targets: text('targets').notNull(),
    plannedCount: integer('planned_count').notNull(),
  },
  (t) => [
    index('enforcement_inspection_plan_items_plan_idx').on(t.planId),
    check('enforcement_inspection_plan_items_frequency_ck', inList('frequency', INSPECTION_FREQUENCY_CODES)),
    check('enforcement_inspection_plan_items_count_ck', sql`${t.plannedCount} >= 1`),
  ],
);

/** One inspection carried out; without a plan item it is flagged as unplanned. */
export const enforcementInspections = pgTable(
  'enforcement_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    planItemId: uuid('plan_item_id').references(() => enforcementInspectionPlanItems.id),
    powerItemId: uuid('power_item_id')
      .notNull()
      .references(() => powerItems.id),
    inspectedOn: date('inspected_on').notNull(),
    targetName: text('target_name').notNull(),
    officerIds: uuid('officer_ids').array().notNull(),
    result: text('result').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enforcement_inspections_org_idx').on(t.orgUnitId, t.inspectedOn),
    index('enforcement_inspections_plan_item_idx').on(t.planItemId),
    check('enforcement_inspections_result_ck', inList('result', INSPECTION_RESULT_CODES)),
  ],
);

export type InspectionPlanRow = typeof enforcementInspectionPlans.$inferSelect;
export type InspectionPlanItemRow = typeof enforcementInspectionPlanItems.$inferSelect;
export type InspectionRow = typeof enforcementInspections.$inferSelect;
