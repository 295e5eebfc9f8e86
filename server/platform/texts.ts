import type { Locale, Localized, Text } from '../../common/text/localized.js';

/**
 * Declared texts by their zh-CN, so a zh-CN string stored before the reader's language was known (a clock
 * event's reason is its step's label; a clock's title may be its procedure's label) reads in that language.
 * Filled at boot from the installed declarations (decision 0030).
 */
const known = new Map<string, Localized>();

/** Remembers declared bilingual texts (plain zh-CN strings have nothing to add). */
export function rememberTexts(texts: Iterable<Text | undefined>): void {
  for (const text of texts) if (text && typeof text !== 'string') known.set(text['zh-CN'], text);
}

/** A stored zh-CN text in `locale` when it is a declared one; anything else (names, free text) as stored. */
export function translateStored(zh: string, locale: Locale): string {
  if (locale === 'zh-CN') return zh;
  return known.get(zh)?.[locale] || zh;
}
