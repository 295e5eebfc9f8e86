import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  ProactiveCategory,
  ProactiveStatus,
  PublicationChannel,
  Table2Kind,
} from '../../../../common/contracts/disclosure/proactive.js';
import { orgUnits, users } from '../../../platform/org/index.js';

/**
 * The proactive disclosure register (主动公开台账): one row per piece of government information a unit
 * published of its own accord. `due_on` and `is_late` are derived by the 20-working-day rule
 * (条例 第二十六条, service/proactive/rules.ts) when the row is written, so lists can filter late items.
 */
export const disclosureProactiveItems = pgTable(
  'disclosure_proactive_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 条例 第二十条 (一)–(十五) or a 第二十一条 extra (common/contracts/disclosure/proactive.ts). */
    category: text('category').$type<ProactiveCategory>().notNull(),
    /** The table 二 kind (规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制, 行政事业性收费), where one applies. */
    table2Kind: text('table2_kind').$type<Table2Kind>(),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    /** 信息形成或者变更之日: the day the 20 WD clock starts from. */
    formedOn: date('formed_on').notNull(),
    publishedOn: date('published_on').notNull(),
    dueOn: date('due_on').notNull(),
    isLate: boolean('is_late').notNull(),
    channels: text('channels').array().$type<PublicationChannel[]>().notNull(),
    url: text('url'),
    summary: text('summary'),
    isOnPortal: boolean('is_on_portal').notNull(),
    /** 'published' | 'withdrawn' */
    status: text('status').$type<ProactiveStatus>().notNull(),
    withdrawnOn: date('withdrawn_on'),
    withdrawalReason: text('withdrawal_reason'),
    /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('disclosure_proactive_items_period_idx').on(t.districtId, t.publishedOn),
    index('disclosure_proactive_items_org_idx').on(t.orgUnitId, t.publishedOn),
    index('disclosure_proactive_items_portal_idx')
      .on(t.districtId, t.category, t.publishedOn)
      .where(sql`${t.isOnPortal} AND ${t.status} = 'published'`),
  ],
);

/** 政府信息公开指南 per unit (条例 第二十二条): how and where the public obtains its information. */
export const disclosureGuides = pgTable(
  'disclosure_guides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    text: text('text').notNull(),
    contact: text('contact'),
    address: text('address'),
    officeHours: text('office_hours'),
    /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
    version: integer('version').notNull().default(1),
    updatedOn: date('updated_on').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('disclosure_guides_unit_uq').on(t.orgUnitId)],
);

export type ProactiveItemRow = typeof disclosureProactiveItems.$inferSelect;
export type DisclosureGuideRow = typeof disclosureGuides.$inferSelect;
