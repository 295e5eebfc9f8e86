import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { setRequestLanguage } from './api.js';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/** UI languages: zh-CN is the working language; English is switchable. */
export type Locale = 'zh-CN' | 'en-US';
export type LocalizedLabel = Partial<Record<Locale, string>>;

interface MessageTree {
  [key: string]: string | MessageTree;
}

const LOCALE_KEY = 'fazhi.locale';
const catalogue: Record<Locale, Map<string, string>> = { 'zh-CN': new Map(), 'en-US': new Map() };

function flatten(prefix: string, tree: MessageTree, into: Map<string, string>): void {
  for (const [key, value] of Object.entries(tree)) {
    const full = `${prefix}.${key}`;
    if (typeof value === 'string') into.set(full, value);
    else flatten(full, value, into);
  }
}

/**
 * Adds a namespace's messages; `t('ns.key')` finds them. zh-CN is the fallback for missing English.
 * Modules call `defineMessages` (below), which checks the English keys against the zh-CN ones.
 */
export function registerMessages(
  namespace: string,
  messages: { 'zh-CN': MessageTree; 'en-US': MessageTree },
): void {
  flatten(namespace, messages['zh-CN'], catalogue['zh-CN']);
  flatten(namespace, messages['en-US'], catalogue['en-US']);
}

/** A tree with exactly the keys of `T`, every leaf a string: the English of a zh-CN tree. */
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

/** `E` with every key `Z` lacks turned to `never`, so a tree passed by name cannot carry extra keys. */
type NoExtraKeys<E, Z> = {
  [K in keyof E]: K extends keyof Z ? (E[K] extends string ? string : NoExtraKeys<E[K], Z[K]>) : never;
};

/**
 * The one shape of a module's messages (`messages.ts`): the zh-CN tree, then the English tree with exactly
 * its keys (inline, or from a sibling `messages-en.ts` when large). `enOnly` holds English-only trees,
 * e.g. `dict` labels whose zh-CN is the contract's verbatim label.
 */
export function defineMessages<Z extends MessageTree, E extends SameShape<Z>>(
  namespace: string,
  zh: Z,
  en: E & NoExtraKeys<E, Z>,
  enOnly?: MessageTree,
): void {
  registerMessages(namespace, { 'zh-CN': zh, 'en-US': { ...en, ...enOnly } });
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Looks a key up in the catalogue and fills `{name}` placeholders. */
export function translate(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  const text = catalogue[locale].get(key) ?? catalogue['zh-CN'].get(key) ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_KEY);
    if (stored === 'zh-CN' || stored === 'en-US') return stored;
  } catch {
    // Storage may be unavailable (private mode); zh-CN it is.
  }
  return 'zh-CN';
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Picks the current language from a server-sent `{ 'zh-CN', 'en-US' }` label. */
  label: (l: LocalizedLabel | undefined) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function applyLocale(locale: Locale): void {
  setRequestLanguage(locale);
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

/** Provides the language, the catalogue and antd's matching locale (dayjs `zh-cn` for Chinese). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  applyLocale(locale);
  useEffect(() => applyLocale(locale), [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(LOCALE_KEY, next);
    } catch {
      // Not persisted; still switch for this visit.
    }
    setLocaleState(next);
  }, []);
  const value = useMemo<I18nValue>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      label: (l) => l?.[locale] ?? l?.['zh-CN'] ?? '',
    }),
    [locale, setLocale],
  );
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() outside <I18nProvider>');
  return value;
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The current language, its setter and the server-label picker. */
export function useLocale(): Omit<I18nValue, 't'> {
  const { locale, setLocale, label } = useI18n();
  return { locale, setLocale, label };
}
