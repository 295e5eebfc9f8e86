/**
 * A report's draft (pure): the paragraphs the coordinator edits, each kept with its placeholders so the figures
 * stay live. A fresh draft is generated from the statements of the installed modules; a stored draft (the
 * workflow's) replaces it once saved.
 */
import type { ReportStatementDef } from './define-statement.js';
import { figureId, figureRefs } from './sentence.js';
import type { TemplateVersion } from './template.js';

/** A figure the coordinator replaced by text, with the reason recorded (the only way a figure becomes typed). */
export interface FigureOverride {
  /** `key` or `key:cell` of the figure replaced. */
  figure: string;
  /** What the paragraph now says instead, e.g. "约1.8亿". */
  text: string;
  reason: string;
}

export interface DraftParagraph {
  /** Stable within the draft: the statement's key, or `prose-…` for written text. */
  id: string;
  section: number;
  area?: string;
  order: number;
  /** The statement it was generated from; null for prose the coordinator (or a department) wrote. */
  statement: string | null;
  lead?: string;
  /** The paragraph with its figures as placeholders. */
  text: string;
  overrides?: FigureOverride[];
  /** The unit that contributed the paragraph (a department's paragraph in the district report). */
  contributedBy?: string;
  /** `suggested`: drafted by the engine (a shortfall of 二, a plan item of 四) for the coordinator to accept, edit or drop. */
  origin?: 'suggested';
  /** The indicator (or plan source) a suggestion comes from. */
  suggestedBy?: string;
}

/** The draft the installed modules' statements make, in template order. */
export function generateDraft(template: TemplateVersion, statements: ReportStatementDef[]): DraftParagraph[] {
  const sections = new Set(template.sections.map((s) => s.no));
  return statements
    .filter((s) => sections.has(s.place.section))
    .map((s) => ({
      id: s.key,
      section: s.place.section,
      area: s.place.area,
      order: s.order,
      statement: s.key,
      lead: s.lead,
      text: s.text,
    }));
}

/**
 * The figures an edit took out of a paragraph: each must be either still there or listed as an override with
 * a reason, so a typed number never silently replaces a live one.
 */
export function figuresRemovedWithoutReason(before: string, after: DraftParagraph): string[] {
  const kept = new Set(figureRefs(after.text).map(figureId));
  const explained = new Set((after.overrides ?? []).filter((o) => o.reason.trim()).map((o) => o.figure));
  return [...new Set(figureRefs(before).map(figureId))].filter((id) => !kept.has(id) && !explained.has(id));
}

/** A whole draft as stored: the paragraphs and whatever the coordinator rewrote around them. */
export interface ReportDraft {
  title?: string;
  opening?: string;
  closing?: string[];
  signature?: { organs: string[]; dateOn: string | null };
  paragraphs: DraftParagraph[];
}
