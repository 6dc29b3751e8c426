import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { da, type MessageKey } from './da.ts';

/**
 * The public pages' own small dictionaries (not the staff SPA's i18n, which is far larger): Danish by default,
 * English at the press of a button (its own chunk, fetched then), remembered on the phone. The pages in chunks of
 * their own add their texts when they load (`addMessages`).
 */
export type Language = 'da' | 'en';
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const STORAGE_KEY = 'skranke.public.language';
const messages: Record<Language, Partial<Record<MessageKey, string>>> = { da: { ...da }, en: {} };

export function addMessages(texts: { da: Partial<Record<MessageKey, string>>; en: Partial<Record<MessageKey, string>> }) {
  Object.assign(messages.da, texts.da);
  Object.assign(messages.en, texts.en);
}

let english: Promise<void> | undefined;

/** Fetches the shell's and the booking page's English texts (once). */
export function loadEnglish(): Promise<void> {
  english ??= import('./en.ts').then(
    (m) => void Object.assign(messages.en, m.en),
    (error: unknown) => {
      english = undefined;
      throw error;
    },
  );
  return english;
}

export function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function translate(language: Language, key: MessageKey, values?: Record<string, string | number>): string {
  const text = messages[language][key] ?? messages.da[key] ?? key;
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
}

interface I18n {
  language: Language;
  t: Translate;
  setLanguage(language: Language): Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setState] = useState<Language>(() => initial ?? readStoredLanguage());
  const setLanguage = useCallback(async (next: Language) => {
    // Until the English texts are here the page stays in Danish; if they cannot be fetched, it stays so.
    if (
      next === 'en' &&
      !(await loadEnglish().then(
        () => true,
        () => false,
      ))
    )
      return;
    setState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => translate(language, key, values) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
