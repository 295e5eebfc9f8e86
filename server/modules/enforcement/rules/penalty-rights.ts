import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';
import {
  type DecisionOutcome,
  PENALTY_KINDS,
  type PartyType,
  type PenaltyKind,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import type { AmountThresholds } from './discretion.js';

/**
 * The party's rights before a penalty, as data (decision 0014): which penalties carry a right to a hearing
 * under the text in force on the day of the notice, the 陈述、申辩 window, and what makes a decision heavier
 * than the notice.
 */

/** What a notice intends, or a decision imposes: the kinds, and the fine and confiscation apart. */
export interface PenaltyTerms {
  kinds: readonly PenaltyKind[];
  fineAmount: number;
  confiscationAmount: number;
}

type AmountKind = 'fine' | 'confiscation';

interface HearingRightText {
  law: string;
  inForceFrom: IsoDate;
  /** Kinds that carry the right whatever the amount. */
  byKind: readonly { kinds: readonly PenaltyKind[]; article: string }[];
  /** Kinds that carry it from the 较大数额 set in the enforcement settings, each amount on its own. */
  byAmount: readonly { kind: AmountKind; article: string }[];
}

export const HEARING_RIGHT_TEXTS: readonly HearingRightText[] = [
  {
    law: '《行政处罚法》（2021年修订）',
    inForceFrom: '2021-07-15',
    byKind: [
      // Basis: 行政处罚法 (2021) 第六十三条第一款第（三）项 — 降低资质等级、吊销许可证件.
      { kinds: ['qualification_downgrade', 'licence_revocation'], article: '第六十三条第一款第（三）项' },
      // Basis: 行政处罚法 (2021) 第六十三条第一款第（四）项 — 责令停产停业、责令关闭、限制从业.
      {
        kinds: ['production_suspension', 'closure', 'practice_restriction'],
        article: '第六十三条第一款第（四）项',
      },
    ],
    byAmount: [
      // Basis: 行政处罚法 (2021) 第六十三条第一款第（一）项 — 较大数额罚款.
      { kind: 'fine', article: '第六十三条第一款第（一）项' },
      // Basis: 行政处罚法 (2021) 第六十三条第一款第（二）项 — 没收较大数额违法所得、没收较大价值非法财物.
      { kind: 'confiscation', article: '第六十三条第一款第（二）项' },
    ],
  },
  {
    law: '《行政处罚法》（2017年修正）',
    inForceFrom: '1996-10-01',
    // Basis: 行政处罚法 (2017) 第四十二条第一款 — 责令停产停业、吊销许可证或者执照、较大数额罚款.
    byKind: [{ kinds: ['production_suspension', 'licence_revocation'], article: '第四十二条第一款' }],
    byAmount: [{ kind: 'fine', article: '第四十二条第一款' }],
  },
];

/** The text on hearings in force on `on` (the day of the notice). */
export function hearingRightTextOn(on: IsoDate): HearingRightText {
  const found = HEARING_RIGHT_TEXTS.find((t) => on >= t.inForceFrom);
  if (!found) throw new Error(`No 行政处罚法 text in force on ${on}`);
  return found;
}

export const penaltyKindLabel = (kind: PenaltyKind) => PENALTY_KINDS.find((k) => k.code === kind)!.label;

/** The 较大数额 for this party (enforcement settings; the same floor for a fine and a confiscation). */
export const largeAmountFloor = (t: AmountThresholds, partyType: PartyType) =>
  partyType === 'natural_person' ? t.hearingAmountPerson : t.hearingAmountOrganisation;

/**
 * Why these terms carry a right to a hearing under the text in force on `on`: one sentence per ground
 * (a kind listed by the law, or a fine / confiscation at or above the 较大数额 — never the two summed).
 * Empty: no right to a hearing.
 */
export function hearingRightGrounds(
  on: IsoDate,
  terms: PenaltyTerms,
  thresholds: AmountThresholds,
  partyType: PartyType,
): string[] {
  const text = hearingRightTextOn(on);
  const grounds: string[] = [];
  for (const rule of text.byKind) {
    for (const kind of terms.kinds.filter((k) => rule.kinds.includes(k)))
      grounds.push(`“${penaltyKindLabel(kind)}”（${text.law}${rule.article}）`);
  }
  const floor = largeAmountFloor(thresholds, partyType);
  const amounts: Record<AmountKind, number> = {
    fine: terms.fineAmount,
    confiscation: terms.confiscationAmount,
  };
  for (const rule of text.byAmount) {
    if (amounts[rule.kind] >= floor && amounts[rule.kind] > 0)
      grounds.push(
        `${penaltyKindLabel(rule.kind)} ${amounts[rule.kind]} 元达到较大数额 ${floor} 元（${text.law}${rule.article}）`,
      );
  }
  return grounds;
}

/**
 * How a decision is heavier than what the notice announced: a kind not notified, a larger fine or a larger
 * confiscation. Empty: not heavier. Basis: 行政处罚法 (2021) 第四十四条、第四十五条第二款 (2017 第三十一条、第三十二条第二款).
 */
export function heavierThanNotified(notice: PenaltyTerms, decision: PenaltyTerms): string[] {
  const reasons = decision.kinds
    .filter((k) => !notice.kinds.includes(k))
    .map((k) => `“${penaltyKindLabel(k)}”未经告知`);
  if (decision.fineAmount > notice.fineAmount)
    reasons.push(`罚款 ${decision.fineAmount} 元高于告知的 ${notice.fineAmount} 元`);
  if (decision.confiscationAmount > notice.confiscationAmount)
    reasons.push(`没收 ${decision.confiscationAmount} 元高于告知的 ${notice.confiscationAmount} 元`);
  return reasons;
}

/**
 * The terms of a decision: the kinds the officer named, the kind a single-kind outcome implies, and a fine or
 * confiscation wherever an amount is given. A non-penalty outcome (不予处罚, 移送) imposes nothing.
 */
export function decisionTerms(d: {
  outcome: DecisionOutcome;
  penaltyKinds?: readonly PenaltyKind[] | null;
  fineAmount?: number | null;
  confiscationAmount?: number | null;
}): PenaltyTerms {
  const kinds = new Set<PenaltyKind>(d.penaltyKinds ?? []);
  const ofOutcome = PENALTY_KINDS.filter((k) => k.outcome === d.outcome);
  if (ofOutcome.length === 1) kinds.add(ofOutcome[0]!.code);
  if ((d.fineAmount ?? 0) > 0) kinds.add('fine');
  if ((d.confiscationAmount ?? 0) > 0) kinds.add('confiscation');
  return { kinds: [...kinds], fineAmount: d.fineAmount ?? 0, confiscationAmount: d.confiscationAmount ?? 0 };
}

/**
 * The last day the party may state and defend (陈述、申辩): `workingDays` after the notice was served.
 * Basis: 行政处罚法 (2021) 第四十四条、第四十五条、第六十二条 / (2017) 第三十一条、第三十二条、第四十一条; the length is a
 * practice default (市场监管 5 个工作日), set by the coordinator in the enforcement settings.
 */
export function statementEndsOn(cal: WorkCalendar, servedOn: IsoDate, workingDays: number): IsoDate {
  return addWorkingDays(cal, servedOn, workingDays);
}

/** The kinds a ledger cell names (labels or codes, 分号-separated); names that are no kind are returned for the error. */
export function parseKindsText(text: string | null): { kinds: PenaltyKind[]; unknown: string[] } {
  const names = (text ?? '')
    .split(/[；;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const kinds: PenaltyKind[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const kind = PENALTY_KINDS.find((k) => k.label === name || k.code === name);
    if (kind) kinds.push(kind.code);
    else unknown.push(name);
  }
  return { kinds, unknown };
}
