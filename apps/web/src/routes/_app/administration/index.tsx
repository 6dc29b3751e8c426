import { Badge, Card, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { RouterAnchor } from '../../../components/RouterLink/RouterLink.tsx';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ADMIN_SECTIONS } from './-components/sections.ts';

/** The administration overview: a card per section and the municipality's locations at a glance. */
export const Route = createFileRoute('/_app/administration/')({
  loader: ({ context }) => context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
  component: AdministrationOverview,
});

function AdministrationOverview() {
  const { t } = useI18n();
  const { user, auth } = Route.useRouteContext();
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  return (
    <Stack gap="xl">
      <DocumentTitle title={t('admin.heading')} />
      <Stack gap="xs">
        <Title order={1}>{t('admin.heading')}</Title>
        <Text>{t('admin.overview.intro', { municipality: user.municipalityName })}</Text>
      </Stack>

      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} m={0} p={0} style={{ listStyle: 'none' }}>
        {ADMIN_SECTIONS.map(({ to, label, description, icon: Icon }) => (
          <Card component="li" key={to} withBorder radius="md" padding="md">
            <Stack gap={6}>
              <Icon size={26} stroke={1.6} aria-hidden />
              <RouterAnchor to={to} fw={600} size="lg">
                {t(label)}
              </RouterAnchor>
              {description && (
                <Text size="sm" c="dimmed">
                  {t(description)}
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>

      <section aria-labelledby="locations-heading">
        <Title order={2} size="h4" id="locations-heading">
          {t('admin.locations', { municipality: user.municipalityName })}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('admin.locationCount', { count: locations.length })}
        </Text>
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.column.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.column.kind')}</Table.Th>
                  <Table.Th scope="col">{t('admin.column.address')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {locations.map((location) => (
                  <Table.Tr key={location.id}>
                    <Table.Td fw={500} lang="da">
                      {location.name}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={location.kind === 'mobile' ? 'grape' : 'blue'}>
                        {t(location.kind === 'mobile' ? 'admin.kind.mobile' : 'admin.kind.office')}
                      </Badge>
                    </Table.Td>
                    <Table.Td lang="da">{location.address}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      </section>
    </Stack>
  );
}
