/**
 * Agreement between places that state the same figure (decision 0037): the 法治政府建设 report and the disclosure
 * report of the same year and unit (requests received, proactive items, fees when stated), and a table against
 * the same table of last year (表三 上年结转 = last year's 结转下年度). The pairs are declared by the modules
 * (`reportAgreements`); this file compares what each place states.
 */
import type { ReportCheck } from './define-statement.js';
import type { FigureSide, ReportAgreementDef } from './define-indicator.js';
import { statedValue } from './checks.js';
import type { DraftParagraph } from './draft.js';
import { type FigureValues, figureId, figureRefs } from './sentence.js';

const REPORT_NAMES = {
  rule_of_law_annual: '法治政府建设年度报告',
  disclosure_annual: '政府信息公开工作年度报告',
};

/** A side as a check message names it: "2020年政府信息公开工作年度报告表三 received:total". */
export function sideName(side: FigureSide, year: number): string {
  const y = year + (side.yearOffset ?? 0);
  return `${y}年${REPORT_NAMES[side.report]}${side.table ? `表${side.table} ` : ' '}${side.figure}`;
}

/** What a value resolver answers: the value the place states, or undefined when it states nothing there. */
export type SideValue = (side: FigureSide) => number | undefined;

/** One check per declared pair whose two places both state a value and disagree (pure). */
export function agreementChecks(
  agreements: readonly ReportAgreementDef[],
  year: number,
  stateOf: SideValue,
): ReportCheck[] {
  return agreements.flatMap((a) => {
    const [left, right] = a.sides.map(stateOf);
    if (left === undefined || right === undefined || left === right) return [];
    const [l, r] = a.sides.map((s) => sideName(s, year));
    return [
      {
        level: a.level ?? 'error',
        message: `${a.label}不一致：${l} 为 ${left}，${r} 为 ${right}`,
        keys: [...new Set(a.sides.filter((s) => !s.table).map((s) => s.figure.split(':')[0] as string))],
      },
    ];
  });
}

/**
 * The figures a draft states, by id: the live value of each placeholder, or the number typed in its place (an
 * override). Last-year references (`|previous`) are not this year's statements.
 */
export function statedFigures(
  paragraphs: readonly DraftParagraph[],
  values: FigureValues,
): Map<string, number> {
  const stated = new Map<string, number>();
  for (const p of paragraphs) {
    const ids = [
      ...figureRefs(p.text)
        .filter((r) => !r.previous)
        .map(figureId),
      ...(p.overrides ?? []).map((o) => o.figure),
    ];
    for (const id of ids) {
      const value = statedValue(p, id, values);
      if (value !== undefined && !stated.has(id)) stated.set(id, value);
    }
  }
  return stated;
}
