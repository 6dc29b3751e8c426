import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * The public pages' whole router: four paths, read from `location.pathname` and changed with the History API. A
 * phone should not download a router library for that.
 */
export type PublicRoute =
  { page: 'booking' } | { page: 'my-booking' } | { page: 'remote-ticket' } | { page: 'ticket'; token: string } | { page: 'not-found' };

export function routeOf(pathname: string): PublicRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/tidsbestilling') return { page: 'booking' };
  if (path === '/tidsbestilling/min-tid') return { page: 'my-booking' };
  // Never a token: a status link's token is 43 characters.
  if (path === '/billet/ny') return { page: 'remote-ticket' };
  const ticket = /^\/billet\/([^/]+)$/.exec(path);
  if (ticket) return { page: 'ticket', token: decodeURIComponent(ticket[1]!) };
  return { page: 'not-found' };
}

const NAVIGATED = 'skranke:navigated';

export function navigate(path: string) {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}

/** The current path, following links, the back button and `navigate`. */
export function usePathname(): string {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return pathname;
}

/** A plain link that changes page without reloading it (a modified click still opens a new tab). */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
