/**
 * One field of a transition's form. The shared kinds (date, text, textarea, bool, amount) render alike in
 * every module; other kinds (an outcome, a circumstance) name a list the module supplies.
 * TODO(#8): derive these from the transition schemas the server publishes in OpenAPI.
 */
export interface FieldSpec {
  name: string;
  kind: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Shown only while another field of the form holds one of these values (a partial reply's grounds). */
  when?: { field: string; in: readonly string[] };
}

/** `on`: the day the step legally happened (not the day it was typed in). */
export const onField = (): FieldSpec => ({ name: 'on', kind: 'date' });

/** A free note on the step. */
export const noteField = (required = false): FieldSpec => ({ name: 'note', kind: 'textarea', required });
