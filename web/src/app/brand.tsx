import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSystemInfo } from '../features/auth';
import { Badge } from '../ui';

/** The product name, and a DEMO badge that cannot be missed when the data is synthetic. */
export function Brand() {
  const { t } = useTranslation();
  const info = useSystemInfo();
  return (
    <div className="brand">
      <Link to="/" className="brand__link">
        <img src="/favicon.svg" alt="" width={28} height={28} className="brand__logo" />
        <span className="brand__name">{t('app.name')}</span>
      </Link>
      {info.data?.mode === 'demo' ? (
        <Badge tone="demo" className="brand__demo">
          {t('app.demo.badge')}
        </Badge>
      ) : null}
    </div>
  );
}

export function DemoBanner() {
  const { t } = useTranslation();
  const info = useSystemInfo();
  if (info.data?.mode !== 'demo') return null;
  return (
    <div className="demo-banner" data-testid="demo-banner">
      <div className="container">{t('app.demo.banner')}</div>
    </div>
  );
}
