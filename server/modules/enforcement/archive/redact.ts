import { maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import type { EnforcementCaseRow } from '../cases/schema.js';

const ORGANISATIONS = new Set(['legal_person', 'other_org']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks the party's personal identifiers wherever they appear in the archive's text (case sheet, step
 * inputs, audit snapshots): a person's ID number always, the phone for those who do not handle cases.
 * An organisation's credit code is public and stays. Decision 0009 §5.
 */
export function partyRedactor(row: EnforcementCaseRow, showContact: boolean): (text: string) => string {
  const pairs: [string, string][] = [];
  const id = row.partyIdNumber?.trim();
  if (id && !ORGANISATIONS.has(row.partyType)) pairs.push([id, maskIdNumber(id) ?? '']);
  const phone = row.partyPhone?.trim();
  if (phone && !showContact) pairs.push([phone, maskPhone(phone) ?? '']);
  const patterns = pairs
    .filter(([raw]) => raw.length >= 4)
    .map(([raw, masked]) => [new RegExp(escapeRegExp(raw), 'g'), masked] as const);
  return (text) => patterns.reduce((out, [re, masked]) => out.replace(re, masked), text);
}
