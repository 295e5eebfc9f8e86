import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PowerItemContentOut } from '../../../common/contracts/powers.js';
import { orgUnits, users } from '../../platform/org/index.js';

/** The content a draft, a revision or a version snapshot holds (camelCase keys, as in the contract). */
export type PowerItemContentJson = PowerItemContentOut;

/**
 * One item of the power list (权责清单事项): its identity and current state. While published, the content
 * columns hold the in-force version (what the public sees); a revision in preparation lives in
 * `pending_revision` until it is published. See docs/decisions/0007-power-list.md.
 */
export const powerItems = pgTable(
  'power_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** 实施主体: the department exercising the power. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    subItemName: text('sub_item_name'),
    category: text('category').notNull(),
    legalBasis: text('legal_basis'),
    handlingUnit: text('handling_unit'),
    exerciseLevel: text('exercise_level'),
    process: text('process'),
    responsibility: text('responsibility'),
    accountability: text('accountability'),
    timeLimit: text('time_limit'),
    feeBasis: text('fee_basis'),
    supervisionPhone: text('supervision_phone'),
    remarks: text('remarks'),
    /** 'draft' | 'published' | 'repealed' | 'discarded' */
    status: text('status').notNull(),
    /** The in-force (or last) published version; 0 before the first publication. */
    currentVersion: integer('current_version').notNull().default(0),
    /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
    version: integer('version').notNull().default(1),
    hasPendingRevision: boolean('has_pending_revision').notNull().default(false),
    pendingRevision: jsonb('pending_revision').$type<PowerItemContentJson>(),
    publishedOn: date('published_on'),
    repealedOn: date('repealed_on'),
    changeReason: text('change_reason'),
    /**
     * The keyword search's index terms: the distinct characters and bigrams of the lower-cased code and
     * name, computed by the database on every write (migration 0007 defines the function).
     */
    searchGrams: text('search_grams')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`fazhi_search_grams(code, name)`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A dropped draft gives its code back.
    uniqueIndex('power_items_code_uq').on(t.districtId, t.code).where(sql`${t.status} <> 'discarded'`),
    index('power_items_org_idx').on(t.orgUnitId, t.category),
    index('power_items_status_idx').on(t.districtId, t.status, t.category),
    index('power_items_search_idx').using('gin', t.searchGrams),
  ],
);

/**
 * Every published version of an item, kept forever: what was in force, from when, until when.
 * Code, name, category and unit are copied out of the snapshot so the as-of-date figures need no jsonb.
 */
export const powerItemVersions = pgTable(
  'power_item_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => powerItems.id),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    version: integer('version').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    snapshot: jsonb('snapshot').$type<PowerItemContentJson & { code: string }>().notNull(),
    publishedOn: date('published_on').notNull(),
    supersededOn: date('superseded_on'),
    repealedOn: date('repealed_on'),
    /** 'in_force' | 'revised' | 'repealed' */
    status: text('status').notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('power_item_versions_uq').on(t.itemId, t.version),
    index('power_item_versions_asof_idx').on(t.districtId, t.publishedOn),
    index('power_item_versions_org_idx').on(t.orgUnitId, t.category),
  ],
);

export type PowerItemRow = typeof powerItems.$inferSelect;
export type PowerItemVersionRow = typeof powerItemVersions.$inferSelect;
