import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { StandaloneRouteError } from '../components/ErrorView/ErrorView.tsx';
import { StandaloneNotFound } from '../components/NotFoundView/NotFoundView.tsx';
import type { RouterContext } from '../router-context.ts';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: StandaloneRouteError,
  notFoundComponent: StandaloneNotFound,
});
