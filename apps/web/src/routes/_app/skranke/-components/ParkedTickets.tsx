import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { ticketServiceName } from '../../../../features/queue/names.ts';
import { parkedTicketsQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { useCounterCommands } from './use-counter-commands.ts';

interface ParkedTicketsProps {
  locationId: string;
  auth: AuthSession;
  canCall: boolean;
  commands: ReturnType<typeof useCounterCommands>;
}

/**
 * Citizens parked at this location (they went to fetch something): call them back when they return, or put them
 * back in the queue. The list comes from the server and follows the location's events, so it is the same in every
 * browser and survives a reload.
 */
export function ParkedTickets({ locationId, auth, canCall, commands }: ParkedTicketsProps) {
  const { t, language } = useI18n();
  const { data } = useQuery(parkedTicketsQueryOptions(auth, locationId));
  const parked = (data ?? []).filter((ticket) => ticket.state === 'parked');

  if (parked.length === 0) return null;

  return (
    <Paper component="section" aria-labelledby="parked-heading" withBorder radius="md" p="lg">
      <Title order={2} size="h4" id="parked-heading" mb="sm">
        {t('counter.parked.heading')}
      </Title>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {parked.map((ticket) => (
          <Group component="li" key={ticket.id} justify="space-between" gap="md">
            <Text fw={600} size="lg">
              {ticket.displayNumber}{' '}
              <Text span fw={400}>
                · {ticketServiceName(ticket, language)}
              </Text>
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
    </Paper>
  );
}
