import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { ticketServiceName } from '../../../../features/queue/names.ts';
import { ticketQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { useCounterCommands } from './use-counter-commands.ts';

interface ParkedTicketsProps {
  ids: string[];
  onGone(id: string): void;
  auth: AuthSession;
  canCall: boolean;
  commands: ReturnType<typeof useCounterCommands>;
}

/** Citizens this counter parked: call them back when they return, or put them back in the queue. */
export function ParkedTickets({ ids, onGone, auth, canCall, commands }: ParkedTicketsProps) {
  const { t, language } = useI18n();
  const results = useQueries({ queries: ids.map((id) => ticketQueryOptions(auth, id)) });
  const tickets = results.flatMap((r) => (r.data ? [r.data] : []));
  const parked = tickets.filter((ticket) => ticket.state === 'parked');
  const goneIds = ids
    .filter((_, i) => results[i]?.isError || (results[i]?.data && results[i].data.state !== 'parked'))
    .join(',');

  // Someone else called, returned or closed it: it no longer belongs in this list.
  useEffect(() => {
    for (const id of goneIds ? goneIds.split(',') : []) onGone(id);
  }, [goneIds, onGone]);

  if (ids.length === 0) return null;

  return (
    <Paper component="section" aria-labelledby="parked-heading" withBorder radius="md" p="lg">
      <Title order={2} size="h4" id="parked-heading" mb="sm">
        {t('counter.parked.heading')}
      </Title>
      {parked.length === 0 ? (
        <Text c="dimmed">{t('counter.parked.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {parked.map((ticket) => (
            <Group component="li" key={ticket.id} justify="space-between" gap="md">
              <Text fw={600} size="lg">
                {ticket.displayNumber} <Text span fw={400}>· {ticketServiceName(ticket, language)}</Text>
              </Text>
              <Group gap="xs">
                <Button
                  size="sm"
                  disabled={!canCall}
                  onClick={() => commands.mutate({ kind: 'callParked', ticket })}
                  aria-label={`${t('counter.parked.callBack')} ${ticket.displayNumber}`}
                >
                  {t('counter.parked.callBack')}
                </Button>
                <Button
                  size="sm"
                  variant="default"
                  disabled={commands.isPending}
                  onClick={() => commands.mutate({ kind: 'simple', ticket, action: 'return' })}
                  aria-label={`${t('counter.parked.return')} ${ticket.displayNumber}`}
                >
                  {t('counter.parked.return')}
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
