import { useTranslation } from 'react-i18next';

export const mainId = 'main-content';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${mainId}`}>
      {t('app.skipToContent')}
    </a>
  );
}
