import { Button, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { AccessDeniedError, SessionExpiredError } from '../../lib/http.ts';
import { DocumentTitle } from '../DocumentTitle/DocumentTitle.tsx';
import { PageLoader } from '../PageLoader/PageLoader.tsx';
import { RouterButton } from '../RouterLink/RouterLink.tsx';
import { StandalonePage } from '../StandalonePage/StandalonePage.tsx';

/** A calm explanation instead of a stack trace; internals stay in the server's logs. */
export function ErrorView({ error }: { error: unknown }) {
  const { t } = useI18n();
  const router = useRouter();
  const queryErrorReset = useQueryErrorResetBoundary();

  // Lets a failed query run again once the user retries, instead of rethrowing its cached error.
  useEffect(() => queryErrorReset.reset(), [queryErrorReset]);

  // The app is already on its way to the sign-in page; an error page would only flash.
  if (error instanceof SessionExpiredError) return <PageLoader />;

  const denied = error instanceof AccessDeniedError;
  const heading = denied ? t('forbidden.heading') : t('error.heading');
  return (
    <Stack align="flex-start" gap="md" maw={560}>
      <DocumentTitle title={heading} />
      <ThemeIcon size={48} radius="xl" variant="light" color={denied ? 'blue' : 'red'} aria-hidden>
        {denied ? <IconLock size={26} /> : <IconAlertTriangle size={26} />}
      </ThemeIcon>
      <Title order={1}>{heading}</Title>
      <Text>{denied ? t('forbidden.body') : t('error.body')}</Text>
      <Group>
        {!denied && <Button onClick={() => void router.invalidate()}>{t('error.retry')}</Button>}
        <RouterButton to="/" variant={denied ? 'filled' : 'default'}>
          {t('error.home')}
        </RouterButton>
      </Group>
    </Stack>
  );
}

/** For routes inside the signed-in shell: the header and menu stay usable. */
export function RouteError({ error }: ErrorComponentProps) {
  return <ErrorView error={error} />;
}

/** For routes that own the whole page (root, shell, sign-in). */
export function StandaloneRouteError({ error }: ErrorComponentProps) {
  return (
    <StandalonePage>
      <ErrorView error={error} />
    </StandalonePage>
  );
}
