import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { languageOf, type Language } from './i18n';

// A client-side router small enough to read in a minute: paths of one public area are rendered by
// one bundle; links are real <a href> (they work without JavaScript and open in a new tab).

export interface Place {
  path: string;
  language: Language;
  params: URLSearchParams;
}

const listeners = new Set<() => void>();

function currentPlace(): Place {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return { path, language: languageOf(window.location.search), params: new URLSearchParams(window.location.search) };
}

/** Goes to a site address without reloading, then moves focus to the new page's heading. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
  if (!options.replace) window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

/** The current path, language and query, re-rendering on every navigation. */
export function usePlace(): Place {
  const [place, setPlace] = useState(currentPlace);
  useEffect(() => {
    const update = () => setPlace(currentPlace());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return place;
}

type LinkProps = JSX.AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An in-site link: a plain click navigates without a reload; modified clicks behave as usual. */
export function Link(props: LinkProps) {
  const onClick = (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} onClick={onClick} />;
}
