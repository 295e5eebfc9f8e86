import { boolean, date, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from '../../platform/org/index.js';

/** One 评理说事点 per village or community: the register of docs/adding-a-module.md. */
export const examplePoints = pgTable('example_points', {
  id: uuid('id').primaryKey().defaultRandom(),
  districtId: uuid('district_id').notNull(),
  orgUnitId: uuid('org_unit_id')
    .notNull()
    .unique()
    .references(() => orgUnits.id),
  establishedOn: date('established_on').notNull(),
  hasSign: boolean('has_sign').notNull(),
  hasNoticeBoard: boolean('has_notice_board').notNull(),
  hasWechatGroup: boolean('has_wechat_group').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What the migration would create (the example lives in the tests, so the test creates it). */
export const CREATE_EXAMPLE_POINTS = `
  CREATE TABLE example_points (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    district_id uuid NOT NULL,
    org_unit_id uuid NOT NULL UNIQUE REFERENCES org_units(id),
    established_on date NOT NULL,
    has_sign boolean NOT NULL,
    has_notice_board boolean NOT NULL,
    has_wechat_group boolean NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`;
