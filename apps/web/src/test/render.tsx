import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { AppProviders } from '../App.tsx';
import { AuthSession } from '../auth/session.ts';
import type { Language } from '../i18n/i18n.tsx';
import { createAppRouter } from '../router.tsx';

const sessions = new Set<AuthSession>();
afterEach(() => {
  for (const session of sessions) session.dispose();
  sessions.clear();
});

function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** The whole app, with its real routes, at `path` in a memory history. */
export async function renderApp(path: string, options: { language?: Language } = {}) {
  const queryClient = testQueryClient();
  const auth = new AuthSession();
  sessions.add(auth);
  const router = createAppRouter({ queryClient, auth, history: createMemoryHistory({ initialEntries: [path] }) });
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} env="test" {...(options.language ? { language: options.language } : {})}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  // Every page has exactly one h1; waiting for it means the router has settled.
  await screen.findByRole('heading', { level: 1 });
  return { ...result, user, router, auth, queryClient };
}

/** One component inside the providers and a one-route memory router (so links and router hooks work). */
export async function renderWithProviders(ui: ReactNode, options: { language?: Language } = {}) {
  const rootRoute = createRootRoute({ component: () => ui });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) });
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={testQueryClient()} env="test" {...(options.language ? { language: options.language } : {})}>
      <RouterProvider router={router as never} />
    </AppProviders>,
  );
  await router.load();
  return { ...result, user, router };
}
