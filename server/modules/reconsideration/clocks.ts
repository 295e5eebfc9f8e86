import { tx } from '../../../common/text/localized.js';
import { type ClockDef, defineClock } from '../../platform/clocks/index.js';
import {
  type LawTextKey,
  RECONSIDERATION_LAW_TEXTS,
  type ReconsiderationLawText,
} from './rules/law-texts.js';

/**
 * The statutory clocks of a case, one per period and text of the law (rules/law-texts.ts), so a clock's basis
 * quotes the text the case runs under. Keys: `reconsideration.<period>` for 2023, `…_2017` for the old text.
 */
export type ClockKind =
  | 'acceptance_review'
  | 'correction_notice'
  | 'applicant_correction'
  | 'copy'
  | 'copy_simplified'
  | 'answer'
  | 'answer_simplified'
  | 'decision'
  | 'decision_simplified'
  | 'advice_report';

const LABELS: Record<ClockKind, ReturnType<typeof tx>> = {
  acceptance_review: tx('受理审查期限', 'Acceptance review'),
  correction_notice: tx('补正通知期限', 'Period to ask for a correction'),
  applicant_correction: tx('申请人补正期限', "Applicant's correction period"),
  copy: tx('发送申请书副本期限', 'Copy to the respondent'),
  copy_simplified: tx('发送申请书副本期限（简易程序）', 'Copy to the respondent (simplified)'),
  answer: tx('被申请人答复期限', "Respondent's answer"),
  answer_simplified: tx('被申请人答复期限（简易程序）', "Respondent's answer (simplified)"),
  decision: tx('行政复议决定期限', 'Decision period'),
  decision_simplified: tx('行政复议决定期限（简易程序）', 'Decision period (simplified)'),
  advice_report: tx('意见书整改报告期限', 'Report on the advice letter'),
};

const START: Record<ClockKind, ReturnType<typeof tx>> = {
  acceptance_review: tx('收到申请', 'receipt of the application'),
  correction_notice: tx('收到申请', 'receipt of the application'),
  applicant_correction: tx('收到补正通知', 'receipt of the correction notice'),
  copy: tx('受理', 'acceptance'),
  copy_simplified: tx('受理', 'acceptance'),
  answer: tx('被申请人收到申请书副本', 'the respondent received the copy'),
  answer_simplified: tx('被申请人收到申请书副本', 'the respondent received the copy'),
  decision: tx('受理', 'acceptance'),
  decision_simplified: tx('受理', 'acceptance'),
  advice_report: tx('收到意见书', 'receipt of the advice letter'),
};

function periodOf(text: ReconsiderationLawText, kind: ClockKind) {
  switch (kind) {
    case 'acceptance_review':
      return text.acceptanceReview;
    case 'correction_notice':
      return text.correctionNotice;
    case 'applicant_correction':
      return text.applicantCorrection;
    case 'copy':
      return text.copy.ordinary;
    case 'copy_simplified':
      return text.copy.simplified;
    case 'answer':
      return text.answer.ordinary;
    case 'answer_simplified':
      return text.answer.simplified;
    case 'decision':
      return text.decision.ordinary;
    case 'decision_simplified':
      return text.decision.simplified;
    case 'advice_report':
      return text.adviceReport;
  }
}

const basisOf = (text: ReconsiderationLawText, article: string) =>
  article.startsWith('《') ? article : `${text.law}${article}`;

function clockOf(text: ReconsiderationLawText, kind: ClockKind): ClockDef | null {
  const period = periodOf(text, kind);
  if (!period) return null;
  return defineClock({
    key: `reconsideration.${kind}${text.key === '2017' ? '_2017' : ''}`,
    label: LABELS[kind],
    length: { amount: period.amount, unit: period.unit },
    basis: basisOf(text, period.article),
    startPhrase: START[kind],
    ...(kind === 'decision'
      ? {
          extension: {
            amount: text.decision.extension.amount,
            unit: text.decision.extension.unit,
            times: 1,
            permission: 'reconsideration.approve_extension',
          },
        }
      : {}),
    // 中止 (第三十九条) and incidental review (第五十八条) stop the decision period; it resumes after.
    ...(kind.startsWith('decision') ? { pausable: true, resumeMode: 'remaining' as const } : {}),
    // The organ need not ask for a correction: the window closes unused (it is never overdue).
    ...(kind === 'correction_notice' ? { lapses: true } : {}),
  });
}

const KINDS = Object.keys(LABELS) as ClockKind[];

const BY_TEXT = new Map<LawTextKey, Map<ClockKind, ClockDef>>(
  RECONSIDERATION_LAW_TEXTS.map((t) => [
    t.key,
    new Map(
      KINDS.flatMap((k) => {
        const def = clockOf(t, k);
        return def ? [[k, def] as const] : [];
      }),
    ),
  ]),
);

/** The clock of this kind under this text (null where the text has no such period: 2017 simplified). */
export function clockFor(text: LawTextKey, kind: ClockKind): ClockDef | null {
  return BY_TEXT.get(text)!.get(kind) ?? null;
}

/** Every clock of the module (the manifest registers them). */
export const RECONSIDERATION_CLOCKS: readonly ClockDef[] = [...BY_TEXT.values()].flatMap((m) => [
  ...m.values(),
]);

/** Every clock of a kind, whatever the text (for stop / pause lists). */
export const clocksOfKind = (...kinds: ClockKind[]): ClockDef[] =>
  [...BY_TEXT.values()].flatMap((m) => kinds.flatMap((k) => (m.get(k) ? [m.get(k)!] : [])));
