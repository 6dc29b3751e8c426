// Shims Mantine needs under jsdom (from Mantine's Vitest guide), plus per-test cleanup.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage, loadMessages } from '../i18n/i18n.tsx';

// English and parts of the Danish (administration, audit, statistics) are loaded lazily in the app; tests render any screen straight away.
await Promise.all([
  loadLanguage('en'),
  loadMessages('admin'),
  loadMessages('audit'),
  loadMessages('statistics'),
  loadMessages('workflows'),
]);

// findBy*/waitFor give up after 1 s by default. `pnpm test` runs every project at once on a two-core machine, where a
// route's first render can take several seconds; a real failure still fails, only later (the test timeout is 15 s).
configure({ asyncUtilTimeout: 8_000 });

const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};
// The router restores scroll positions on navigation; jsdom has no layout to scroll.
window.scrollTo = () => {};

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverShim {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverShim;

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = 'da';
});
