import dayjs from 'dayjs';
import type { FieldSpec } from '../../../common/procedure/index.js';
import { onField } from '../../../common/procedure/index.js';

const text = (name: string, required = true): FieldSpec => ({ name, kind: 'text', required, maxLength: 120 });
const area = (name: string, required = true, rows = 3): FieldSpec => ({
  name,
  kind: 'textarea',
  required,
  rows,
  maxLength: 8000,
});
const date = { ...onField(), required: true };
const choice = (name: string, required = true): FieldSpec => ({ name, kind: name, required });

const DRAFT: FieldSpec[] = [
  date,
  area('clauses', true, 8),
  area('explanation'),
  area('laws', false, 3),
  area('options', false, 2),
  area('costBenefit', false, 2),
];
const REVIEW: FieldSpec[] = [date, choice('conclusion'), text('opinionNumber'), area('note', false, 2)];
const REASON: FieldSpec[] = [date, area('reason')];

/** The form of each step (the server's zod forms, common/contracts/decisions.ts, say the same). */
export const STEP_FIELDS: Record<string, FieldSpec[]> = {
  draft: DRAFT,
  revise: DRAFT,
  open_comment: [date, { name: 'closesOn', kind: 'date', required: true }, area('shorterReason', false, 2)],
  close_comment: [date],
  hearing: [
    date,
    { name: 'materialsSentOn', kind: 'date', required: true },
    text('place'),
    area('participants', true, 2),
    area('summary'),
    { name: 'recordSigned', kind: 'bool' },
  ],
  expert: [date, text('form'), area('experts', true, 4), { name: 'signed', kind: 'bool' }],
  risk: [
    date,
    text('assessor'),
    area('riskPoints', true, 2),
    area('measures', true, 2),
    area('plan', true, 2),
    choice('level'),
  ],
  submit_review: [date, area('proceduresNote')],
  record_review: REVIEW,
  return_review: REVIEW,
  decide: [
    date,
    text('meeting'),
    area('minutes', true, 5),
    { name: 'headSpokeLast', kind: 'bool' },
    choice('majorityView'),
    choice('outcome'),
    area('dissent', false, 2),
    area('departureReason', false, 2),
  ],
  report_party: [date, text('reference')],
  publish: [date, text('documentNumber'), text('channels'), area('interpretation', false, 3)],
  execution_report: [date, text('executingUnit'), area('report')],
  post_evaluate: [date, text('evaluator'), choice('trigger'), area('findings')],
  suspend: REASON,
  change: REASON,
  abandon: REASON,
};

export const INITIAL_VALUES: Record<string, unknown> = {
  on: dayjs(),
  closesOn: dayjs().add(30, 'day'),
  materialsSentOn: dayjs().subtract(7, 'day'),
  recordSigned: true,
  signed: true,
  headSpokeLast: true,
  majorityView: 'approve',
  outcome: 'approved',
  conclusion: 'lawful',
  level: 'medium',
  trigger: 'necessary',
};

const lines = (v: unknown) =>
  String(v ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** "第一条 text" lines → clauses; a line without its number continues the clause before it. */
export function parseClauses(v: unknown) {
  const out: { number: string; text: string }[] = [];
  for (const line of lines(v)) {
    const m = /^(第[一二三四五六七八九十百零〇\d]+条)\s*(.*)$/.exec(line);
    if (m) out.push({ number: m[1]!, text: m[2] || m[1]! });
    else if (out.length) out[out.length - 1]!.text += `\n${line}`;
    else out.push({ number: '第一条', text: line });
  }
  return out;
}

export function parseLaws(v: unknown) {
  return lines(v).map((l) => {
    const m = /^《(.+?)》(.*)$/.exec(l);
    return m ? { title: m[1]!, article: m[2]!.trim() || null } : { title: l, article: null };
  });
}

/** The dialog's values as the API takes them: dates as YYYY-MM-DD, lists parsed from their lines. */
export function toBody(key: string, values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    body[k] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
  }
  if (key === 'draft' || key === 'revise') {
    body.clauses = parseClauses(values.clauses);
    body.laws = parseLaws(values.laws);
  }
  if (key === 'expert')
    body.experts = lines(values.experts).map((l) => {
      const [name = '', field = '', opinion = '', dissent = ''] = l.split(/[|｜]/).map((s) => s.trim());
      return { name, field, opinion, dissent: dissent === '异议' || dissent.toLowerCase() === 'dissent' };
    });
  if (key === 'decide')
    body.dissent = lines(values.dissent).map((l) => {
      const [name = '', ...view] = l.split(/[:：]/);
      return { name: name.trim(), view: view.join('：').trim() };
    });
  return body;
}

/** What a revise dialog starts from: the current draft as lines. */
export function draftValues(d: {
  clauses: { number: string; text: string }[];
  laws: { title: string; article: string | null }[];
  explanation: string | null;
  options: string | null;
  costBenefit: string | null;
}) {
  return {
    clauses: d.clauses.map((c) => `${c.number} ${c.text}`).join('\n'),
    laws: d.laws.map((l) => `《${l.title}》${l.article ?? ''}`).join('\n'),
    explanation: d.explanation ?? '',
    options: d.options ?? '',
    costBenefit: d.costBenefit ?? '',
  };
}
