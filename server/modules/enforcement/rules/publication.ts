import {
  type DecisionOutcome,
  PENALTY_DECISION_OUTCOMES,
  type PartyType,
} from '../../../../common/contracts/enforcement/dictionaries.js';

/**
 * The outcomes that establish a violation: the penalties (处罚法 第九条) and 不予处罚 of an established but
 * minor or first violation (第三十三条). 违法事实不能成立, 移送 and the licensing and coercion outcomes do not.
 */
const ESTABLISHING_OUTCOMES: readonly string[] = [...PENALTY_DECISION_OUTCOMES, 'no_penalty'];

/**
 * The violation a final decision established, as the public reads it: the cause as opened (案由) without the
 * 涉嫌 of an investigation; null when the outcome establishes none. Basis: 国办发〔2018〕118号 (事后公开: 执法结论).
 */
export function establishedViolation(cause: string, outcome: DecisionOutcome | string | null): string | null {
  if (!outcome || !ESTABLISHING_OUTCOMES.includes(outcome)) return null;
  const violation = cause.trim().replace(/^涉嫌/, '').trim();
  return violation || null;
}

/** A 个体工商户's name this short, with no operator on record, is taken for a person's name (2–3 characters). */
const PERSON_NAME_MAX = 3;

/**
 * How a party appears on the portal. 法人 and 其他组织 by full name; a 个体工商户 by its trade name (字号), only the
 * operator's own name masked — the trade name names the business, not a person. A 个体工商户 without a trade
 * name (registered under the operator's name) and a 自然人 are people: 张*. Basis: 国办发〔2018〕118号 (执法对象);
 * 个人信息保护法 第二十八条、第五十一条 (a natural person's name is personal information). Decision 0028 §3.
 */
export function publicPartyName(
  party: { partyType: PartyType | string; partyName: string; partyOperatorName: string | null },
  maskPerson: (name: string) => string,
): string {
  if (party.partyType === 'legal_person' || party.partyType === 'other_org') return party.partyName;
  if (party.partyType === 'individual_business' && isTradeName(party)) return party.partyName;
  return maskPerson(party.partyName);
}

/** Is a 个体工商户's recorded name its trade name rather than the operator's own name? */
export function isTradeName(party: { partyName: string; partyOperatorName: string | null }): boolean {
  const name = party.partyName.replace(/\s+/g, '');
  if (party.partyOperatorName && name === party.partyOperatorName.replace(/\s+/g, '')) return false;
  return [...name].length > PERSON_NAME_MAX;
}
