/**
 * Table 三's merged label cells, derived from the template's row labels (国办公开办函〔2021〕30号; the 2019
 * trial format has one （六）row): level-1 rows span the three label columns, （一）（二）（七）span two, and the
 * numbered reasons sit in the third column under their group (（三）不予公开 …), which spans them.
 */
export interface Table3RowIn {
  label: string;
  values: number[];
}

export interface LaidOutRow extends Table3RowIn {
  index: number;
  labelCol: 1 | 2 | 3;
  labelSpan: 1 | 2 | 3;
  /** Merged label cells that start on this row (三、本年度办理结果; （三）不予公开 …). */
  starts: { label: string; col: 1 | 2; rowspan: number }[];
  /** The outcome group this row counts in (for the chart), if an outcome row. */
  group: string | null;
}

export const SUB_GROUPS = ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'] as const;
export const RESULTS_LABEL = '三、本年度办理结果';

const isLevel1 = (l: string) => /^[一二三四五六七八九十]+、/.test(l);
const isNumbered = (l: string) => /^\d+\./.test(l);

export function layOut(rows: readonly Table3RowIn[]): LaidOutRow[] {
  const out: LaidOutRow[] = [];
  let groupIndex = -1;
  let resultsStart = -1;
  let resultsEnd = -1;
  rows.forEach((row, index) => {
    const { label } = row;
    if (isLevel1(label)) {
      out.push({ ...row, index, labelCol: 1, labelSpan: 3, starts: [], group: null });
      return;
    }
    if (resultsStart < 0) resultsStart = index;
    resultsEnd = index;
    if (isNumbered(label)) {
      const prev = out[index - 1];
      if (label.startsWith('1.') || !prev || prev.labelCol !== 3) groupIndex++;
      const group = SUB_GROUPS[groupIndex] ?? '';
      const entry: LaidOutRow = { ...row, index, labelCol: 3, labelSpan: 1, starts: [], group };
      if (label.startsWith('1.')) entry.starts.push({ label: group, col: 2, rowspan: 1 });
      else {
        const head = [...out].reverse().find((r) => r.starts.some((s) => s.col === 2 && s.label === group));
        const start = head?.starts.find((s) => s.col === 2 && s.label === group);
        if (start) start.rowspan++;
      }
      out.push(entry);
      return;
    }
    // （一）（二）, the trial format's single （六）, and （七）总计 span the second and third label columns.
    if (label.startsWith('（六）')) groupIndex = SUB_GROUPS.length - 1;
    const group = label.startsWith('（七）')
      ? null
      : label.startsWith('（六）')
        ? SUB_GROUPS[3]
        : (/^（[一二]）[^（]+/.exec(label)?.[0] ?? label);
    out.push({ ...row, index, labelCol: 2, labelSpan: 2, starts: [], group });
  });
  if (resultsStart >= 0)
    out[resultsStart]!.starts.unshift({
      label: RESULTS_LABEL,
      col: 1,
      rowspan: resultsEnd - resultsStart + 1,
    });
  return out;
}

/** The 总计 column summed by outcome group (（一）…（六）), for the chart. */
export function totalsByGroup(rows: readonly LaidOutRow[]): { group: string; total: number }[] {
  const order: string[] = [];
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (!r.group) continue;
    if (!sums.has(r.group)) order.push(r.group);
    sums.set(r.group, (sums.get(r.group) ?? 0) + (r.values[6] ?? 0));
  }
  return order.map((group) => ({ group, total: sums.get(group) ?? 0 }));
}
