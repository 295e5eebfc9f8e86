import type { OpenCaseInput } from '../../../../../common/contracts/enforcement/cases.js';
import { ApiError } from '../../../../common/api.js';

/** A form value that formats as a date (a dayjs). Kept structural so this file stays free of UI imports. */
interface DateLike {
  format: (template: string) => string;
}

const isDateLike = (v: unknown): v is DateLike =>
  !!v && typeof v === 'object' && 'format' in v && typeof (v as DateLike).format === 'function';

/** Form values → JSON body: dates as YYYY-MM-DD, blank strings as null, untouched fields left out. */
export function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (isDateLike(v)) out[k] = v.format('YYYY-MM-DD');
    else if (typeof v === 'string') out[k] = v.trim() === '' ? null : v.trim();
    else out[k] = v;
  }
  return out;
}

/** The server's field errors (`body.partyName`, `handlerOfficerIds.1`) matched to the form's field names. */
export function fieldErrorsOf(
  error: unknown,
  names: readonly string[],
): { name: string; errors: string[] }[] {
  if (!(error instanceof ApiError) || error.fields.length === 0) return [];
  const byName = new Map<string, string[]>();
  for (const f of error.fields) {
    const name = f.path.replace(/^body\./, '').split(/[.[]/)[0] ?? '';
    if (!names.includes(name)) continue;
    byName.set(name, [...(byName.get(name) ?? []), f.message]);
  }
  return [...byName].map(([name, errors]) => ({ name, errors }));
}

/** 立案 form → request body: a case that is not major carries no major reasons; empty optionals are null. */
export function openCaseBody(values: Record<string, unknown>): OpenCaseInput {
  const body = toBody(values);
  const isMajor = body.isMajor === true;
  return {
    ...body,
    benchmarkId: body.benchmarkId ?? null,
    handlerOfficerIds: (body.handlerOfficerIds as string[] | undefined) ?? [],
    isMajor,
    majorReasons: isMajor ? ((body.majorReasons as OpenCaseInput['majorReasons']) ?? []) : [],
    collectiveRequired: body.collectiveRequired === true,
    openingExtended: body.openingExtended === true,
    concernsLifeHealthOrFinance: body.concernsLifeHealthOrFinance === true,
  } as OpenCaseInput;
}

/** 作出决定 form → body: amounts only when entered, the circumstance null when the case has no benchmark. */
export function decideBody(values: Record<string, unknown>): Record<string, unknown> {
  const body = toBody(values);
  for (const k of ['fineAmount', 'confiscationAmount', 'circumstance', 'deviationReason'] as const) {
    if (body[k] === null || body[k] === undefined) delete body[k];
  }
  return body;
}

/** The server refused a decision off the benchmark without a reason: the reason field must appear. */
export function asksForDeviationReason(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 400 &&
    error.fields.some((f) => f.path.replace(/^body\./, '') === 'deviationReason')
  );
}

/** A filing is late when filed after its due date, or not filed and the due date has passed. */
export function filingLateness(
  filing: { dueOn: string; filedOn: string | null },
  today: string,
): 'late' | 'overdue' | null {
  if (filing.filedOn) return filing.filedOn > filing.dueOn ? 'late' : null;
  return today > filing.dueOn ? 'overdue' : null;
}

/** An officer may be named when active and their certificate is valid on the opening day (第四十二条). */
export function officerValidOn(
  officer: { isActive?: boolean; certificateValidUntil?: string },
  openedOn: string | null,
): boolean {
  if (officer.isActive === false) return false;
  if (!openedOn || !officer.certificateValidUntil) return true;
  return officer.certificateValidUntil >= openedOn;
}

/** Does a suggested number take the field: it is empty, or still holds the previous suggestion untouched? */
export function adoptsSuggestion(current: unknown, previousSuggestion: string | null): boolean {
  const value = typeof current === 'string' ? current.trim() : '';
  return value === '' || value === previousSuggestion;
}
