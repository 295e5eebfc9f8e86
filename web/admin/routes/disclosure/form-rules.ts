import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { ZodType } from 'zod';
import { ApiError } from '../../../common/api.js';

/** An antd rule running the contract's zod schema for one field: the form checks what the server checks. */
export function zodRule(schema: ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value === '' ? null : value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

/** Puts the server's field errors (`body.applicantPhone`) on the matching form fields; true when any matched. */
export function showServerFieldErrors(form: FormInstance, error: unknown, names: readonly string[]): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const matched = error.fields
    .map((f) => ({ name: f.path.replace(/^body\./, '').split('.')[0] ?? '', errors: [f.message] }))
    .filter((f) => names.includes(f.name));
  form.setFields(matched);
  return matched.length > 0;
}

/** Form values → JSON body: dates as YYYY-MM-DD, empty strings as null, untouched fields left out. */
export function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (v && typeof v === 'object' && 'format' in v && typeof (v as Dayjs).format === 'function')
      out[k] = (v as Dayjs).format('YYYY-MM-DD');
    else out[k] = v === '' ? null : v;
  }
  return out;
}

export const dateString = (v: unknown): string | null =>
  v && typeof v === 'object' && 'format' in v ? (v as Dayjs).format('YYYY-MM-DD') : null;
