import type { MatterKind, MatterOutcome } from '../../../common/contracts/legal-affairs/dictionaries.js';
import { MATTER_CATEGORIES, MATTER_OUTCOMES } from '../../../common/contracts/legal-affairs/dictionaries.js';
import { tx } from '../../../common/text/localized.js';
import { defineClock } from '../../platform/clocks/index.js';

/**
 * The rules of legal matters, as data (docs/decisions/0041-legal-affairs.md). No statute sets how fast a 法律顾问
 * answers a unit: the periods below are the district's own service levels (于洪区法律顾问团管理办法(试行), seed
 * 一(二)二), which legal-rules.md does not confirm — a district changes them here, in one place.
 */
export const MANAGEMENT_RULES = '《于洪区法律顾问团管理办法(试行)》';

/** Service levels in working days (the district's reading; decision 0041 §2). */
export const SERVICE_LEVELS = {
  /** The 司法局 assigns (or returns) a request within 3 WD of receiving it. */
  assignment: 3,
  /** An opinion on a decision, letter, petition or investment project: 5 WD from assignment. */
  legal_opinion: 5,
  /** A contract's legality review: 5 WD from assignment. */
  contract_review: 5,
  /**
   * A legality review of another module assigned to an adviser: 7 WD, the usual review time of 重大行政决策程序暂行条例
   * 第二十七条 ("一般不少于7个工作日"), so the adviser's opinion is in before the review office's own deadline.
   */
  legality_review: 7,
} as const;

/** Kinds that end with a written opinion: they cannot be concluded before one is issued. */
export const OPINION_KINDS: readonly MatterKind[] = ['legal_opinion', 'contract_review', 'legality_review'];

/** Kinds where the loss avoided counts in 通过诉讼减损经济损失 (seed 一(二)二: through litigation). */
export const LOSS_COUNTED_KINDS: readonly MatterKind[] = ['litigation'];

/** A contract review needs the contract's amount and counterparty (合同合法性审查). */
export const needsContractFacts = (kind: string) => kind === 'contract_review';

/** A lawsuit or arbitration records which side the government is on. */
export const needsPartyRole = (kind: string) => kind === 'litigation';

// 《于洪区法律顾问团管理办法(试行)》: the 司法局 assigns every request to the roster.
export const assignmentClock = defineClock({
  key: 'legal_affairs.assignment',
  label: tx('法律事务分派期限', 'Period to assign a legal matter'),
  length: { amount: SERVICE_LEVELS.assignment, unit: 'working_days' },
  basis: MANAGEMENT_RULES,
  startPhrase: tx('收到单位申请', 'receipt of the unit’s request'),
});

function opinionClock(kind: 'legal_opinion' | 'contract_review' | 'legality_review', zh: string, en: string) {
  return defineClock({
    key: `legal_affairs.${kind}`,
    label: tx(zh, en),
    length: { amount: SERVICE_LEVELS[kind], unit: 'working_days' },
    // 重大行政决策程序暂行条例 第二十七条 for the legality review's usual time; the district's rules for the rest.
    basis: kind === 'legality_review' ? '《重大行政决策程序暂行条例》第二十七条' : MANAGEMENT_RULES,
    startPhrase: tx('分派给法律顾问', 'assignment to the adviser'),
  });
}

export const legalOpinionClock = opinionClock(
  'legal_opinion',
  '法律意见出具期限',
  'Period for a legal opinion',
);
export const contractReviewClock = opinionClock(
  'contract_review',
  '合同审查期限',
  'Period for a contract review',
);
export const legalityReviewClock = opinionClock(
  'legality_review',
  '合法性审查意见期限',
  'Period for a legality review opinion',
);
export const OPINION_CLOCKS = [legalOpinionClock, contractReviewClock, legalityReviewClock] as const;
export const MATTER_CLOCKS = [assignmentClock, ...OPINION_CLOCKS] as const;

/** The opinion clock a matter of this kind runs once assigned, or none (a lawsuit follows the court's dates). */
export function opinionClockFor(kind: string) {
  return OPINION_CLOCKS.find((c) => c.key === `legal_affairs.${kind}`) ?? null;
}

/** Is the category one of the kind's (诉讼: 民事/行政/仲裁 …)? */
export function categoryFitsKind(kind: string, category: string): boolean {
  return MATTER_CATEGORIES.some((c) => c.code === category && c.kind === kind);
}

/** Is the outcome one a matter of this kind can have? */
export function outcomeFitsKind(kind: string, outcome: string): boolean {
  return MATTER_OUTCOMES.some((o) => o.code === outcome && (o.kinds as readonly string[]).includes(kind));
}

export type { MatterKind, MatterOutcome };
