import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Me } from '#contracts/auth';
import { MenuIcon, CloseIcon } from '../ui';
import { Brand, DemoBanner } from './brand';
import { Footer } from './footer';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { mainId, SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

/**
 * Moves focus to the main region after a client-side navigation, as a page load would, so a
 * screen reader starts reading the new page and Tab continues from its top.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const isFirst = useRef(true);
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    document.getElementById(mainId)?.focus({ preventScroll: false });
  }, [pathname]);
}

/** The frame of every signed-in page: header, navigation by permission, main, footer. */
export function AppShell({
  me,
  showNavigation = true,
  children,
}: {
  me: Me;
  showNavigation?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  useFocusMainOnNavigation();
  const navId = 'main-navigation';
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="container app-header__row">
          {showNavigation ? (
            <button
              type="button"
              className="icon-button app-header__menu"
              aria-expanded={isMenuOpen}
              aria-controls={navId}
              aria-label={isMenuOpen ? t('nav.close') : t('nav.open')}
              onClick={() => setIsMenuOpen((open) => !open)}
            >
              {isMenuOpen ? <CloseIcon /> : <MenuIcon />}
            </button>
          ) : null}
          <Brand />
          <div className="app-header__tools">
            <LanguageSwitch />
            <UserMenu me={me} />
          </div>
        </div>
        <DemoBanner />
      </header>
      {showNavigation ? (
        <MainNav
          id={navId}
          permissions={me.permissions}
          isOpen={isMenuOpen}
          onNavigate={() => setIsMenuOpen(false)}
        />
      ) : null}
      <main id={mainId} tabIndex={-1} className="app-main">
        <div className="container">{children}</div>
      </main>
      <Footer tagline={t('app.tagline')} />
    </div>
  );
}
