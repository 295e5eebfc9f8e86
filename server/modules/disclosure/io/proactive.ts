import {
  PROACTIVE_CATEGORY_LABELS,
  PROACTIVE_FIELD_LABELS as L,
  PROACTIVE_STATUSES,
  PUBLICATION_CHANNEL_CODES,
  PUBLICATION_CHANNEL_LABELS,
  type PublicationChannel,
  TABLE2_KIND_LABELS,
} from '../../../../common/contracts/disclosure/proactive.js';
import { defineLedger } from '../../../platform/io/index.js';
import type { ProactiveItemRow } from '../schema/proactive.js';

/** One row of the proactive disclosure sheet (主动公开台账): what a unit fills in and what an export shows. */
export interface ProactiveLedgerRow {
  /** 公开单位 as typed: the unit's name, short name or code. */
  orgUnit: string;
  category: string;
  table2Kind: string | null;
  title: string;
  documentNumber: string | null;
  formedOn: string;
  publishedOn: string;
  /** Channel labels or codes separated by 、 , ， ; or ；. */
  channels: string;
  url: string | null;
  summary: string | null;
  dueOn: string | null;
  isLate: boolean | null;
  status: string | null;
}

const channelList = PUBLICATION_CHANNEL_CODES.map((c) => PUBLICATION_CHANNEL_LABELS[c]).join('、');

export const proactiveLedger = defineLedger<ProactiveLedgerRow>({
  key: 'disclosure.proactive_items',
  sheetName: '主动公开台账',
  columns: [
    {
      key: 'orgUnit',
      header: L.orgUnitId,
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: '填单位全称、简称或机构代码',
    },
    {
      key: 'category',
      header: L.category,
      type: 'enum',
      required: true,
      dict: PROACTIVE_CATEGORY_LABELS,
      example: '规范性文件',
      note: '政府信息公开条例第二十条（一）至（十五）项及第二十一条所列类别',
    },
    {
      key: 'table2Kind',
      header: L.table2Kind,
      type: 'enum',
      dict: TABLE2_KIND_LABELS,
      note: '年度报告表二统计的类别，无则不填；须与信息类别一致',
    },
    { key: 'title', header: L.title, type: 'string', required: true, maxLength: 300, width: 40 },
    {
      key: 'documentNumber',
      header: L.documentNumber,
      type: 'string',
      maxLength: 100,
      example: '于政办发〔2020〕12号',
    },
    { key: 'formedOn', header: L.formedOn, type: 'date', required: true, note: '信息形成或者变更之日' },
    { key: 'publishedOn', header: L.publishedOn, type: 'date', required: true, note: '不得早于形成日期' },
    {
      key: 'channels',
      header: L.channels,
      type: 'string',
      required: true,
      maxLength: 100,
      example: '政府网站、政府公报',
      note: `可填多项，用顿号分隔：${channelList}`,
    },
    { key: 'url', header: L.url, type: 'string', maxLength: 500 },
    { key: 'summary', header: L.summary, type: 'text', maxLength: 2000 },
    {
      key: 'dueOn',
      header: '应公开日期',
      type: 'date',
      note: '导出时填写（形成之日起20个工作日），导入时忽略',
    },
    { key: 'isLate', header: '是否逾期', type: 'boolean', note: '导出时填写，导入时忽略' },
    {
      key: 'status',
      header: '状态',
      type: 'enum',
      dict: Object.fromEntries(PROACTIVE_STATUSES.map((s) => [s.code, s.label])),
      note: '导出时填写，导入时忽略（导入的信息均为已公开）',
    },
  ],
});

const CHANNEL_LOOKUP = new Map<string, PublicationChannel>([
  ...PUBLICATION_CHANNEL_CODES.map((c) => [c, c] as const),
  ...PUBLICATION_CHANNEL_CODES.map((c) => [PUBLICATION_CHANNEL_LABELS[c], c] as const),
]);

/** The channels typed in a cell, or the words not understood. */
export function parseChannels(text: string): { channels: PublicationChannel[]; unknown: string[] } {
  const words = text
    .split(/[、,，;；\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  const channels: PublicationChannel[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const code = CHANNEL_LOOKUP.get(word);
    if (!code) unknown.push(word);
    else if (!channels.includes(code)) channels.push(code);
  }
  return { channels, unknown };
}

/** An entry as a sheet row (the export); the unit appears by its full name. */
export function toLedgerRow(item: ProactiveItemRow & { orgUnitName: string }): ProactiveLedgerRow {
  return {
    orgUnit: item.orgUnitName,
    category: item.category,
    table2Kind: item.table2Kind,
    title: item.title,
    documentNumber: item.documentNumber,
    formedOn: item.formedOn,
    publishedOn: item.publishedOn,
    channels: item.channels.map((c) => PUBLICATION_CHANNEL_LABELS[c] ?? c).join('、'),
    url: item.url,
    summary: item.summary,
    dueOn: item.dueOn,
    isLate: item.isLate,
    status: item.status,
  };
}

/** The download's file name, e.g. 主动公开台账-2020-12-31. */
export function exportFileName(today: string): string {
  return `主动公开台账-${today}`;
}
