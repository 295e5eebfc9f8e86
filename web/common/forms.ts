import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Rule } from 'antd/es/form';
import type { ZodType } from 'zod';
import { ApiError } from './api.js';

export type NamePath = (string | number)[];

/**
 * A server field path (`body.ranges.1.fineMax`, `ranges[1].fineMax`) as an antd name path
 * (`['ranges', 1, 'fineMax']`): list indexes become numbers so errors land on the right row.
 */
export function toNamePath(path: string): NamePath {
  return path
    .replace(/^(body|query|params)\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The server's field errors whose first segment is one of the form's fields, as antd `setFields` entries. */
export function fieldErrorsFor(error: unknown, names: readonly string[]) {
  if (!(error instanceof ApiError)) return [];
  return error.fields
    .map((f) => ({ name: toNamePath(f.path), errors: [f.message] }))
    .filter((f) => typeof f.name[0] === 'string' && names.includes(f.name[0]));
}

/** Puts the server's field errors on the matching fields; true when any matched. */
export function showFieldErrors(form: FormInstance, error: unknown, names: readonly string[]): boolean {
  const matched = fieldErrorsFor(error, names);
  form.setFields(matched);
  return matched.length > 0;
}

/** Client-side problems (name path + message) on their fields. */
export function showProblems(
  form: FormInstance,
  problems: readonly { name: NamePath; message: string }[],
): void {
  form.setFields(problems.map((p) => ({ name: p.name, errors: [p.message] })));
}

function isDayjs(v: unknown): v is Dayjs {
  return !!v && typeof v === 'object' && 'format' in v && typeof (v as Dayjs).format === 'function';
}

/** Form values → JSON body: dates as YYYY-MM-DD, blank strings as null, untouched fields left out. */
export function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (isDayjs(v)) out[k] = v.format('YYYY-MM-DD');
    else if (typeof v === 'string') out[k] = v.trim() === '' ? null : v;
    else out[k] = v;
  }
  return out;
}

/** An antd rule running the contract's zod schema for one field: the form checks what the server checks. */
export function zodRule(schema: ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value === '' ? null : value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}
