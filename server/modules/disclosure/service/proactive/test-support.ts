import type { RegisterItemInput } from './register-item.js';

let serial = 0;

/** A sound entry of a unit: a normative document formed 2020-06-01 and published three days later. */
export function buildEntry(orgUnitId: string, over: Partial<RegisterItemInput> = {}): RegisterItemInput {
  serial += 1;
  return {
    orgUnitId,
    category: 'laws_and_documents',
    table2Kind: 'normative_docs',
    title: `关于加强食品安全监管工作的实施意见（${serial}）`,
    documentNumber: `于市监发〔2020〕${serial}号`,
    formedOn: '2020-06-01',
    publishedOn: '2020-06-04',
    channels: ['portal', 'gazette'],
    url: null,
    summary: null,
    ...over,
  };
}
