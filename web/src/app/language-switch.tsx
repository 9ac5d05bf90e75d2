import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { locales } from '#contracts/common';
import { useChangeLocale } from '../features/auth';
import { isLocale } from '../lib/i18n';
import { GlobeIcon } from '../ui';

/** Each language is named in itself, so a reader finds theirs whatever is shown now. */
const nativeNames = { id: 'Bahasa Indonesia', en: 'English', ms: 'Bahasa Malaysia' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { change, isPending } = useChangeLocale();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <GlobeIcon />
      {/* On narrow screens the code stands in for the full name; the select still names it. */}
      <span className="language-switch__code" aria-hidden="true">
        {i18n.language.toUpperCase()}
      </span>
      <select
        id={id}
        data-testid="language-switch"
        className="language-switch__select"
        value={i18n.language}
        disabled={isPending}
        onChange={(event) => {
          if (isLocale(event.target.value)) void change(event.target.value);
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {nativeNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
