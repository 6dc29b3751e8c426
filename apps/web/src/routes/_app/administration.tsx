import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../auth/require-role.ts';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { EmptyState } from '../../components/EmptyState/EmptyState.tsx';
import { locationsQueryOptions } from '../../features/locations/queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const Route = createFileRoute('/_app/administration')({
  beforeLoad: ({ context }) => requireRole(context.user, 'admin'),
  loader: ({ context }) => context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
  component: AdministrationPage,
});

function AdministrationPage() {
  const { t } = useI18n();
  const { user, auth } = Route.useRouteContext();
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));

  return (
    <Stack gap="xl" maw={960}>
      <DocumentTitle title={t('admin.heading')} />
      <Title order={1}>{t('admin.heading')}</Title>

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

      <EmptyState icon={<IconUsersGroup size={26} />} title={t('admin.empty.title')}>
        {t('admin.empty.body')}
      </EmptyState>
    </Stack>
  );
}
