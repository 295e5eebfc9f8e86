import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { maskPublicText } from '../../../../../common/privacy/public-text.js';
import type { Executor } from '../../../../platform/db/index.js';
import { enforcementCases as c } from '../../cases/schema.js';
import {
  isNamedPublicly,
  type PublishedDecisionRecord,
  selectPublished,
  withOfficerNames,
} from './published-records.js';

/**
 * The free texts of a published decision as the public reads them: ID numbers and phones hidden by pattern,
 * the address hidden, the party (unless an organisation or a business's trade name) shown as 张*, a 个体工商户's operator always as
 * 张*, the officers never named. Made once and stored: the portal shows and searches only these (issue #11).
 */
export function publicTextsOf(r: PublishedDecisionRecord) {
  const row = r.row;
  const person = !isNamedPublicly(row);
  const people = {
    names: [...(person ? [row.partyName] : []), ...(row.partyOperatorName ? [row.partyOperatorName] : [])],
    unnamed: r.officerNames,
    values: row.partyAddress ? [[row.partyAddress, '（地址已隐去）'] as const] : [],
  };
  return {
    publicCause: maskPublicText(row.cause, people) ?? '',
    publicFacts: person ? null : maskPublicText(row.facts, people),
    publicDecisionText: maskPublicText(row.decisionText, people),
  };
}

/** Stores the public texts of the published decisions matching `where` that have none yet. */
export async function refreshPublicTexts(db: Executor, where: SQL): Promise<number> {
  const rows = await selectPublished(db).where(
    and(where, eq(c.publicationState, 'published'), isNull(c.publicCause)),
  );
  const records = await withOfficerNames(db, rows);
  for (const r of records) await db.update(c).set(publicTextsOf(r)).where(eq(c.id, r.row.id));
  return records.length;
}
