import { Anchor, Button, Group, Stack } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { getCaseDocument } from '../../../../features/cases/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/**
 * The receipt PDF needs the bearer token, so it is fetched as a blob and opened from an object URL (fetched once,
 * since each fetch is audited). The link stays for when the browser blocks the new window.
 */
export function ReceiptActions({ caseId, auth, openLabel }: { caseId: string; auth: AuthSession; openLabel?: string }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const receiptUrl = async () => {
    if (url) return url;
    const created = URL.createObjectURL(await getCaseDocument(auth, caseId));
    setUrl(created);
    return created;
  };

  const open = async (print: boolean) => {
    notice.clear();
    setPending(true);
    try {
      const opened = window.open(await receiptUrl(), '_blank');
      if (!opened) notice.show('info', t('receipt.popupBlocked'));
      else if (print) opened.addEventListener('load', () => opened.print(), { once: true });
    } catch (error) {
      notice.showError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button leftSection={<IconFileTypePdf size={18} aria-hidden />} loading={pending} onClick={() => void open(false)}>
          {openLabel ?? t('receipt.open')}
        </Button>
        <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} disabled={pending} onClick={() => void open(true)}>
          {t('receipt.print')}
        </Button>
        {url && (
          <Anchor href={url} target="_blank" rel="noopener">
            {t('receipt.link')}
          </Anchor>
        )}
      </Group>
      <Notice notice={notice.notice} onClose={notice.clear} />
    </Stack>
  );
}
