import { createFileRoute, redirect } from '@tanstack/react-router';
import { StandaloneRouteError } from '../../components/ErrorView/ErrorView.tsx';
import { AppLayout } from './-components/AppLayout.tsx';

/** Every page behind sign-in. The first visit after a reload waits here for the silent refresh. */
export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    await context.auth.restore();
    const user = context.auth.user;
    if (!user) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { user };
  },
  errorComponent: StandaloneRouteError,
  component: AppLayout,
});
