const key = 'benteng.returnTo';

/** Remembers the page someone asked for before signing in, to open it once they are in. */
export function rememberReturnTo(path: string): void {
  if (path.startsWith('/login') || path === '/') return;
  try {
    sessionStorage.setItem(key, path);
  } catch {
    // Storage may be refused; the user then lands on the home page.
  }
}

export function takeReturnTo(): string {
  try {
    const path = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    // Only paths of this application: never a full URL somebody slipped in.
    return path?.startsWith('/') && !path.startsWith('//') ? path : '/';
  } catch {
    return '/';
  }
}
