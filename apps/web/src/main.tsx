import './boot.ts';
import './mantine-styles.ts';
import './theme-variables.gen.css';
import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './App.tsx';
import { AuthSession } from './auth/session.ts';
import { loadLanguage, readStoredLanguage, warmIntl } from './i18n/i18n.tsx';
import { createAppRouter } from './router.tsx';

const queryClient = createQueryClient();
const auth = new AuthSession();
const language = readStoredLanguage();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Evaluating the bundle is one task of the main thread. What follows runs in tasks of its own, each short enough that a
// 4x-throttled phone does not count it as a long (blocking) task, while the silent sign-in (boot.ts) travels.
const nextTask = (step: () => void) => void setTimeout(step, 0);

nextTask(() => {
  const router = createAppRouter({ queryClient, auth });

  // The first page's code is fetched while the silent sign-in travels, not after it: the router would ask for it only
  // once the signed-in layout's beforeLoad has the session. A failure here is retried by the router. One task per route:
  // adding a chunk's preload links is up to ~100 ms of a 4x-throttled main thread.
  for (const route of router.getMatchedRoutes(window.location.pathname)[0]) {
    nextTask(() => void router.loadRouteChunk(route)?.catch(() => {}));
  }

  // The locale's data is loaded in two short tasks of their own while the page's data travel, not in the first
  // screen's render (i18n.tsx: warmIntl).
  warmIntl(language, nextTask);

  // A user who chose English gets its dictionary before the first render (Danish is always there).
  void loadLanguage(language)
    .catch(() => {})
    .then(() => {
      const root = createRoot(container);
      // The first render as a transition: React renders in slices, yielding to the browser every few milliseconds
      // instead of one long task (index.html's static frame stays on screen until it commits). Lighthouse, mobile, on
      // the counter screen: total blocking time 1,520 ms without, 901–1,353 ms with it (docs/benchmarks.md).
      startTransition(() =>
        root.render(
          <StrictMode>
            <App router={router} queryClient={queryClient} />
          </StrictMode>,
        ),
      );
    });
});
