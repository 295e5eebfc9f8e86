/**
 * Reads a 工作要点 .docx into task rows (decision 0049 §Import). The document is read from its XML
 * (word/document.xml through jszip, already a dependency of the docx kit): the first paragraph naming
 * 工作要点 is the title (its 年 is the plan's year); a 一、 heading opens a section whose words choose the
 * 纲要 area; each numbered paragraph under it (1. / 1、 / （1） or Word's own list numbering) is a task, with
 * its 牵头单位, 配合单位, 完成时限 and 指标 written in brackets after it; the last date line is the 成文日期,
 * the day the tasks were assigned. The rows then go through the tasks ledger's import (all or nothing, every
 * bad paragraph listed, idempotent on the task codes).
 */
import JSZip from 'jszip';
import { PLAN_AREAS, type PlanArea } from '../../../common/contracts/coordination.js';
import { AppError } from '../../platform/errors.js';
import type { ParsedLedger } from '../../platform/io/index.js';
import type { TaskLedgerRow } from './ledger.js';
import { taskCode } from './rules.js';

/** Keywords of each 纲要 area as plans word their headings (the area labels' distinctive words). */
const AREA_WORDS: Record<PlanArea, readonly string[]> = {
  functions: ['职能', '放管服', '营商环境', '简政放权'],
  rules: ['依法行政制度', '规范性文件', '立法'],
  decisions: ['决策'],
  enforcement: ['执法'],
  emergencies: ['突发事件', '应急'],
  disputes: ['矛盾', '纠纷', '复议', '调解', '信访'],
  oversight: ['监督', '制约', '公开', '诚信'],
  digital: ['数字', '信息化', '科技保障'],
  leadership: ['党的领导', '组织领导', '推进机制', '保障', '责任', '示范创建'],
};

/** The first 纲要 area whose words the heading contains; null when none does. */
export function areaOf(heading: string): PlanArea | null {
  for (const area of PLAN_AREAS) if (AREA_WORDS[area.code].some((w) => heading.includes(w))) return area.code;
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/** The paragraphs of a .docx, in order, with whether Word numbers them (w:numPr). */
export async function docxParagraphs(buffer: Buffer): Promise<{ text: string; numbered: boolean }[]> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string');
  } catch {
    xml = undefined;
  }
  if (!xml)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '文件不是有效的 .docx 文档（.doc 请先另存为 .docx）');
  const paragraphs: { text: string; numbered: boolean }[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
    paragraphs.push({ text: text.trim(), numbered: p.includes('<w:numPr>') });
  }
  return paragraphs;
}

const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const iso = (m: RegExpExecArray) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
const HEADING = /^[一二三四五六七八九十]+、/;
const NUMBERED = /^(?:\d+[.．、]|[（(]\d+[）)])\s*/;
const ATTRS = /[（(]([^（）()]*(?:牵头单位|责任单位)[^（）()]*)[）)]\s*[。；;]?$/;

/** One bracketed attribute: `牵头单位：区司法局`. */
function attribute(attrs: string, ...names: string[]): string | null {
  for (const part of attrs.split(/[；;]/)) {
    const [name, ...rest] = part.split(/[:：]/);
    if (names.includes((name ?? '').trim())) return rest.join('：').trim() || null;
  }
  return null;
}

function dueOf(text: string | null): string | null {
  if (!text) return null;
  const m = CN_DATE.exec(text.trim()) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? iso(m) : null;
}

/** The plan's paragraphs as ledger rows; a paragraph that cannot become a row is listed as an error. */
export function planRows(
  paragraphs: readonly { text: string; numbered: boolean }[],
): ParsedLedger<TaskLedgerRow> {
  const titleAt = paragraphs.findIndex((p) => p.text.includes('工作要点'));
  const title = titleAt >= 0 ? paragraphs[titleAt]!.text : '';
  const year = Number(/(\d{4})年/.exec(title)?.[1] ?? NaN);
  const dated = [...paragraphs]
    .reverse()
    .map((p) => CN_DATE.exec(p.text))
    .find(Boolean);
  const rows: TaskLedgerRow[] = [];
  const rowNumbers: number[] = [];
  const errors: ParsedLedger<TaskLedgerRow>['errors'] = [];
  if (!Number.isInteger(year))
    errors.push({ row: titleAt + 1, column: '标题', message: '未找到含“XXXX年……工作要点”的标题' });
  if (!dated)
    errors.push({
      row: paragraphs.length,
      column: '成文日期',
      message: '未找到成文日期（如“2026年2月20日”）',
    });
  let area: PlanArea | null = null;
  let serial = 0;
  paragraphs.forEach((p, i) => {
    if (i <= titleAt || !p.text) return;
    if (HEADING.test(p.text)) {
      area = areaOf(p.text);
      return;
    }
    if (!(NUMBERED.test(p.text) || p.numbered)) return;
    serial += 1;
    const body = p.text.replace(NUMBERED, '');
    const attrs = ATTRS.exec(body);
    const unit = attrs ? attribute(attrs[1]!, '牵头单位', '责任单位') : null;
    const due = attrs ? dueOf(attribute(attrs[1]!, '完成时限', '完成时间')) : null;
    if (!unit)
      errors.push({ row: i + 1, column: '牵头单位', message: `第${serial}项任务未写明“（牵头单位：……）”` });
    if (!due)
      errors.push({
        row: i + 1,
        column: '完成时限',
        message: `第${serial}项任务未写明“完成时限：YYYY年M月D日”`,
      });
    if (!unit || !due || !dated || !Number.isInteger(year)) return;
    rows.push({
      code: taskCode(year, serial),
      year,
      planTitle: title,
      title: body
        .slice(0, attrs!.index)
        .replace(/[。；;，,]\s*$/, '')
        .trim(),
      area,
      indicators: attribute(attrs![1]!, '指标', '对应指标'),
      unit,
      coUnits: attribute(attrs![1]!, '配合单位', '协办单位'),
      assignedOn: iso(dated),
      dueOn: due,
      milestones: null,
      state: 'open',
      doneOn: null,
    });
    rowNumbers.push(i + 1);
  });
  if (serial === 0 && errors.length === 0)
    errors.push({ row: titleAt + 2, column: '任务内容', message: '文件中没有编号的任务段落' });
  return { rows, rowNumbers, errors };
}
