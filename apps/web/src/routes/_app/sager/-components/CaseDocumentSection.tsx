import { Text, Title } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ReceiptActions } from './ReceiptActions.tsx';

/**
 * A finished case's document under its heading, with a line on what to do with it: the receipt unless `heading` and
 * `intro` name another (a decision letter).
 */
export function CaseDocumentSection({
  headingId,
  heading,
  intro,
  ...actions
}: { headingId: string; heading?: string | undefined; intro?: string | undefined } & ComponentProps<typeof ReceiptActions>) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {heading ?? t('receipt.heading')}
      </Title>
      <Text mb="sm">{intro ?? t('receipt.intro')}</Text>
      <ReceiptActions {...actions} />
    </section>
  );
}
