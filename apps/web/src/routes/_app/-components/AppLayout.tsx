import { Alert, AppShell, Divider, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Outlet, useNavigate } from '@tanstack/react-router';
import { BootFrame } from '../../../components/BootFrame/BootFrame.tsx';
import { LanguageSwitch } from '../../../components/LanguageSwitch/LanguageSwitch.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../../../components/SkipLink/SkipLink.tsx';
import { useCounterAwareSignOut } from '../../../features/queue/CounterSignOutDialog.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useDeferredMount } from '../../../lib/deferred-mount.ts';
import { AppHeader, NAVBAR_BREAKPOINT, NAVIGATION_ID, UserSummary } from './AppHeader.tsx';
import { AppNavigation } from './AppNavigation.tsx';
import { NextYearFeeWarning } from './NextYearFeeWarning.tsx';

const appRoute = getRouteApi('/_app');

/**
 * The signed-in shell. Its first render after a page load (or a sign-in) draws only index.html's frame again; the shell
 * and the page are rendered right after, as a transition (lib/deferred-mount.ts): in slices that leave the browser
 * free between them, not in the one long task in which the router puts the page's data on screen.
 */
export function AppLayout() {
  const settled = useDeferredMount();
  return settled ? <Shell /> : <BootFrame />;
}

function Shell() {
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
        // Folded behind the burger below 1200 px, so a 1024 px laptop gives the page its whole width.
        navbar={{ width: 248, breakpoint: NAVBAR_BREAKPOINT, collapsed: { mobile: !navOpened } }}
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
        {/* data-folded: styles.css hides the folded menu (not just slides it away), so Tab does not wander into it. */}
        <AppShell.Navbar id={NAVIGATION_ID} aria-label={t('shell.navLabel')} p="sm" data-folded={!navOpened || undefined}>
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
          <NextYearFeeWarning role={user.role} tokens={auth} />
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
