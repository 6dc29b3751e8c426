import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { da, type Dictionary, type MessageKey } from './da.ts';
import { en } from './en.ts';
import { setProblemLanguage } from '../lib/http.ts';

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];
export const LANGUAGE_STORAGE_KEY = 'skranke.language';

const dictionaries: Record<Language, Dictionary> = { da, en };
/** Dates and numbers follow the chosen language; Danish uses the da-DK conventions (1.234,5 and 22.11.2025). */
const intlLocales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export type MessageParams = Record<string, string | number>;

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  formatDate(date: Date, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(intlLocales[language]).format(value) : value;
  });
}

export function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    // Storage can be disabled by policy on shared municipal machines; Danish is the default then.
    return 'da';
  }
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? readStoredLanguage());
  // Set while rendering, before the children read any ApiError.problem in this render.
  setProblemLanguage(language);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not persisted, but the switch still works for this page load.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = intlLocales[language];
    return {
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatDate: (date, options = { dateStyle: 'long' }) => new Intl.DateTimeFormat(locale, options).format(date),
      formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    };
  }, [language, setLanguage]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
