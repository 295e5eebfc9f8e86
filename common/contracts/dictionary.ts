/** The codes of a code ↔ label dictionary as a non-empty tuple, ready for `z.enum`. */
export function codesOf<const D extends readonly { code: string }[]>(
  dictionary: D,
): [D[number]['code'], ...D[number]['code'][]] {
  return dictionary.map((entry) => entry.code) as [D[number]['code'], ...D[number]['code'][]];
}

/** The label of a dictionary code (an unknown code comes back as it is). */
export function labelOf(dictionary: readonly { code: string; label: string }[], code: string): string {
  return dictionary.find((entry) => entry.code === code)?.label ?? code;
}

/** A dictionary with its English labels (the screens that switch language). */
export type BilingualDict = readonly { code: string; label: string; en: string }[];

/** A dictionary code's label in the reader's language ('—' for none; an unknown code comes back as it is). */
export function dictLabel(dict: BilingualDict, code: string | null | undefined, locale: string): string {
  if (!code) return '—';
  const entry = dict.find((e) => e.code === code);
  return entry ? (locale === 'en-US' ? entry.en : entry.label) : code;
}

/** A dictionary as select options in the reader's language. */
export function dictOptions(dict: BilingualDict, locale: string) {
  return dict.map((e) => ({ value: e.code, label: locale === 'en-US' ? e.en : e.label }));
}
