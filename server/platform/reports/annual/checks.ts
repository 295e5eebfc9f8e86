/**
 * The consistency checks a report's own sentences carry (pure): claims against the records ("现已全部办结" with
 * none open), parts adding up to their total, figures typed by hand against their live value, and figures whose
 * module is not installed. The engine adds the tables' 勾稽 findings; cross-report checks build on these.
 */
import type { ReportCheck, ReportStatementDef } from './define-statement.js';
import type { DraftParagraph } from './draft.js';
import { type FigureValues, fillFigures, figureRefs, formatFigure, parseFigureId } from './sentence.js';

const figureValue = (values: FigureValues, id: string) => values.get(id)?.value;

/** A claim the paragraph still makes that the records do not bear out. */
function claimChecks(
  paragraph: DraftParagraph,
  statement: ReportStatementDef,
  values: FigureValues,
): ReportCheck[] {
  return (statement.claims ?? []).flatMap((claim) => {
    if (!paragraph.text.includes(claim.words)) return [];
    const actual = figureValue(values, claim.figure);
    const expected =
      typeof claim.equals === 'number' ? claim.equals : figureValue(values, claim.equals.figure);
    if (actual === undefined || expected === undefined || actual === expected) return [];
    const keys = [claim.figure, ...(typeof claim.equals === 'number' ? [] : [claim.equals.figure])];
    return [
      {
        level: 'error' as const,
        message: `报告称“${claim.words}”，但记录显示 ${claim.figure} 为 ${actual}（应为 ${expected}）`,
        keys: keys.map((k) => parseFigureId(k).key),
      },
    ];
  });
}

/** The stated value of a figure: its live value, or what the coordinator typed in its place. */
export function statedValue(paragraph: DraftParagraph, id: string, values: FigureValues): number | undefined {
  const typed = paragraph.overrides?.find((o) => o.figure === id);
  if (!typed) return figureValue(values, id);
  const n = Number(typed.text.replace(/[^\d.]/g, ''));
  return Number.isFinite(n) && typed.text.trim() !== '' ? n : undefined;
}

/** Parts stated together must add up to their total (35 + 2 + 6 = 43), typed values included. */
function sumChecks(
  paragraph: DraftParagraph,
  statement: ReportStatementDef,
  values: FigureValues,
): ReportCheck[] {
  return (statement.sums ?? []).flatMap((sum) => {
    const total = statedValue(paragraph, sum.total, values);
    const parts = sum.parts.map((p) => statedValue(paragraph, p, values));
    if (total === undefined || parts.some((p) => p === undefined)) return [];
    const added = (parts as number[]).reduce((a, b) => a + b, 0);
    if (added === total) return [];
    return [
      {
        level: 'error' as const,
        message: `分项之和 ${parts.join(' + ')} = ${added}，与总数 ${total} 不符`,
        keys: [...new Set([sum.total, ...sum.parts].map((id) => parseFigureId(id).key))],
      },
    ];
  });
}

/** A figure typed by hand is flagged with its metric's value (a warning when they differ, a note when not). */
function overrideChecks(paragraph: DraftParagraph, values: FigureValues): ReportCheck[] {
  return (paragraph.overrides ?? []).map((o) => {
    const live = values.get(o.figure);
    const liveText = live ? formatFigure(live.value, undefined, live.unit) : '（无此指标）';
    const differs = !live || statedValue(paragraph, o.figure, values) !== live.value;
    return {
      level: differs ? ('warning' as const) : ('info' as const),
      message: `${o.figure} 已手工改写为“${o.text}”（理由：${o.reason}），记录计算值为 ${liveText}`,
      keys: [parseFigureId(o.figure).key],
    };
  });
}

/** Checks of one paragraph against the live figures. */
export function paragraphChecks(
  paragraph: DraftParagraph,
  statement: ReportStatementDef | undefined,
  values: FigureValues,
): ReportCheck[] {
  return [
    ...(statement ? claimChecks(paragraph, statement, values) : []),
    ...(statement ? sumChecks(paragraph, statement, values) : []),
    ...overrideChecks(paragraph, values),
  ];
}

/** Figures a sentence names that no installed module computes: the sentence cannot state them. */
export function unknownFigureChecks(unknown: string[]): ReportCheck[] {
  return unknown.map((id) => ({
    level: 'warning' as const,
    message: `指标 ${id} 未安装或不存在，句中保留占位符`,
    keys: [parseFigureId(id).key],
  }));
}

/** Whether a paragraph's text, filled, still holds a placeholder (a figure nobody computes). */
export const hasUnfilledFigures = (text: string, values: FigureValues) =>
  figureRefs(fillFigures(text, values)).length > 0;
