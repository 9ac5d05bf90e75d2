import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, locales, type Locale } from '#contracts/common';
import { id, type Messages } from '../locales/id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}

const storageKey = 'benteng.locale';

// Indonesian is bundled (the default and the fallback); the other languages load on first use.
const loaders: Record<Exclude<Locale, 'id'>, () => Promise<Messages>> = {
  en: () => import('../locales/en').then((m) => m.en),
  ms: () => import('../locales/ms').then((m) => m.ms),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language chosen on this device before signing in (the user's saved choice wins after). */
export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** Switches the interface language, loading its messages first, and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  if (locale !== 'id' && !i18next.hasResourceBundle(locale, 'translation')) {
    i18next.addResourceBundle(locale, 'translation', await loaders[locale]());
  }
  rememberLocale(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

/** Initialises i18next with the device's language; resolves once its messages are loaded. */
export async function initI18n(): Promise<void> {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id } },
    lng: 'id',
    fallbackLng: 'id',
    supportedLngs: [...locales],
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  document.documentElement.lang = 'id';
  await applyLocale(storedLocale());
}
