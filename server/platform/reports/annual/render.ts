/**
 * Lays a draft out as the report (pure): the template's sections and areas, each paragraph numbered as the
 * seed numbers them (一是, 二是 …), its figures filled with their live values and listed with their key,
 * period and drill-down.
 */
import type {
  AnnualReport,
  ReportFigure,
  ReportParagraph,
  ReportSection,
} from '../../../../common/contracts/reports/annual.js';
import type { Period } from '../define-metric.js';
import type { DraftParagraph } from './draft.js';
import { type FigureValues, fillFigures, figureRefs } from './sentence.js';
import { changeOf } from './year-over-year.js';
import { fillWords, type TemplateSection, type TemplateVersion, type TitleWords } from './template.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二 (headings and 一是 … go no further than a report's few dozen points). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}

export interface RenderInput {
  template: TemplateVersion;
  words: TitleWords;
  period: Period;
  paragraphs: DraftParagraph[];
  values: FigureValues;
  previous: FigureValues;
}

function figuresOf(text: string, input: RenderInput): ReportFigure[] {
  const { from, to } = input.period;
  return figureRefs(text).flatMap((ref) => {
    const id = ref.cell ? `${ref.key}:${ref.cell}` : ref.key;
    const live = input.values.get(id);
    // `{…|previous}` is the same figure's last-year value: listed once, with the current one.
    if (!live || ref.previous) return [];
    const previous = input.previous.get(id)?.value ?? null;
    const change = changeOf(live.value, previous);
    const query = new URLSearchParams({ from, to, ...(ref.cell ? { cell: ref.cell } : {}) });
    return [
      {
        key: ref.key,
        ...(ref.cell ? { cell: ref.cell } : {}),
        value: live.value,
        previous,
        ...(change ? { change } : {}),
        from,
        to,
        href: `/api/v1/metrics/${ref.key}/records?${query}`,
      },
    ];
  });
}

/** One draft paragraph as printed: "三是全面推进政务公开。全年主动公开信息5604条……". */
export function paragraphOf(p: DraftParagraph, ordinal: number | null, input: RenderInput): ReportParagraph {
  const number = ordinal === null ? '' : `${chineseNumeral(ordinal)}是`;
  const lead = p.lead ? `${p.lead}。` : '';
  const raw = `${number}${lead}${p.text}`;
  return {
    kind: 'paragraph',
    id: p.id,
    text: fillFigures(raw, input.values, input.previous),
    figures: figuresOf(p.text, input),
    statement: p.statement,
    ...(p.contributedBy ? { contributedBy: p.contributedBy } : {}),
  };
}

const byOrder = (a: DraftParagraph, b: DraftParagraph) => a.order - b.order || a.id.localeCompare(b.id);

function sectionOf(section: TemplateSection, input: RenderInput): ReportSection {
  const own = input.paragraphs.filter((p) => p.section === section.no).sort(byOrder);
  const numbered = (list: DraftParagraph[], isNumbered: boolean) =>
    list.map((p, i) => paragraphOf(p, isNumbered ? i + 1 : null, input));
  const paragraphs: ReportParagraph[] = section.areas
    ? section.areas
        .map((area) => ({ area, inArea: own.filter((p) => p.area === area.key) }))
        .filter(({ inArea }) => inArea.length > 0)
        .flatMap(({ area, inArea }, i) => [
          // Areas with nothing to say are left out and the rest numbered on: (一), (二) … as printed.
          { kind: 'heading' as const, text: `（${chineseNumeral(i + 1)}）${area.title}`, figures: [] },
          ...numbered(inArea, true),
        ])
    : numbered(own, section.numbered);
  if (paragraphs.length === 0 && section.empty)
    paragraphs.push({ kind: 'paragraph', text: section.empty, figures: [], statement: null });
  const title = fillWords(section.title, input.words);
  return {
    no: section.no,
    title,
    heading: `${chineseNumeral(section.no)}、${title}`,
    paragraphs,
    ...(section.table ? { table: section.table } : {}),
  };
}

/** The report's text: title, opening, sections, closing (signature, tables and checks are added by the engine). */
export function renderReport(
  input: RenderInput,
): Pick<AnnualReport, 'title' | 'opening' | 'sections' | 'closing'> {
  return {
    title: fillWords(input.template.title, input.words),
    opening: fillWords(input.template.opening, input.words),
    sections: input.template.sections.map((s) => sectionOf(s, input)),
    closing: input.template.closing,
  };
}
