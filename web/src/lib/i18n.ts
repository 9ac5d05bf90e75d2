import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, locales, type Locale } from '#contracts/common';
import { id, type Messages } from '../locales/id';

/**
 * Messages a feature loads with its own code instead of the initial bundle (e.g. `cases`). Each
 * such feature adds its section here by declaration merging; see registerMessageSection.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface FeatureMessages {}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id & FeatureMessages };
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

type SectionLoaders = Record<Locale, () => Promise<object>>;
const sections = new Map<string, SectionLoaders>();
const loadedSections = new Set<string>();
const loadedLocales = new Set<Locale>(['id']);

async function loadSection(name: string, locale: Locale): Promise<void> {
  const loader = sections.get(name)?.[locale];
  if (!loader || loadedSections.has(`${name}|${locale}`)) return;
  i18next.addResourceBundle(locale, 'translation', { [name]: await loader() }, true, true);
  loadedSections.add(`${name}|${locale}`);
}

/**
 * Adds a lazily loaded feature's messages under `name`, in the current language now and in any
 * language switched to later, so they never weigh on the first page load.
 */
export async function registerMessageSection(name: string, loaders: SectionLoaders): Promise<void> {
  sections.set(name, loaders);
  await loadSection(name, currentLocale());
}

/** Switches the interface language, loading its messages first, and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  if (locale !== 'id' && !loadedLocales.has(locale)) {
    i18next.addResourceBundle(locale, 'translation', await loaders[locale](), true, true);
    loadedLocales.add(locale);
  }
  await Promise.all([...sections.keys()].map((name) => loadSection(name, locale)));
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
