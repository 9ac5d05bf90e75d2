import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand, DemoBanner } from './brand';
import { LanguageSwitch } from './language-switch';
import { mainId, SkipLink } from './skip-link';
import { Footer } from './footer';
import { Loading } from '../ui';

/** The frame of the sign-in steps: name, demo notice, language; no navigation. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="container app-header__row">
          <Brand />
          <div className="app-header__tools">
            <LanguageSwitch />
          </div>
        </div>
        <DemoBanner />
      </header>
      <main id={mainId} tabIndex={-1} className="app-main app-main--public">
        <div className="container">{children}</div>
      </main>
      <Footer tagline={t('app.tagline')} />
    </div>
  );
}

export function FullPageLoading() {
  return (
    <PublicShell>
      <Loading />
    </PublicShell>
  );
}
