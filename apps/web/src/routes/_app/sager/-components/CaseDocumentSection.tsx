import { Text, Title } from '@mantine/core';
import type { ComponentProps } from 'react';
import { ReceiptActions } from './ReceiptActions.tsx';

/** A finished case's document (receipt, or decision letter) under its heading, with a line on what to do with it. */
export function CaseDocumentSection({
  headingId,
  heading,
  intro,
  ...actions
}: { headingId: string; heading: string; intro: string } & ComponentProps<typeof ReceiptActions>) {
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {heading}
      </Title>
      <Text mb="sm">{intro}</Text>
      <ReceiptActions {...actions} />
    </section>
  );
}
