import { Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { CounterSession } from '@skranke/contracts';
import { IconSparkles } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { updateCounterSession } from '../../../../features/queue/actions.ts';
import { localName } from '../../../../features/queue/names.ts';
import { queueKeys } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface NewServicesOfferProps {
  session: CounterSession;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
  /** Where focus goes once the offer is answered (it disappears with its buttons). */
  onAnswered(): void;
}

/** A service added after the worker signed in: take it into the running session, or not now. */
export function NewServicesOffer({ session, auth, notice, onAnswered }: NewServicesOfferProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [declined, setDeclined] = useState<string[]>([]);
  const offer = session.newServices.find((s) => !declined.includes(s.id));

  const take = useMutation({
    mutationFn: (serviceId: string) => updateCounterSession(auth, { serviceIds: [...session.serviceIds, serviceId] }),
    onMutate: () => notice.clear(),
    onSuccess: (next, serviceId) => {
      queryClient.setQueryData(queueKeys.mySession(), next);
      const service = session.newServices.find((s) => s.id === serviceId);
      if (service) notice.show('success', t('counter.newService.added', { service: localName(service, language) }));
      onAnswered();
    },
    onError: notice.showError,
  });

  if (!offer) return null;
  const name = `${offer.prefix} · ${localName(offer, language)}`;
  return (
    // A region, not an alert: it waits for an answer without interrupting what the screen reader is reading.
    <Paper component="section" aria-labelledby="new-service-heading" withBorder radius="md" p="lg" bg="blue.0">
      <Stack gap="sm">
        <Group gap="sm">
          <ThemeIcon variant="light" color="blue" aria-hidden>
            <IconSparkles size={18} />
          </ThemeIcon>
          <Text fw={700} size="lg" id="new-service-heading">
            {t('counter.newService.title', { service: name })}
          </Text>
        </Group>
        <Text>{t('counter.newService.body')}</Text>
        <Group gap="sm">
          <Button onClick={() => take.mutate(offer.id)} loading={take.isPending}>
            {t('counter.newService.add', { service: localName(offer, language) })}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setDeclined((d) => [...d, offer.id]);
              onAnswered();
            }}
          >
            {t('counter.newService.later')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
