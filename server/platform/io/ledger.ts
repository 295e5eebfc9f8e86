/** A ledger's columns declared once: Chinese headers, value types, code ↔ label dictionaries. */

export type ColumnType = 'string' | 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'enum';

export interface LedgerColumn<Row> {
  key: keyof Row & string;
  /** The zh-CN header the sheet shows and the import matches on. */
  header: string;
  type: ColumnType;
  required?: boolean;
  /** Characters, for string / text. */
  maxLength?: number;
  /** Inclusive bounds, for integer / decimal. */
  min?: number;
  max?: number;
  /** For enum: code → zh-CN label; the sheet shows the label, the import accepts label or code. */
  dict?: Readonly<Record<string, string>>;
  /** The same value twice in one file is an error (e.g. 事项编码). */
  unique?: boolean;
  /** A sample value shown in the template's 填写说明 sheet (as the user would type it). */
  example?: string;
  /** Column width in characters; a default is derived from the header and type. */
  width?: number;
  /** A free-text hint for the 填写说明 sheet. */
  note?: string;
}

export interface LedgerDefinition<Row> {
  key: string;
  sheetName: string;
  columns: readonly LedgerColumn<Row>[];
}

/** A declared ledger; `Row` is the record type the import yields and the export takes. */
export interface Ledger<Row> extends LedgerDefinition<Row> {
  /** Header text → column, for matching an uploaded header row. */
  readonly byHeader: ReadonlyMap<string, LedgerColumn<Row>>;
  /** Per enum column: accepted text (label or code) → code. */
  readonly enumLookup: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The value types a row field may hold per column type (null = empty cell). */
export type LedgerValue = string | number | boolean | null;

export const COLUMN_TYPE_LABEL: Record<ColumnType, string> = {
  string: '文本',
  text: '长文本',
  integer: '整数',
  decimal: '数字',
  date: '日期',
  boolean: '是/否',
  enum: '选项',
};

/** Declares a ledger; throws at module load on a duplicate header/key or an enum without a dictionary. */
export function defineLedger<Row>(definition: LedgerDefinition<Row>): Ledger<Row> {
  const byHeader = new Map<string, LedgerColumn<Row>>();
  const keys = new Set<string>();
  const enumLookup = new Map<string, Map<string, string>>();
  for (const column of definition.columns) {
    const header = column.header.trim();
    if (byHeader.has(header)) throw new Error(`ledger ${definition.key}: duplicate header ${header}`);
    if (keys.has(column.key)) throw new Error(`ledger ${definition.key}: duplicate key ${column.key}`);
    byHeader.set(header, column);
    keys.add(column.key);
    if (column.type === 'enum') enumLookup.set(column.key, buildEnumLookup(definition.key, column));
  }
  return { ...definition, byHeader, enumLookup };
}

function buildEnumLookup<Row>(ledgerKey: string, column: LedgerColumn<Row>): Map<string, string> {
  if (!column.dict || Object.keys(column.dict).length === 0) {
    throw new Error(`ledger ${ledgerKey}: enum column ${column.key} needs a dict`);
  }
  const lookup = new Map<string, string>();
  // Labels win over codes when a label happens to equal another entry's code.
  for (const code of Object.keys(column.dict)) lookup.set(code, code);
  for (const [code, label] of Object.entries(column.dict)) lookup.set(label.trim(), code);
  return lookup;
}

/** The label the sheet shows for a stored value. */
export function enumLabel<Row>(column: LedgerColumn<Row>, code: string): string {
  return column.dict?.[code] ?? code;
}

/** Default column width in characters: wide enough for the header and typical values. */
export function columnWidth<Row>(column: LedgerColumn<Row>): number {
  if (column.width) return column.width;
  const headerWidth = [...column.header].length * 2 + 2;
  const typical: Record<ColumnType, number> = {
    string: 16,
    text: 40,
    integer: 10,
    decimal: 12,
    date: 12,
    boolean: 8,
    enum: Math.max(10, ...Object.values(column.dict ?? {}).map((l) => [...l].length * 2 + 2)),
  };
  return Math.min(60, Math.max(headerWidth, typical[column.type]));
}
