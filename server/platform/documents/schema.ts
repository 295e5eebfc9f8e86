import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/schema.js';

/**
 * The last 发文顺序号 issued per organ, document kind and year. A row, not a PostgreSQL sequence: the
 * increment is row-locked inside the document's own transaction, so a rolled-back document leaves no gap.
 */
export const documentNumberCounters = pgTable(
  'document_number_counters',
  {
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.kind, t.year] })],
);
