import {
  OUTCOME_GROUPS,
  REQUEST_OUTCOMES,
  type RequestOutcome,
} from '../../../../common/contracts/disclosure/outcomes.js';

export type OutcomeDef = (typeof REQUEST_OUTCOMES)[number];

const byCode = new Map<string, OutcomeDef>(REQUEST_OUTCOMES.map((o) => [o.code, o]));
const byLabel = new Map<string, OutcomeDef>();
for (const o of REQUEST_OUTCOMES) {
  byLabel.set(o.label, o);
  byLabel.set(o.shortLabel, o);
  byLabel.set(o.code, o);
}

/** The outcome for a code, or undefined. */
export function outcomeByCode(code: string): OutcomeDef | undefined {
  return byCode.get(code);
}

/** Reads an outcome from a ledger cell: the code, the table 三 label verbatim, or the short label. */
export function outcomeFromLabel(text: string): OutcomeDef | undefined {
  return byLabel.get(text.trim());
}

/** Outcomes only the procedure's lapse / withdrawal transitions set, never a reply. */
export const PROCEDURAL_OUTCOMES: ReadonlySet<RequestOutcome> = new Set([
  'other_no_correction',
  'other_fee_unpaid',
]);

/** Is this a refusal to disclose (不予公开), for which 行政复议 comes first (复议前置, since 2024)? */
export function isDenial(code: string): boolean {
  return byCode.get(code)?.group === 'denied';
}

/** The group label ((一)…(六)) of an outcome. */
export function outcomeGroupOf(code: string): { code: string; label: string } | undefined {
  const group = byCode.get(code)?.group;
  return OUTCOME_GROUPS.find((g) => g.code === group);
}
