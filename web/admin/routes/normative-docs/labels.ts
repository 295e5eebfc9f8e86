type Dict = readonly { code: string; label: string; en: string }[];

/** A dictionary code's label in the reader's language. */
export function dictLabel(dict: Dict, code: string | null | undefined, locale: string): string {
  if (!code) return '—';
  const entry = dict.find((e) => e.code === code);
  return entry ? (locale === 'en-US' ? entry.en : entry.label) : code;
}

/** A dictionary as select options in the reader's language. */
export function dictOptions(dict: Dict, locale: string) {
  return dict.map((e) => ({ value: e.code, label: locale === 'en-US' ? e.en : e.label }));
}

/** The states' colours in lists and headers. */
export const STATE_COLOR: Record<string, string> = {
  drafting: 'default',
  evaluation: 'default',
  public_comment: 'cyan',
  legality_review: 'blue',
  reviewed: 'geekblue',
  deliberated: 'purple',
  registered: 'purple',
  published: 'gold',
  filed: 'green',
  repealed: 'red',
  expired: 'volcano',
};
