import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RelatedCitizen } from '@skranke/contracts';
import { IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { exportCitizenAccessLog, saveBlob, type AccessLogFormat } from '../../../../features/audit/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** The chosen citizen's GDPR art. 15 log extract as a file; each download is audited by the server. */
export function AccessLogDownloads({ citizen, auth }: { citizen: RelatedCitizen; auth: AuthSession }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [pending, setPending] = useState<AccessLogFormat | null>(null);

  const download = async (format: AccessLogFormat) => {
    notice.clear();
    setPending(format);
    try {
      // Named by the opaque id, as the server names it: a file name must not carry the CPR number either.
      saveBlob(await exportCitizenAccessLog(auth, citizen.id, format), `logudtraek-${citizen.id}.${format}`);
      notice.show('success', t('audit.extract.saved'));
    } catch (error) {
      notice.showError(error);
    } finally {
      setPending(null);
    }
  };

  return (
    <Paper component="section" aria-labelledby="audit-extract-heading" withBorder radius="md" p="xl">
      <Stack gap="sm">
        <Title order={2} size="h3" id="audit-extract-heading">
          {t('audit.extract.heading', { name: citizen.name })}
        </Title>
        <Text>{t('audit.extract.intro')}</Text>
        <Group gap="sm">
          <Button
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
            loading={pending === 'pdf'}
            disabled={pending !== null && pending !== 'pdf'}
            onClick={() => void download('pdf')}
          >
            {t('audit.extract.pdf')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
            loading={pending === 'csv'}
            disabled={pending !== null && pending !== 'csv'}
            onClick={() => void download('csv')}
          >
            {t('audit.extract.csv')}
          </Button>
        </Group>
        <Notice notice={notice.notice} onClose={notice.clear} />
      </Stack>
    </Paper>
  );
}
