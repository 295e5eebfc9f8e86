/** A small power-list ledger (权责清单) used by the io tests. */
import { Readable, Writable } from 'node:stream';
import { defineLedger } from './ledger.js';

export interface PowerRow {
  code: string;
  name: string;
  category: string;
  basis: string | null;
  effectiveOn: string | null;
  itemCount: number | null;
  fee: number | null;
  isPublic: boolean | null;
}

export const CATEGORY_DICT = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  levy: '行政征收',
} as const;

export const powerLedger = defineLedger<PowerRow>({
  key: 'test.powers',
  sheetName: '权责清单',
  columns: [
    {
      key: 'code',
      header: '事项编码',
      type: 'string',
      required: true,
      maxLength: 20,
      unique: true,
      example: 'XK-001',
    },
    { key: 'name', header: '事项名称', type: 'string', required: true, maxLength: 100 },
    { key: 'category', header: '权力类别', type: 'enum', required: true, dict: CATEGORY_DICT },
    { key: 'basis', header: '设定依据', type: 'text' },
    { key: 'effectiveOn', header: '生效日期', type: 'date' },
    { key: 'itemCount', header: '子项数', type: 'integer', min: 0, max: 99 },
    { key: 'fee', header: '收费标准（元）', type: 'decimal', min: 0 },
    { key: 'isPublic', header: '是否公开', type: 'boolean' },
  ],
});

export const sampleRows: PowerRow[] = [
  {
    code: 'XK-001',
    name: '食品经营许可',
    category: 'licensing',
    basis: '《中华人民共和国食品安全法》第三十五条\n《食品经营许可管理办法》',
    effectiveOn: '2020-03-01',
    itemCount: 3,
    fee: 0,
    isPublic: true,
  },
  {
    code: 'CF-002',
    name: '对未取得许可从事食品经营的处罚',
    category: 'penalty',
    basis: null,
    effectiveOn: '2020-12-31',
    itemCount: null,
    fee: 12.5,
    isPublic: false,
  },
  {
    code: 'QZ-003',
    name: '查封、扣押',
    category: 'coercion',
    basis: '=SUM(1,2) 不是公式',
    effectiveOn: null,
    itemCount: 0,
    fee: null,
    isPublic: null,
  },
];

/** Collects what a writer writes into one Buffer. */
export function bufferSink(): { stream: Writable; done: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { stream, done: () => Buffer.concat(chunks) };
}

export const asStream = (buffer: Buffer) => Readable.from([buffer]);
