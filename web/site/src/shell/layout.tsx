import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { hrefIn, languageNames, languages, type Language } from './i18n';
import { shellMessages } from './messages';
import { Link } from './router';

export interface LayoutProps {
  language: Language;
  /** The current path, so the language switch keeps the page. */
  path: string;
  /** The page's title: the <h1> and the document title. */
  title: string;
  /** Where the site name links to (the area's home, e.g. `/info`). */
  home: string;
  /** Extra footer content of an area (e.g. the offline button of /info). */
  footer?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The shared page frame of every public area: skip link, header with the language switch, one
 * <h1> that takes focus after an in-site navigation, and a footer with the hotlines and the
 * anonymous report form.
 */
export function Layout({ language, path, title, home, footer, children }: LayoutProps) {
  const t = shellMessages[language];
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    document.title = `${title} · Benteng`;
    document.documentElement.lang = language;
    // Screen readers announce the new page; not on first load, where focus belongs to the browser.
    if (!firstRender.current) heading.current?.focus();
    firstRender.current = false;
  }, [title, language, path]);
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header class="site-header">
        <Link class="site-name" href={hrefIn(home, language)}>
          {t.siteName}
        </Link>
        <nav aria-label={t.languageLabel} class="language-switch">
          {languages.map((code) => (
            <Link key={code} href={hrefIn(path, code)} lang={code} hreflang={code} aria-current={code === language ? 'true' : undefined}>
              {languageNames[code]}
            </Link>
          ))}
        </nav>
      </header>
      <main id="main" class="site-main">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
      <footer class="site-footer">
        <h2>{t.helpTitle}</h2>
        <ul class="hotlines">
          <li>
            <a href="tel:129">{t.hotlineSapa}</a>
          </li>
          <li>
            <a href="https://wa.me/628111129129" rel="noreferrer">
              {t.hotlineSapaWhatsapp}
            </a>
          </li>
          <li>
            <a href="tel:110">{t.hotlinePolice}</a>
          </li>
        </ul>
        <p>
          <a href={hrefIn('/lapor', language)}>{t.reportLink}</a>
        </p>
        {footer}
      </footer>
    </>
  );
}
