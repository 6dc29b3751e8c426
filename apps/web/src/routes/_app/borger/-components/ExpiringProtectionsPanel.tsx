import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { RouterAnchor } from '../../../../components/RouterLink/RouterLink.tsx';
import { expiringProtectionsQueryOptions } from '../../../../features/address-change/queries.ts';
import { formatCivilDate } from '../../../../features/citizens/format.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** For leads: the municipality's name and address protections up for renewal in the next 30 days, each a link. */
export function ExpiringProtectionsPanel({ auth }: { auth: AuthSession }) {
  const { t, formatDate } = useI18n();
  const { data } = useQuery(expiringProtectionsQueryOptions(auth));
  if (!data) return null;
  return (
    <Paper component="section" aria-labelledby="expiring-protections-heading" withBorder radius="md" p="xl">
      <Stack gap="sm">
        <Title order={2} size="h3" id="expiring-protections-heading">
          {t('protection.expiring.heading')}
        </Title>
        {data.protections.length === 0 ? (
          <Text c="dimmed">{t('protection.expiring.none')}</Text>
        ) : (
          <List spacing="xs">
            {data.protections.map((p) => (
              <List.Item key={p.citizen.id}>
                <RouterAnchor to="/borger/$citizenId" params={{ citizenId: p.citizen.id }} search={{ purpose: 'vejledning' }}>
                  {t('protection.expiring.line', { name: p.citizen.name, renewal: formatCivilDate(formatDate, p.renewalDate) })}
                </RouterAnchor>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
