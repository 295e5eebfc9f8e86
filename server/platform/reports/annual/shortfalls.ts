/**
 * Drafting (pure, decision 0037): section 二 (不足和原因) from the indicators below their target or worse than last
 * year, each sentence citing its figure; section 四 (下一年度主要安排) from the modules' work-plan items. The
 * paragraphs are suggestions (`origin: 'suggested'`, no statement): the coordinator accepts, edits or drops them.
 */
import type { ReportIndicatorDef, PlanItem } from './define-indicator.js';
import type { DraftParagraph } from './draft.js';
import { type FigureValues, formatFigure } from './sentence.js';

export type ShortfallKind = 'worse' | 'below_target';

const isWorse = (better: 'higher' | 'lower', value: number, than: number) =>
  better === 'higher' ? value < than : value > than;

const hasBase = (values: FigureValues, base: string | undefined) =>
  !base || (values.get(base)?.value ?? 0) > 0;

/** Whether (and how) the indicator falls short this year; null when it does not or cannot be judged. */
export function judgeIndicator(
  indicator: ReportIndicatorDef,
  values: FigureValues,
  previous: FigureValues,
): ShortfallKind | null {
  const now = values.get(indicator.figure);
  if (!now || !hasBase(values, indicator.base)) return null;
  const last = previous.get(indicator.figure);
  // Last year counts only when it had something to judge (a 100% of nothing is no benchmark).
  const worse =
    last !== undefined &&
    hasBase(previous, indicator.base) &&
    isWorse(indicator.better, now.value, last.value);
  if (worse && indicator.sentences.worse) return 'worse';
  const below = indicator.target !== undefined && isWorse(indicator.better, now.value, indicator.target);
  return below && indicator.sentences.belowTarget ? 'below_target' : null;
}

/** The indicator's sentence for the shortfall, its `{target}` written as the figure is. */
function sentenceOf(indicator: ReportIndicatorDef, kind: ShortfallKind, values: FigureValues): string {
  const text = (kind === 'worse' ? indicator.sentences.worse : indicator.sentences.belowTarget) ?? '';
  const unit = values.get(indicator.figure)?.unit ?? 'count';
  return indicator.target === undefined
    ? text
    : text.replaceAll('{target}', formatFigure(indicator.target, undefined, unit));
}

/** The suggested paragraphs of a shortfalls section, one per indicator that falls short, in the indicators' order. */
export function draftShortfalls(
  indicators: readonly ReportIndicatorDef[],
  section: number,
  values: FigureValues,
  previous: FigureValues,
): DraftParagraph[] {
  return indicators.flatMap((indicator) => {
    const kind = judgeIndicator(indicator, values, previous);
    if (!kind) return [];
    return [
      {
        id: `suggested-${indicator.key}`,
        section,
        order: indicator.order,
        statement: null,
        text: sentenceOf(indicator, kind, values),
        origin: 'suggested' as const,
        suggestedBy: indicator.key,
      },
    ];
  });
}

/** The suggested paragraphs of a plans section, from the work-plan items of each source. */
export function draftPlans(
  sources: readonly { key: string; items: readonly PlanItem[] }[],
  section: number,
): DraftParagraph[] {
  return sources.flatMap(({ key, items }) =>
    items.map((item, i) => ({
      id: `suggested-${key}-${i + 1}`,
      section,
      order: item.order,
      statement: null,
      text: item.text,
      ...(item.lead ? { lead: item.lead } : {}),
      origin: 'suggested' as const,
      suggestedBy: key,
    })),
  );
}
