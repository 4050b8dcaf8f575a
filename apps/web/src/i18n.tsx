import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, zh, type MessageKey } from './i18n-messages';
import { format } from './lib/format';

export type Language = 'zh' | 'en';
const STORAGE_KEY = 'quickclaim.language';
const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { zh, en };

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** For keys built from API values (statuses, kinds, codes): the text, or the value itself. */
  tv(prefix: string, value: string): string;
  dateTime(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary = DICTIONARIES[language];
    const dateFormat = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    return {
      language,
      setLanguage,
      t: (key, params) => format(dictionary[key], params),
      tv: (prefix, value) => {
        const key = `${prefix}.${value}` as MessageKey;
        return key in dictionary ? dictionary[key] : value;
      },
      dateTime: (iso) => {
        const time = Date.parse(iso);
        return Number.isNaN(time) ? '—' : dateFormat.format(time);
      },
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
