import { Button, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface CallNextPanelProps {
  paused: boolean;
  pending: boolean;
  /** Undefined until the board has loaded. */
  waiting: number | undefined;
  onCallNext(): void;
}

export const CALL_NEXT_SHORTCUT = 'F2';

/** The counter's main button. F2 works from anywhere on the page; the button says so, to eyes and screen readers. */
export function CallNextPanel({ paused, pending, waiting, onCallNext }: CallNextPanelProps) {
  const { t } = useI18n();
  return (
    <Paper component="section" aria-labelledby="call-next-heading" withBorder radius="md" p="xl">
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3" id="call-next-heading">
          {t('counter.idle.heading')}
        </Title>
        <Button
          size="xl"
          h={88}
          px={40}
          fz={26}
          leftSection={<IconSpeakerphone size={30} aria-hidden />}
          rightSection={
            <Kbd size="lg" aria-hidden>
              {CALL_NEXT_SHORTCUT}
            </Kbd>
          }
          onClick={onCallNext}
          loading={pending}
          disabled={paused}
          aria-keyshortcuts={CALL_NEXT_SHORTCUT}
          data-counter-action="callNext"
          aria-describedby="call-next-shortcut"
        >
          {t('counter.callNext')}
        </Button>
        <Text id="call-next-shortcut" size="sm" c="dimmed">
          {t('counter.callNext.shortcut', { key: CALL_NEXT_SHORTCUT })}
        </Text>
        {paused ? (
          <Text size="lg">{t('counter.session.pausedNote')}</Text>
        ) : waiting !== undefined ? (
          <Text size="lg">{waiting === 0 ? t('counter.waitingNone') : t('counter.waitingForYou', { count: waiting })}</Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
