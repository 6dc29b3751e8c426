import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { DeviceKindMismatchError, type DeviceSession } from '../../features/devices/device-session.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApiError } from '../../lib/http.ts';
import { DocumentTitle } from '../DocumentTitle/DocumentTitle.tsx';
import { StandalonePage } from '../StandalonePage/StandalonePage.tsx';

interface DeviceSetupProps {
  device: DeviceSession;
  revoked: boolean;
  /** Where the screen itself lives, for the staff sign-in's way back. */
  screenPath: '/display' | '/kiosk';
  onPaired(): void;
}

/**
 * Done once per screen by an administrator: the device key shown when the kiosk or call display was created is
 * pasted here, exchanged for an access token to check it, and kept on this screen.
 */
export function DeviceSetup({ device, revoked, screenPath, onPaired }: DeviceSetupProps) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [missing, setMissing] = useState(false);
  const title = t(device.kind === 'display' ? 'device.display.title' : 'device.kiosk.title');

  const pair = useMutation({ mutationFn: () => device.pair(key), onSuccess: onPaired });
  const failure = pair.error;
  const failureText =
    failure instanceof DeviceKindMismatchError
      ? t(failure.actualKind === 'kiosk' ? 'device.error.wrongKind.kiosk' : 'device.error.wrongKind.display')
      : failure instanceof ApiError && failure.status < 500
        ? t('device.error.invalid')
        : failure
          ? t('device.error.unreachable')
          : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!key.trim()) return setMissing(true);
    pair.mutate();
  };

  return (
    <StandalonePage>
      <DocumentTitle title={title} />
      <Paper withBorder shadow="xs" radius="md" p="xl" maw={560} mx="auto">
        <Stack gap="lg">
          <div>
            <Title order={1} mb="xs">
              {title}
            </Title>
            <Text>{t('device.intro')}</Text>
          </div>
          {revoked && !failureText && (
            <Alert role="status" color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
              <Text c="dark.8">{t('device.revoked')}</Text>
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <PasswordInput
                label={t('device.key')}
                value={key}
                onChange={(event) => {
                  setKey(event.currentTarget.value);
                  setMissing(false);
                }}
                error={missing ? t('device.keyRequired') : undefined}
                autoComplete="off"
                spellCheck={false}
                size="md"
              />
              {failureText && (
                <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                  <Text c="dark.8">{failureText}</Text>
                </Alert>
              )}
              <Button type="submit" size="md" leftSection={<IconKey size={18} aria-hidden />} loading={pair.isPending}>
                {t('device.submit')}
              </Button>
            </Stack>
          </form>
          <Text size="sm">
            {t('device.staffAlternative')}{' '}
            <Anchor renderRoot={(props) => <Link {...props} to="/login" search={{ redirect: screenPath }} />}>{t('device.signIn')}</Anchor>
          </Text>
        </Stack>
      </Paper>
    </StandalonePage>
  );
}
