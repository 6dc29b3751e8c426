import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ApiError } from './lib/http.ts';
import { I18nProvider, type Language } from './i18n/i18n.tsx';
import type { createAppRouter } from './router.tsx';
import { theme } from './theme.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not get better by asking again; network trouble and 5xx may.
        retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
      },
    },
  });
}

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  language?: Language;
  /** "test" turns off Mantine's transitions and portals' delays. */
  env?: 'default' | 'test';
}

export function AppProviders({ queryClient, children, language, env = 'default' }: AppProvidersProps) {
  return (
    // The theme's CSS variables come from src/theme-variables.gen.css (build/theme-css.tsx), not from the provider, which
    // would compute them on every page load.
    <MantineProvider theme={theme} withCssVariables={false} forceColorScheme="light" env={env}>
      <I18nProvider {...(language ? { initialLanguage: language } : {})}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}

export function App({ router, queryClient }: { router: ReturnType<typeof createAppRouter>; queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
