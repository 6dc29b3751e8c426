import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { problemMessages } from '../../../../features/cases/problem-fields.ts';
import { firstInvalidField, focusWhenReady } from '../../../../lib/focus.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/**
 * The server's verdict on a step, summarised above the form; each message is also shown beside its field. When a
 * verdict arrives the keyboard goes to the first field it marks (or to this summary when it marks none), not <body>.
 */
export function StepErrors({ error }: { error: unknown }) {
  const { t } = useI18n();
  const messages = problemMessages(error);
  const summary = useRef<HTMLDivElement>(null);
  const refused = messages.length > 0;
  useEffect(() => {
    if (!refused) return;
    focusWhenReady(
      () => firstInvalidField(summary.current?.closest('form')) ?? summary.current?.querySelector<HTMLElement>('[role="presentation"]'),
    );
  }, [error, refused]);
  return (
    <div role="alert" ref={summary}>
      {messages.length > 0 && (
        <Alert role="presentation" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('wizard.errorSummary')}>
          <List spacing={2}>
            {messages.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}
