import { Alert, AppShell, Divider, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Outlet, useNavigate } from '@tanstack/react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch/LanguageSwitch.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../../../components/SkipLink/SkipLink.tsx';
import { useCounterAwareSignOut } from '../../../features/queue/CounterSignOutDialog.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { AppHeader, NAVIGATION_ID, UserSummary } from './AppHeader.tsx';
import { AppNavigation } from './AppNavigation.tsx';

const appRoute = getRouteApi('/_app');

export function AppLayout() {
  const { t } = useI18n();
  const { user, auth, queryClient } = appRoute.useRouteContext();
  const navigate = useNavigate();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  const signOut = useMutation({
    mutationFn: () => auth.logout(),
    onSuccess: async () => {
      await navigate({ to: '/login', search: { reason: 'signed-out' } });
      // After leaving the shell, so no mounted page refetches; the next user must not see this user's data.
      queryClient.clear();
    },
  });

  // Signed in at a counter: ask "Luk skranken og log ud?" and close the counter session first.
  const counterSignOut = useCounterAwareSignOut(auth, () => signOut.mutate());

  return (
    <>
      <SkipLink />
      {counterSignOut.dialog}
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader
            user={user}
            navOpened={navOpened}
            onToggleNav={toggleNav}
            onSignOut={() => void counterSignOut.request()}
            signingOut={signOut.isPending}
          />
        </AppShell.Header>
        <AppShell.Navbar id={NAVIGATION_ID} aria-label={t('shell.navLabel')} p="sm">
          <AppNavigation role={user.role} onNavigate={closeNav} />
          {/* On phones the header has no room for these; the menu shows them instead. */}
          <Stack hiddenFrom="sm" gap="sm" mt="auto">
            <Divider />
            <UserSummary user={user} />
            <LanguageSwitch />
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} bg="gray.0">
          {signOut.isError && (
            <Alert color="red" variant="light" mb="lg" icon={<IconAlertCircle aria-hidden />}>
              {t('shell.signOutFailed')}
            </Alert>
          )}
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
