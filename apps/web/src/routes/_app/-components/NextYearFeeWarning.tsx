import { Alert, Code, Stack, Text } from '@mantine/core';
import type { Role } from '@skranke/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { RouterAnchor } from '../../../components/RouterLink/RouterLink.tsx';
import type { TokenSource } from '../../../lib/api.ts';
import { nextYearFeeStatusQueryOptions } from '../../../features/fees/next-year.ts';
import { useI18n } from '../../../i18n/i18n.tsx';

/**
 * From 1 December, leads and administrators see which products lack next year's fee table: from 1 January every
 * order of them would stop at the fee. The warning says who fixes it (the platform operator loads the national table
 * with `pnpm fees:load`) and what an administrator can do meanwhile (the municipality's own table). Counter staff do
 * not see it: they cannot act on it, and the counter shows its own message should it happen.
 */
export function NextYearFeeWarning({ role, tokens }: { role: Role; tokens: TokenSource }) {
  const { t } = useI18n();
  const enabled = role === 'lead' || role === 'admin';
  const { data } = useQuery({ ...nextYearFeeStatusQueryOptions(tokens), enabled });
  if (!enabled || !data || data.missing.length === 0) return null;
  const year = String(data.year);
  const products = data.missing
    .map((p) =>
      t(
        p === 'passport'
          ? 'fees.warning.product.passport'
          : p === 'health_card'
            ? 'fees.warning.product.healthCard'
            : 'fees.warning.product.drivingLicence',
      ),
    )
    .join(t('fees.warning.and'));
  return (
    // A standing notice, not an interruption: a labelled region (Mantine's Alert would claim role="alert").
    <section aria-labelledby="next-year-fee-warning">
      <Alert role="presentation" color="orange" variant="light" mb="lg" icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap={6}>
          {/* Not a heading: it sits above the page's h1, and the region is named by it. */}
          <Text id="next-year-fee-warning" fw={700}>
            {t('fees.warning.title', { year })}
          </Text>
          <Text>{t('fees.warning.what', { products, year })}</Text>
          <Text>
            {t('fees.warning.who')} <Code>pnpm fees:load {`gebyrer-${year}.json`}</Code>
          </Text>
          <Text>
            {t('fees.warning.meanwhile', { year })}{' '}
            {role === 'admin' && (
              <RouterAnchor to="/administration/gebyrer" underline="always">
                {t('fees.warning.link')}
              </RouterAnchor>
            )}
          </Text>
        </Stack>
      </Alert>
    </section>
  );
}
