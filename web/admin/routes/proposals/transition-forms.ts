import dayjs from 'dayjs';
import type { FieldSpec } from '../../../common/procedure/index.js';
import { onField } from '../../../common/procedure/index.js';

const text = (name: string, required = true): FieldSpec => ({ name, kind: 'text', required, maxLength: 60 });
const area = (name: string, required = true, rows = 3): FieldSpec => ({
  name,
  kind: 'textarea',
  required,
  rows,
  maxLength: 4000,
});
const date = { ...onField(), required: true };

const ASSIGN: FieldSpec[] = [
  date,
  { name: 'mode', kind: 'mode', required: true },
  { name: 'leadUnitId', kind: 'unit', required: true },
  { name: 'otherUnitIds', kind: 'units' },
  { name: 'difficult', kind: 'bool' },
  { name: 'difficultReason', kind: 'textarea', required: true, when: { field: 'difficult', in: ['true'] } },
];

/** The form of each step of the procedure (the server's zod forms, common/contracts/proposals.ts, say the same). */
export const STEP_FIELDS: Record<string, FieldSpec[]> = {
  assign: ASSIGN,
  reassign: ASSIGN,
  return: [date, area('reason')],
  mark_difficult: [area('reason')],
  co_views: [date, { name: 'unitId', kind: 'coUnit', required: true }, area('views')],
  contact: [date, { name: 'kind', kind: 'contactKind', required: true }, text('who'), area('note', false, 2)],
  answer: [
    date,
    text('documentNumber'),
    text('signer'),
    { name: 'resultClass', kind: 'resultClass', required: true },
    area('text', true, 5),
    { name: 'disclosed', kind: 'bool' },
    { name: 'withholdReason', kind: 'textarea', required: true, when: { field: 'disclosed', in: ['false'] } },
  ],
  evaluate: [date, { name: 'evaluation', kind: 'evaluation', required: true }, area('note', false, 2)],
  dissatisfied: [date, area('note')],
  follow_up: [date, area('note'), { name: 'done', kind: 'bool' }],
};

export const INITIAL_VALUES: Record<string, unknown> = {
  on: dayjs(),
  mode: 'lead',
  otherUnitIds: [],
  difficult: false,
  disclosed: true,
  done: false,
};

/** The dialog's values as the API takes them: dates as YYYY-MM-DD, empty optional fields left out. */
export function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    body[k] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
  }
  return body;
}
