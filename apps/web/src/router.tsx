import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { RouteError } from './components/ErrorView/ErrorView.tsx';
import { StandaloneNotFound } from './components/NotFoundView/NotFoundView.tsx';
import { PageLoader } from './components/PageLoader/PageLoader.tsx';
import { createDeviceSessions } from './features/devices/device-session.ts';
import type { RouterContext } from './router-context.ts';
import { routeTree } from './routeTree.gen.ts';

export function createAppRouter({
  queryClient,
  auth,
  devices = createDeviceSessions(),
  history,
}: Omit<RouterContext, 'devices'> & { devices?: RouterContext['devices']; history?: RouterHistory }) {
  const router = createRouter({
    routeTree,
    context: { queryClient, auth, devices },
    ...(history ? { history } : {}),
    defaultPreload: 'intent',
    // Loaders only prime the query cache; TanStack Query decides what is fresh, so the router caches nothing itself.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: StandaloneNotFound,
    defaultPendingComponent: PageLoader,
  });

  auth.onExpired(() => {
    const { pathname, href } = router.state.location;
    if (pathname === '/login') return;
    void router.navigate({ to: '/login', search: { reason: 'expired', redirect: href }, replace: true }).then(() => {
      queryClient.clear();
    });
  });

  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
