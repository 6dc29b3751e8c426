import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation, IconInfoCircle } from '@tabler/icons-react';
import { createFileRoute, redirect } from '@tanstack/react-router';
import { parseLoginSearch } from '../../auth/login-search.ts';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { StandaloneRouteError } from '../../components/ErrorView/ErrorView.tsx';
import { StandalonePage } from '../../components/StandalonePage/StandalonePage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { LoginForm } from './-components/LoginForm.tsx';

export const Route = createFileRoute('/login')({
  validateSearch: parseLoginSearch,
  beforeLoad: async ({ context, search }) => {
    await context.auth.restore();
    if (context.auth.user) throw redirect({ href: search.redirect ?? '/', replace: true });
  },
  errorComponent: StandaloneRouteError,
  component: LoginPage,
});

function LoginPage() {
  const { t } = useI18n();
  const { reason, redirect: next } = Route.useSearch();
  const { auth } = Route.useRouteContext();
  const navigate = Route.useNavigate();

  return (
    <StandalonePage>
      <DocumentTitle title={t('login.pageTitle')} />
      <Paper withBorder shadow="xs" radius="md" p="xl" maw={440} mx="auto">
        <Stack gap="lg">
          <div>
            <Title order={1} mb="xs">
              {t('login.heading')}
            </Title>
            <Text c="dimmed">{t('login.intro')}</Text>
          </div>
          {reason === 'expired' && (
            <Alert role="status" color="yellow" variant="light" icon={<IconClockExclamation aria-hidden />}>
              <Text c="dark.8">{t('login.notice.expired')}</Text>
            </Alert>
          )}
          {reason === 'signed-out' && (
            <Alert role="status" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t('login.notice.signedOut')}
            </Alert>
          )}
          <LoginForm auth={auth} onSignedIn={() => void navigate({ href: next ?? '/', replace: true })} />
        </Stack>
      </Paper>
    </StandalonePage>
  );
}
