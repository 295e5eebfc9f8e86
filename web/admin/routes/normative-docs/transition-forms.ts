import dayjs from 'dayjs';
import { REVIEW_POINT_CODES } from '../../../../common/contracts/normative-docs.js';
import type { FieldSpec } from '../../../common/procedure/index.js';
import { onField } from '../../../common/procedure/index.js';

const text = (name: string, required = true): FieldSpec => ({ name, kind: 'text', required, maxLength: 100 });
const area = (name: string, required = true, rows = 3): FieldSpec => ({
  name,
  kind: 'textarea',
  required,
  rows,
  maxLength: 8000,
});
const date = { ...onField(), required: true };

/** The form of each step (the server's zod forms, common/contracts/normative-docs.ts, say the same). */
export const STEP_FIELDS: Record<string, FieldSpec[]> = {
  evaluate: [date, area('note')],
  open_comment: [date, { name: 'until', kind: 'date', required: true }, text('channel')],
  submit_review: [date, area('commentSummary', false), area('noCommentReason', false, 2)],
  review: [
    date,
    { name: 'checklist', kind: 'checklist' },
    { name: 'conclusion', kind: 'conclusion', required: true },
    area('opinion', true, 4),
    text('opinionNumber'),
    text('reviewer'),
  ],
  respond: [
    date,
    { name: 'response', kind: 'response', required: true },
    { name: 'explanation', kind: 'textarea', required: true, when: { field: 'response', in: ['explained'] } },
  ],
  resubmit: [date, area('changes')],
  deliberate: [date, text('meeting'), text('minutesRef', false)],
  register: [date, text('documentNumber'), text('signer')],
  publish: [
    date,
    text('carrier'),
    area('interpretation', true, 5),
    { name: 'effectiveOn', kind: 'date', required: true },
    { name: 'validYears', kind: 'years', required: true },
    { name: 'provisional', kind: 'bool' },
  ],
  file: [date, { name: 'recipients', kind: 'recipients', required: true }, text('reportNumber', false)],
  filing_result: [
    date,
    { name: 'recipient', kind: 'recipient', required: true },
    { name: 'result', kind: 'filingResult', required: true },
    area('note', false, 2),
  ],
  repeal: [date, area('reason')],
  expire: [date, area('reason')],
};

export const INITIAL_VALUES: Record<string, unknown> = {
  on: dayjs(),
  effectiveOn: dayjs(),
  until: dayjs().add(30, 'day'),
  validYears: 5,
  provisional: false,
  checklist: [...REVIEW_POINT_CODES],
};

/** The dialog's values as the API takes them: dates as YYYY-MM-DD, the checklist as point → passed. */
export function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    if (k === 'checklist' && Array.isArray(v))
      body[k] = Object.fromEntries(REVIEW_POINT_CODES.map((c) => [c, v.includes(c)]));
    else body[k] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
  }
  return body;
}
