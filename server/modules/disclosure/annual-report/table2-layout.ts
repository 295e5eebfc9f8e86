/**
 * Table 二 of the annual disclosure report (主动公开政府信息情况) as data, per format: the clauses of 条例 第二十条
 * it reports on, their columns, rows, and where each cell's figure comes from — the records (a metric) or an
 * import with its source (decision 0033). Pure: no database.
 * Basis: 国办公开办函〔2021〕30号 表二 (legal-rules §2.2); 〔2019〕60号 trial format for 2019–2020 (§2.6).
 */
import type { ImportedFigureUnit } from '../../../platform/reports/index.js';

export type Table2Format = '2021' | '2019';

/** A cell's figure: a metric's breakdown cell computed from the records, or a figure imported per unit. */
export type CellSource = { metric: string; cell: string } | { imported: string; unit: ImportedFigureUnit };

export interface Table2Column {
  key: string;
  label: string;
}

export interface Table2Row {
  key: string;
  label: string;
  /** One source per column of the block, in column order. */
  cells: readonly CellSource[];
}

export interface Table2Block {
  /** 第二十条第（一）项 …: the block's full-width heading. */
  clause: string;
  columns: readonly Table2Column[];
  rows: readonly Table2Row[];
}

/** The table is 信息内容 plus three value columns wide; a block with fewer columns widens its last one. */
export const TABLE2_VALUE_COLUMNS = 3;

/** `disclosure.table2.<row>_<column>`: the key an imported cell is filed under. */
export const table2FigureKey = (row: string, column: string) => `disclosure.table2.${row}_${column}`;

const imported = (row: string, column: string, unit: ImportedFigureUnit = 'count'): CellSource => ({
  imported: table2FigureKey(row, column),
  unit,
});
/** 行政处罚 / 行政强制 decisions of the year: the enforcement cases decided in it, by kind. */
const decided = (kind: 'penalty' | 'coercion'): CellSource => ({
  metric: 'enforcement.cases_decided_by_kind',
  cell: kind,
});
const DECISIONS = { key: 'decisions', label: '本年处理决定数量' };
/**
 * 行政规范性文件 制发 / 废止 / 现行有效 from the normative-docs records (decision 0048 §8), read by key through the
 * metrics registry. The trial format's 新制作 / 新公开 / 对外公开总数 read the same figures: a document is made
 * and published on one day (三统一), and every document in force is public.
 */
const normativeDocs = (cell: 'issued' | 'repealed' | 'in_force'): CellSource => ({
  metric: 'normative_docs.disclosure_counts',
  cell,
});

const row = (key: string, label: string, cells: CellSource[]): Table2Row => ({ key, label, cells });
const importedRow = (key: string, label: string, columns: readonly Table2Column[]) =>
  row(
    key,
    label,
    columns.map((c) => imported(key, c.key)),
  );

const DOCS_2021 = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'in_force', label: '现行有效件数' },
];

const FORMAT_2021: readonly Table2Block[] = [
  {
    clause: '第二十条第（一）项',
    columns: DOCS_2021,
    rows: [
      importedRow('regulations', '规章', DOCS_2021),
      row('normative_documents', '行政规范性文件', [
        normativeDocs('issued'),
        normativeDocs('repealed'),
        normativeDocs('in_force'),
      ]),
    ],
  },
  {
    clause: '第二十条第（五）项',
    columns: [DECISIONS],
    rows: [row('licensing', '行政许可', [imported('licensing', 'decisions')])],
  },
  {
    clause: '第二十条第（六）项',
    columns: [DECISIONS],
    rows: [
      row('penalty', '行政处罚', [decided('penalty')]),
      row('coercion', '行政强制', [decided('coercion')]),
    ],
  },
  {
    clause: '第二十条第（八）项',
    columns: [{ key: 'amount_wan', label: '本年收费金额（单位：万元）' }],
    rows: [row('fees', '行政事业性收费', [imported('fees', 'amount_wan', 'wan_yuan')])],
  },
];

const DOCS_2019 = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'total_public', label: '对外公开总数量' },
];
const ITEMS = [
  { key: 'items_last_year', label: '上一年项目数量' },
  { key: 'items_change', label: '本年增/减' },
];
/** 本年增/减 may be negative: an item count that fell. */
const itemCells = (key: string): CellSource[] => [
  imported(key, 'items_last_year'),
  imported(key, 'items_change', 'change'),
];

const FORMAT_2019: readonly Table2Block[] = [
  {
    clause: '第二十条第（一）项',
    columns: DOCS_2019,
    rows: [
      importedRow('regulations', '规章', DOCS_2019),
      row('normative_documents', '规范性文件', [
        normativeDocs('issued'),
        normativeDocs('issued'),
        normativeDocs('in_force'),
      ]),
    ],
  },
  {
    clause: '第二十条第（五）项',
    columns: [...ITEMS, { key: 'decisions', label: '处理决定数量' }],
    rows: [
      row('licensing', '行政许可', [...itemCells('licensing'), imported('licensing', 'decisions')]),
      row('other_services', '其他对外管理服务事项', [
        ...itemCells('other_services'),
        imported('other_services', 'decisions'),
      ]),
    ],
  },
  {
    clause: '第二十条第（六）项',
    columns: [...ITEMS, { key: 'decisions', label: '处理决定数量' }],
    rows: [
      row('penalty', '行政处罚', [...itemCells('penalty'), decided('penalty')]),
      row('coercion', '行政强制', [...itemCells('coercion'), decided('coercion')]),
    ],
  },
  {
    clause: '第二十条第（八）项',
    columns: ITEMS,
    rows: [row('fees', '行政事业性收费', itemCells('fees'))],
  },
  {
    clause: '第二十条第（九）项',
    columns: [
      { key: 'projects', label: '采购项目数量' },
      { key: 'amount_wan', label: '采购总金额（万元）' },
    ],
    rows: [
      row('procurement', '政府集中采购', [
        imported('procurement', 'projects'),
        imported('procurement', 'amount_wan', 'wan_yuan'),
      ]),
    ],
  },
];

/** The blocks of table 二 in a format ('2019' = the trial format of the reports on 2019 and 2020). */
export function table2Blocks(format: string): readonly Table2Block[] {
  return format === '2019' ? FORMAT_2019 : FORMAT_2021;
}
