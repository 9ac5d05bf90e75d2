import { useTranslation } from 'react-i18next';
import { useSystemInfo } from '../features/auth';

export function Footer({ tagline }: { tagline: string }) {
  const { t } = useTranslation();
  const info = useSystemInfo();
  return (
    <footer className="app-footer">
      <div className="container app-footer__row">
        <span>{tagline}</span>
        {info.data ? <span>{t('app.version', { version: info.data.version })}</span> : null}
      </div>
    </footer>
  );
}
