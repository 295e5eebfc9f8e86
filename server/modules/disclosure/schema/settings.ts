import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { FEE_METHOD_CODES } from '../../../../common/contracts/disclosure/dictionaries.js';
import { users } from '../../../platform/org/index.js';

/**
 * The district's disclosure settings, set by the coordinator: the fee method the organ chose (国办函〔2020〕109号
 * 第三条 — 按件 or 按量). No row: no district choice, the officer picks on each notice. Decision 0018 §7.
 */
export const disclosureSettings = pgTable(
  'disclosure_settings',
  {
    districtId: uuid('district_id').primaryKey(),
    /** 'per_application' (按件) or 'per_page' (按量): the default of every fee notice in the district. */
    feeMethod: text('fee_method').notNull(),
    /** Row version for optimistic concurrency (decision 0022): raised by one on every change. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check(
      'disclosure_settings_fee_method_ck',
      sql.raw(`fee_method IN (${FEE_METHOD_CODES.map((c) => `'${c}'`).join(', ')})`),
    ),
  ],
);

export type DisclosureSettingsRow = typeof disclosureSettings.$inferSelect;
