import { useDeferredValue } from 'react';

/**
 * False on a component's first render, true on the render React does next, as a transition. What a first screen shows
 * behind it (a menu, a form below the page's heading) is then rendered in slices that yield to the browser every few
 * milliseconds, not inside the one blocking render that puts the page's data on screen: the router's and the query
 * cache's updates come through useSyncExternalStore, which React always renders synchronously. Afterwards it stays
 * true: a page that is already up is not affected.
 *
 * Measured on the counter screen (docs/benchmarks.md, session 10; Chromium, CPU throttled 4x): the render after the
 * data arrived was one task of 260–460 ms; with AppLayout and CounterSignIn behind this hook, no task after the data
 * is longer than about 90 ms.
 */
export function useDeferredMount(): boolean {
  return useDeferredValue(true, false);
}
