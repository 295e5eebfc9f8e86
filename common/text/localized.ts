/**
 * Server-made text in the user's language (decision 0030). zh-CN is the working language and the default;
 * English is what the web's language switch asks for. A declaration (a step label, a clock's name) is either
 * a plain zh-CN string or both languages; `pickText` chooses, falling back to zh-CN.
 */
export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Both languages of one label: the shape the server already sends for navigation labels. */
export interface Localized {
  'zh-CN': string;
  'en-US': string;
}

/** A declared text: zh-CN only (plain string) or both languages. */
export type Text = string | Localized;

/** The text in `locale`; a zh-CN-only text stays zh-CN. */
export function pickText(text: Text, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale] || text['zh-CN'];
}

/** The zh-CN of a text: what audit events, stored rows and error messages keep. */
export const zhText = (text: Text): string => pickText(text, 'zh-CN');

/** Both languages of a text, the English falling back to zh-CN. */
export const bothTexts = (text: Text): Localized => ({
  'zh-CN': zhText(text),
  'en-US': pickText(text, 'en-US'),
});

/** Shorthand for declarations: `tx('补正', 'Correction')`. */
export const tx = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });

/**
 * The locale an `Accept-Language` header asks for: English when an `en` range outranks every `zh` one,
 * otherwise zh-CN (a header that names neither gets the working language).
 */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!range || !Number.isFinite(q) || q <= 0) continue;
    const locale = range.startsWith('en') ? 'en-US' : range.startsWith('zh') ? 'zh-CN' : null;
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
