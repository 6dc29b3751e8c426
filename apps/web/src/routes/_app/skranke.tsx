import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconBus, IconUsersGroup } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { EmptyState } from '../../components/EmptyState/EmptyState.tsx';
import { locationsQueryOptions } from '../../features/locations/queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const Route = createFileRoute('/_app/skranke')({
  loader: ({ context }) => context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
  component: CounterPage,
});

function CounterPage() {
  const { t, formatDate } = useI18n();
  const { user, auth } = Route.useRouteContext();
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const mine = locations.filter((location) => user.locationIds.includes(location.id));

  return (
    <Stack gap="xl" maw={960}>
      <DocumentTitle title={t('counter.heading')} />
      <div>
        <Title order={1}>{t('counter.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('counter.today', { date: formatDate(new Date(), { dateStyle: 'full' }) })}
        </Text>
      </div>

      <section aria-labelledby="my-locations">
        <Title order={2} size="h4" id="my-locations" mb="sm">
          {t('counter.yourLocations')}
        </Title>
        {mine.length === 0 ? (
          <Text>{t('counter.noLocations')}</Text>
        ) : (
          <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} m={0} p={0} style={{ listStyle: 'none' }}>
            {mine.map((location) => (
              <Paper component="li" key={location.id} withBorder radius="md" p="md">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  {location.kind === 'mobile' ? <IconBus aria-hidden /> : <IconBuilding aria-hidden />}
                  {/* Names and addresses come from the municipality in Danish, whatever the interface language. */}
                  <div lang="da">
                    <Text fw={600}>{location.name}</Text>
                    <Text size="sm" c="dimmed">
                      {location.address}
                    </Text>
                  </div>
                  {location.kind === 'mobile' && (
                    <Badge variant="light" ml="auto">
                      {t('admin.kind.mobile')}
                    </Badge>
                  )}
                </Group>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </section>

      <EmptyState icon={<IconUsersGroup size={26} />} title={t('counter.empty.title')}>
        {t('counter.empty.body')}
      </EmptyState>
    </Stack>
  );
}
