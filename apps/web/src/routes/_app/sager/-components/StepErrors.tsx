import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { problemMessages } from '../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** The server's verdict on a step, summarised above the form; each message is also shown beside its field. */
export function StepErrors({ error }: { error: unknown }) {
  const { t } = useI18n();
  const messages = problemMessages(error);
  return (
    <div role="alert">
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
