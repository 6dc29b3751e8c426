import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { da, type Dictionary, type MessageKey } from './da.ts';
import { setProblemLanguage } from '../lib/http.ts';

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];
export const LANGUAGE_STORAGE_KEY = 'skranke.language';

/**
 * Danish is in the entry chunk; English is loaded when first wanted (`loadLanguage`), so that most users, who never
 * switch, do not download it. Until it has arrived, `translate` falls back to Danish.
 */
const dictionaries: Partial<Record<Language, Partial<Dictionary>>> = { da: { ...da } };
const loading = new Map<Language, Promise<void>>();

/** Danish message parts outside the entry chunk, each loaded by the routes that use it. */
const DANISH_PARTS = {
  admin: () => import('./da-admin.ts').then((m) => m.daAdmin),
  audit: () => import('./da-audit.ts').then((m) => m.daAudit),
  appointments: () => import('./da-appointments.ts').then((m) => m.daAppointments),
  contacts: () => import('./da-contacts.ts').then((m) => m.daContacts),
  kioskCheckIn: () => import('./da-kiosk-check-in.ts').then((m) => m.daKioskCheckIn),
  statistics: () => import('./da-statistics.ts').then((m) => m.daStatistics),
  addressChange: () => import('./da-address-change-steps.ts').then((m) => m.daAddressChangeSteps),
  representation: () => import('./da-representation.ts').then((m) => m.daRepresentation),
  health: () =>
    Promise.all([import('./da-health-card-steps.ts'), import('./da-doctor-change-steps.ts')]).then(([h, d]) => ({
      ...h.daHealthCardSteps,
      ...d.daDoctorChangeSteps,
    })),
  workflows: () =>
    Promise.all([import('./da-mitid-steps.ts'), import('./da-passport-steps.ts'), import('./da-self-service-steps.ts')]).then(
      ([m, p, s]) => ({
        ...m.daMitIdSteps,
        ...p.daPassportSteps,
        ...s.daSelfServiceSteps,
      }),
    ),
} as const;
export type MessagePart = keyof typeof DANISH_PARTS;
const loadedParts = new Map<MessagePart, Promise<void>>();

/** Loads a part of the Danish messages (once); a route's beforeLoad awaits it before its screens render. */
export function loadMessages(part: MessagePart): Promise<void> {
  let pending = loadedParts.get(part);
  if (!pending) {
    pending = DANISH_PARTS[part]().then((messages) => {
      Object.assign(dictionaries.da!, messages);
    });
    pending.catch(() => loadedParts.delete(part));
    loadedParts.set(part, pending);
  }
  return pending;
}

/** Loads a language's dictionary (once); resolves when `translate` can use it. */
export function loadLanguage(language: Language): Promise<void> {
  if (dictionaries[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = import('./en.ts').then((module) => {
      dictionaries.en = module.en;
    });
    pending.catch(() => loading.delete(language)); // a failed download may be tried again
    loading.set(language, pending);
  }
  return pending;
}

/** Whether a language's dictionary is there (tests and the provider ask). */
export const isLanguageLoaded = (language: Language) => Boolean(dictionaries[language]);
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

// Building an Intl formatter costs far more than formatting with one (a counter screen formats hundreds of times per
// render): one formatter per locale and options, kept for the page's life (a handful of distinct option sets exist).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * Builds the formatter the counter screen's heading uses before any page needs it, and formats once with it: the first
 * Intl formatter of a page loads the locale's data (about 60 ms of a 4x-throttled phone's main thread), and its first
 * format() loads the calendar and the time zone's rules (about 100 ms more), both of which otherwise land inside the
 * first screen's render. main.tsx calls this while the page waits for the network (a task each: `requestIdleCallback`
 * proved too late, after the data had arrived). `later` runs a step in a task of its own (main.tsx's `nextTask`).
 */
export function warmIntl(language: Language, later: (step: () => void) => void): void {
  // Two tasks, each shorter than the 50 ms that make a task "long" for a phone.
  later(() => {
    const format = dateFormat(intlLocales[language], { dateStyle: 'full' });
    later(() => format.format(Date.now()));
  });
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  // A language not loaded yet stands in with Danish; a message part not loaded yet shows its key (a route forgot to
  // load it: visible in tests, never a crash).
  const template = dictionaries[language]?.[key] ?? dictionaries.da![key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat(intlLocales[language]).format(value) : value;
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

  // The dictionary of a language that was not loaded yet: rendered in Danish meanwhile, again once it is here.
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!isLanguageLoaded(language)) void loadLanguage(language).then(() => setLoaded((n) => n + 1));
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not persisted, but the switch still works for this page load.
    }
    // At once: the choice shows as made; the words follow when the dictionary has arrived (the effect above).
    setLanguageState(next);
  }, []);

  const dictionaryLoaded = isLanguageLoaded(language);
  const value = useMemo<I18n>(() => {
    const locale = intlLocales[language];
    return {
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatDate: (date, options = { dateStyle: 'long' }) => dateFormat(locale, options).format(date),
      formatNumber: (value, options) => numberFormat(locale, options).format(value),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a language's dictionary arriving changes translate's output
  }, [language, setLanguage, dictionaryLoaded]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
